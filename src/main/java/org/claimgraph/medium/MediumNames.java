package org.claimgraph.medium;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;

/** Reads names out of medium phrases: the proper name a word heads, or the one compounded before a noun. */
final class MediumNames {

    /**
     * NER classes that are never a medium's name ("on Friday", "with Smith"). Places are not among them: NER
     * often calls a venue or a platform a location ("the Northern Ports Summit"), and a bare place ("in Oslo")
     * is kept out anyway, since it is neither a known channel nor typed by a noun.
     */
    private static final Set<String> NOT_MEDIA = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
            "PERSON", "MONEY", "PERCENT");

    private MediumNames() {
    }

    /**
     * The proper name a word heads with its compounds ("New York Times"), or a name the lexicon knows even
     * when the tagger missed it ("X" tagged as a common noun).
     */
    static Optional<String> properName(ParsedSentence s, String text, IndexedWord head) {
        CoreLabel t = s.token(head.index());
        if (t.word().isEmpty() || !Character.isUpperCase(t.word().charAt(0))) {
            return Optional.empty();
        }
        boolean proper = head.tag() != null && head.tag().startsWith("NNP");
        String name = span(s, text, nameTokens(s, head));
        // The tagger misses names it does not know in capitals or alone ("X", "USA TODAY"); the lexicon does not.
        if (!proper && MediumLexicon.ofName(name).isEmpty()) {
            return Optional.empty();
        }
        // A known channel wins over NER, which reads "USA TODAY" as a date.
        if (NOT_MEDIA.contains(t.ner()) && MediumLexicon.ofName(name).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private static List<Integer> nameTokens(ParsedSentence s, IndexedWord head) {
        List<Integer> tokens = new ArrayList<>();
        tokens.add(head.index());
        for (String rel : List.of("compound", "flat")) {
            for (IndexedWord c : s.children(head, rel)) {
                if (c.tag() != null && c.tag().startsWith("NN") && isCapitalised(c.word())) {
                    tokens.addAll(s.subtree(c, List.of()));
                }
            }
        }
        return tokens;
    }

    /** Proper nouns compounded before a common noun: "G20" in "the G20 summit". */
    static Optional<String> properCompound(ParsedSentence s, String text, IndexedWord noun) {
        List<Integer> tokens = new ArrayList<>();
        for (IndexedWord c : s.children(noun, "compound")) {
            if (c.index() < noun.index() && c.tag() != null && c.tag().startsWith("NNP")
                    && !NOT_MEDIA.contains(s.token(c.index()).ner())) {
                tokens.addAll(s.subtree(c, List.of()));
            }
        }
        return tokens.isEmpty() ? Optional.empty() : Optional.of(span(s, text, tokens));
    }

    /** The adjective or noun just before a head noun, which may make a two-word kind ("social network"). */
    static String modifier(ParsedSentence s, IndexedWord noun) {
        for (String rel : List.of("amod", "compound")) {
            for (IndexedWord c : s.children(noun, rel)) {
                if (c.index() == noun.index() - 1) {
                    return c.lemma();
                }
            }
        }
        return null;
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static String span(ParsedSentence s, String text, List<Integer> tokens) {
        int first = tokens.stream().min(Integer::compare).orElseThrow();
        int last = tokens.stream().max(Integer::compare).orElseThrow();
        return text.substring(s.token(first).beginPosition(), s.token(last).endPosition());
    }
}
