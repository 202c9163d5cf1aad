package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * Finds the headline convention "Name: what they said" — a line that opens with a person or organisation
 * name and a colon: the name is the source, the colon the cue, the rest of the line the content. The bare labels
 * of a printed interview ("Q: …", "A: …") are not read as speakers on purpose (they pass only where the entity
 * tagger calls them a name): PolNeAR gold marks 16 of 65 such turns, and a statement by "A" tells a user nothing.
 */
final class HeadlineColonExtractor {

    /** At most this many tokens before the colon: "Lynch:", "U.S. Senator Jane Doe:". */
    private static final int MAX_NAME_TOKENS = 5;

    /** Words that label a headline's kind ("Update:", "Analysis:") rather than name a speaker. */
    private static final Set<String> LABELS = TsvResource.words("headline-labels.tsv");

    /** Dashes that end a heading run into its sentence: "Polls miss the turnout - Jane Roe: “…”". */
    private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014", "\u2015");

    /** Words before a digest's source that are no part of it: "More from Roe:", from {@code digest-lead-ins.tsv}. */
    private static final Set<String> DIGEST_LEAD_INS = TsvResource.words("digest-lead-ins.tsv");

    /** Marks that close a line but not its content: "Report: Walker to speak at convention." */
    private static final String CLOSING_STOPS = ".;,:";

    /** Attributions of the "Name: content" form, one per line at most. */
    List<Attribution> extract(ParsedArticle doc, List<CharSpan> quotes) {
        List<Attribution> out = new ArrayList<>();
        String text = doc.text();
        for (ParsedSentence s : doc.sentences()) {
            Optional<Attribution> found = startsLine(text, s.begin()) ? attribution(text, s, 0) : Optional.empty();
            (found.isPresent() ? found : afterDash(text, s, quotes)).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The digest form "Heading - Jane Roe: “…”", where a dash ends a heading run into the sentence and a name with a
     * colon hands over to a quotation ("- More from Roe: “…”" names Roe, {@code digest-lead-ins.tsv}); only before
     * a quotation, since after a dash a colon more often opens a list or an explanation.
     */
    private static Optional<Attribution> afterDash(String text, ParsedSentence s, List<CharSpan> quotes) {
        List<CoreLabel> tokens = s.tokens();
        for (int d = 0; d + 1 < tokens.size(); d++) {
            if (!DASHES.contains(tokens.get(d).word())) {
                continue;
            }
            int start = d + 1;
            while (start < tokens.size() && DIGEST_LEAD_INS.contains(tokens.get(start).word().toLowerCase(Locale.ROOT))) {
                start++;
            }
            Optional<Attribution> found = attribution(text, s, start)
                    .filter(a -> quotes.stream().anyMatch(q -> q.begin() == a.content().get(0).begin()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Attribution> attribution(String text, ParsedSentence s, int start) {
        List<CoreLabel> tokens = s.tokens();
        for (int i = start + 1; i < Math.min(tokens.size() - 1, start + MAX_NAME_TOKENS + 1); i++) {
            if (!tokens.get(i).word().equals(":")) {
                continue;
            }
            boolean named = names(tokens.subList(start, i), start == 0 && headline(text, s));
            int end = lineEnd(text, tokens.get(i).endPosition());
            if (!named || end <= tokens.get(i + 1).beginPosition()) {
                return Optional.empty();
            }
            CharSpan source = new CharSpan(tokens.get(start).beginPosition(), tokens.get(i - 1).endPosition());
            CharSpan cue = new CharSpan(tokens.get(i).beginPosition(), tokens.get(i).endPosition());
            CharSpan content = new CharSpan(tokens.get(i + 1).beginPosition(), end);
            Mention mention = new Mention(source, s.index(), i);
            return Optional.of(new Attribution(Optional.of(mention), cue, ":", List.of(content),
                    QuoteKind.INDIRECT, s.index()));
        }
        return Optional.empty();
    }

    /**
     * Where the content of a turn ends: at the end of its line, past the end of the sentence, since a speaker's
     * turn in a transcript runs over several sentences ("Wendt: No one came. It was as if we did not exist.") and
     * gold takes the whole line as the content; trailing blanks and a closing full stop, semicolon, comma or colon are
     * left out, as gold leaves them (the full stop 51 times of 52 on all 840 train articles), while a question
     * mark or a closing quotation mark stays.
     */
    private static int lineEnd(String text, int from) {
        int lineEnd = text.indexOf('\n', from);
        int end = lineEnd < 0 ? text.length() : lineEnd;
        while (end > from && (Character.isWhitespace(text.charAt(end - 1))
                || CLOSING_STOPS.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    /**
     * True when the words before the colon can name a speaker: proper nouns that the tagger reads as a person or
     * organisation; or, in the article's headline, any nouns opening with a capital ("Poll:", "Clinton camp:",
     * "NY Post:"), where the tagger often misses names set in title case; never a label such as "Update:".
     */
    private static boolean names(List<CoreLabel> words, boolean headline) {
        String first = words.get(0).word();
        boolean capitalisedNouns = Character.isUpperCase(first.charAt(0))
                && words.stream().allMatch(t -> t.tag() != null && t.tag().startsWith("NN")
                && !LABELS.contains(t.word().toLowerCase(Locale.ROOT)));
        boolean properNouns = words.stream().allMatch(t -> t.tag().startsWith("NNP"));
        boolean entity = words.stream().anyMatch(t -> "PERSON".equals(t.ner()) || "ORGANIZATION".equals(t.ner()));
        return capitalisedNouns && (headline || (properNouns && entity));
    }

    /** True when the sentence opens the article's first non-blank line, its headline. */
    private static boolean headline(String text, ParsedSentence s) {
        return text.substring(0, s.begin()).isBlank();
    }

    private static boolean startsLine(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }
}
