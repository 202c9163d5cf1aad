package org.claimgraph.date;

import edu.stanford.nlp.ling.IndexedWord;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.CueGovernors;
import org.claimgraph.lexicon.TsvResource;

/**
 * Dates statements from time expressions attached to their cue: "wrote on Friday", "said yesterday", "a
 * statement … was made in October 2024". A date inside the content ("troops will leave in May") belongs to the
 * claim, not to the statement, and is left alone. SUTime normalises the expression against the article's date.
 */
public final class StatementDater {

    /** Relations by which a time phrase hangs on a word: "said on Friday", "said Tuesday", "his remark in May". */
    private static final List<String> TIME_RELATIONS = List.of("obl", "nmod", "advmod");

    /** Words that head time phrases, shared with extraction ("on Monday", "last week"). */
    private static final Set<String> TIME_WORDS = TsvResource.words("time-words.tsv");

    private final TimeExpressions timeExpressions = new TimeExpressions();

    /** The date of each attribution that has one. */
    public Map<Attribution, StatementDate> date(ParsedArticle doc, List<Attribution> attributions) {
        Map<Attribution, StatementDate> out = new IdentityHashMap<>();
        Map<Integer, List<TimeExpressions.Found>> bySentence = new HashMap<>();
        for (Attribution a : attributions) {
            ParsedSentence s = doc.sentences().get(a.sentence());
            List<IndexedWord> phrases = timePhrases(s, a);
            if (phrases.isEmpty()) {
                continue;
            }
            // SUTime runs on a sentence only once one of its statements has a phrase where a date can be.
            List<TimeExpressions.Found> found = bySentence.computeIfAbsent(s.index(),
                    i -> timeExpressions.find(s, doc.text(), doc.article().datePublished()));
            for (IndexedWord phrase : phrases) {
                Optional<StatementDate> date = dateOf(s, phrase, found, doc, a);
                if (date.isPresent()) {
                    out.put(a, date.get());
                    break;
                }
            }
        }
        return out;
    }

    /** Phrases attached to the cue, or to the verb that carries a cue noun, outside the content. */
    private static List<IndexedWord> timePhrases(ParsedSentence s, Attribution a) {
        List<IndexedWord> out = new ArrayList<>();
        if (!s.hasTree()) {
            return out;
        }
        for (IndexedWord governor : CueGovernors.of(s, a)) {
            for (String rel : TIME_RELATIONS) {
                for (IndexedWord child : s.children(governor, rel)) {
                    int at = s.token(child.index()).beginPosition();
                    if (a.content().stream().noneMatch(c -> c.contains(at)) && timeLike(s, child)) {
                        out.add(child);
                    }
                }
            }
        }
        return out;
    }

    /**
     * True for a phrase that can name a time: headed by a time word ("Friday", "week") or a number, or counting
     * one ("Jan. 5"). Only such phrases send their sentence to SUTime: "said in a statement" needs no parsing
     * of times, and most cues carry phrases like it.
     */
    private static boolean timeLike(ParsedSentence s, IndexedWord head) {
        return TIME_WORDS.contains(head.word().toLowerCase(Locale.ROOT)) || "CD".equals(head.tag())
                || !s.children(head, "nummod").isEmpty();
    }

    /** The date named by a time expression within the phrase's head word, corrected for tense. */
    private static Optional<StatementDate> dateOf(ParsedSentence s, IndexedWord phrase,
                                                  List<TimeExpressions.Found> found, ParsedArticle doc,
                                                  Attribution a) {
        int at = s.token(phrase.index()).beginPosition();
        for (TimeExpressions.Found f : found) {
            if (!f.span().contains(at)) {
                continue;
            }
            Optional<StatementDate> date = StatementDate.fromTimex(f.value());
            if (date.isPresent()) {
                return Optional.of(pastWeekday(date.get(), f.text(), doc.article().datePublished(), s, a));
            }
        }
        return Optional.empty();
    }

    /**
     * SUTime puts a bare weekday in the article's own week ("Tuesday" in an article of Monday 17 March is the
     * 18th); a statement reported in the past tense was made the week before, on the 11th.
     */
    private static StatementDate pastWeekday(StatementDate date, String words, Optional<LocalDate> published,
                                             ParsedSentence s, Attribution a) {
        Optional<LocalDate> day = date.day();
        if (day.isEmpty() || published.isEmpty() || !day.get().isAfter(published.get()) || !isWeekday(words)
                || !pastTense(s, a)) {
            return date;
        }
        LocalDate before = day.get().minusWeeks(1);
        return new StatementDate(before.toString(), StatementDate.Precision.DAY);
    }

    private static boolean isWeekday(String words) {
        String w = words.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the cue's verb is in a past form ("said", "has said", "was made"). */
    private static boolean pastTense(ParsedSentence s, Attribution a) {
        for (IndexedWord g : CueGovernors.of(s, a)) {
            String tag = g.tag() == null ? "" : g.tag();
            if (tag.equals("VBD") || tag.equals("VBN")) {
                return true;
            }
        }
        return false;
    }
}
