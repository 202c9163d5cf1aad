package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.annotate.ParsedSentence;

/**
 * Reads a cue participle that the parser took for an adjective of its own object: in "framed their remarks by
 * portraying Roe as a schemer" or "…, mocking concerns about privacy" the parser often hangs "portraying" or
 * "mocking" on the noun after it as an adjectival modifier ("amod"), as it would "rising" in "rising prices".
 * The noun phrase is still the participle's object.
 */
final class ParticipleReadAsAdjective {

    private ParticipleReadAsAdjective() {
    }

    /**
     * The noun the parser hung the participle on, when that noun is really its object: the participle (tagged
     * VBG) opens the noun's phrase, with no determiner or other modifier of the noun before it ("the rising
     * cost" is an adjective), it follows a clause boundary (a comma, a preposition such as "by" or "after", a
     * conjunction, or the sentence's start), and the noun is no subject ("Mounting worries led to …").
     */
    static Optional<IndexedWord> object(ParsedSentence s, IndexedWord participle) {
        if (!"VBG".equals(participle.tag()) || !s.relationToParent(participle).equals("amod")) {
            return Optional.empty();
        }
        Optional<IndexedWord> noun = s.parent(participle);
        if (noun.isEmpty() || noun.get().index() < participle.index() || !isNominal(noun.get())
                || s.relationToParent(noun.get()).startsWith("nsubj")) {
            return Optional.empty();
        }
        List<Integer> phrase = s.subtree(noun.get(), leftOut(s, noun.get(), participle));
        if (phrase.isEmpty() || phrase.get(0) < participle.index()) {
            return Optional.empty();
        }
        return opensClause(s, participle) ? noun : Optional.empty();
    }

    /**
     * What the object's phrase leaves out: the participle with the words it governs ("derisively"), and the
     * preposition the parser gave the noun from before the participle ("by portraying X": "by" opens the
     * participle's clause, not the object).
     */
    static List<IndexedWord> leftOut(ParsedSentence s, IndexedWord noun, IndexedWord participle) {
        List<IndexedWord> out = new ArrayList<>(List.of(participle));
        s.children(noun, "case").stream().filter(c -> c.index() < participle.index()).forEach(out::add);
        return out;
    }

    /**
     * Who does the misread participle: the subject of the nearest verb above its object ("Both women framed
     * their remarks by portraying X": "women"). Only for the participle's own frame: a direct quote nearby is
     * someone else's words, whose cue this participle is not.
     */
    static Optional<IndexedWord> doer(ParsedSentence s, IndexedWord participle) {
        Optional<IndexedWord> up = object(s, participle).flatMap(s::parent);
        while (up.isPresent() && (up.get().tag() == null || !up.get().tag().startsWith("VB"))) {
            up = s.parent(up.get());
        }
        return up.flatMap(v -> CueFrames.sourceHead(s, v));
    }

    /** True when the participle, past its own adverbs, follows a clause boundary or opens the sentence. */
    private static boolean opensClause(ParsedSentence s, IndexedWord participle) {
        int before = participle.index() - 1;
        while (before >= 1 && s.tag(before).startsWith("RB")) {
            before--;
        }
        if (before < 1) {
            return true;
        }
        String tag = s.tag(before);
        return s.isPunctuation(before) || tag.equals("IN") || tag.equals("CC");
    }

    private static boolean isNominal(IndexedWord w) {
        return w.tag() != null && (w.tag().startsWith("NN") || w.tag().equals("PRP"));
    }
}
