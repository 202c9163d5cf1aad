package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.annotate.Lemmas;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.annotate.PosTags;

/**
 * Finds "In a poll released Sunday, P": the poll is the source, "in" the cue and the clause after the comma the
 * content, as gold marks them ({@code poll-nouns.tsv}). Read from the words: the parser, misled by the names
 * and dates in such phrases, often makes the poll the sentence's root.
 */
final class PollPhraseExtractor {

    /** Longest opening phrase read, in tokens: "In a national NBC News/Wall Street Journal/Marist poll released Monday,". */
    private static final int MAX_PHRASE = 20;

    /** Attributions of sentences opening with "In" + a poll phrase and a comma, outside quotations. */
    List<Attribution> extract(ParsedArticle doc, List<CharSpan> quotes) {
        List<Attribution> out = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            boolean quoted = quotes.stream().anyMatch(q -> q.contains(s.begin()));
            if (!quoted) {
                attribution(s, quotes).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The poll's attribution of a sentence opening with "In" + a poll phrase and a comma, if it is one. */
    private static Optional<Attribution> attribution(ParsedSentence s, List<CharSpan> quotes) {
        List<CoreLabel> tokens = s.tokens();
        if (tokens.size() < 4 || !tokens.get(0).word().equalsIgnoreCase("in")) {
            return Optional.empty();
        }
        int comma = nextComma(tokens, 1);
        if (comma < 0 || comma > MAX_PHRASE) {
            return Optional.empty();
        }
        int poll = pollNoun(tokens, 1, comma);
        if (poll < 0 || isClause(tokens, poll, comma)) {
            return Optional.empty();
        }
        int sourceEnd = sourceEnd(tokens, comma);
        int contentEnd = lastWord(tokens);
        if (sourceEnd + 1 > contentEnd || tokens.subList(sourceEnd + 1, contentEnd + 1).stream()
                .noneMatch(t -> PosTags.isFiniteOrModal(t.tag()))) {
            return Optional.empty();
        }
        CharSpan cue = new CharSpan(tokens.get(0).beginPosition(), tokens.get(0).endPosition());
        CharSpan sourceSpan = new CharSpan(tokens.get(1).beginPosition(),
                tokens.get(sourceEnd - 1).endPosition());
        CharSpan content = new CharSpan(tokens.get(sourceEnd + 1).beginPosition(),
                tokens.get(contentEnd).endPosition());
        Mention source = new Mention(sourceSpan, s.index(), poll + 1);
        QuoteKind kind = QuoteKind.indirectOrMixed(List.of(content), quotes);
        return Optional.of(new Attribution(Optional.of(source), cue, "in", List.of(content), kind, s.index()));
    }

    /**
     * True when a finite verb or a question word makes the opening a clause of its own ("In the state where polls
     * closed first,"); not a participle right after the poll, which the tagger often takes for a past tense ("a poll
     * released Sunday").
     */
    private static boolean isClause(List<CoreLabel> tokens, int poll, int comma) {
        for (int i = 1; i < comma; i++) {
            String tag = String.valueOf(tokens.get(i).tag());
            if (i != poll + 1 && PosTags.isFiniteOrModal(tag) || tag.startsWith("W")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The comma that ends the source: the first, or the next one when a participle set off after the poll describes
     * it ("In the latest poll, conducted in May, P").
     */
    private static int sourceEnd(List<CoreLabel> tokens, int comma) {
        String next = comma + 1 < tokens.size() ? String.valueOf(tokens.get(comma + 1).tag()) : "";
        if (next.equals("VBN") || next.equals("VBG")) {
            int second = nextComma(tokens, comma + 1);
            return second < 0 ? comma : second;
        }
        return comma;
    }

    /** Index of the first comma at or after {@code from}, or -1. */
    private static int nextComma(List<CoreLabel> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).word().equals(",")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Index of the poll noun heading the phrase between the two indexes (end exclusive), or -1: before any verb
     * or preposition, so that in "In a memo released as polls closed," the memo, no poll, is what speaks.
     */
    private static int pollNoun(List<CoreLabel> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            CoreLabel t = tokens.get(i);
            String tag = String.valueOf(t.tag());
            String lemma = Lemmas.lowerOf(t);
            if (tag.startsWith("NN") && FindingInMeasurement.MEASUREMENTS.contains(lemma)) {
                return i;
            }
            if (tag.startsWith("VB") || tag.equals("IN") || tag.equals("TO")) {
                return -1;
            }
        }
        return -1;
    }

    /** Index of the sentence's last token that is not closing punctuation. */
    private static int lastWord(List<CoreLabel> tokens) {
        int i = tokens.size() - 1;
        while (i > 0 && ".!?".contains(tokens.get(i).word())) {
            i--;
        }
        return i;
    }
}
