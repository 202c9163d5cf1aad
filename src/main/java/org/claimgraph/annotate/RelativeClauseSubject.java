package org.claimgraph.annotate;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gives back its subject to a reporting verb that follows a subject and a relative clause set off by commas at the
 * start of a sentence ("Roe, who has given money to Lee, said, “P”"; "Roe, whose firm, Acme, sells data, said
 * P"): the parser often makes the relative clause the sentence's main line, so that the verb has no subject and
 * the subject's words are read as what was said. The noun phrase becomes the verb's subject, the relative clause
 * its modifier, and the verb the head of the sentence.
 */
final class RelativeClauseSubject {

    /** Tags of the words of a plain noun phrase: names, nouns, determiners, adjectives, numbers, possessives. */
    private static final Set<String> NOUN_PHRASE = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "CD", "PRP$", "POS");

    /** Tags of words between the closing comma and the verb that belong to the verb: "has also said". */
    private static final Set<String> VERB_PARTS = Set.of("RB", "MD", "VBZ", "VBD", "VBP");

    private RelativeClauseSubject() {
    }

    /** The tree with the sentence's opening subject given to the reporting verb after its relative clause. */
    static SemanticGraph repair(SemanticGraph tree) {
        List<IndexedWord> words = tree.vertexListSorted();
        if (words.size() < 6 || words.get(0).index() != 1) {
            return tree;
        }
        int firstComma = firstComma(words);
        if (firstComma < 1 || firstComma + 1 >= words.size()
                || !PosTags.opensRelativeClause(words.get(firstComma + 1).tag())) {
            return tree;
        }
        for (int i = firstComma + 2; i < words.size(); i++) {
            IndexedWord verb = words.get(i);
            if (ReportingVerbs.isFiniteWithoutSubject(tree, verb)) {
                int closing = closingComma(words, i);
                if (closing > firstComma + 1 && !quoted(words, firstComma, closing)) {
                    return rebuild(tree, words, firstComma, closing, verb);
                }
            }
        }
        return tree;
    }

    /**
     * The 0-based position of the sentence's first comma when every word before it is part of a plain noun phrase
     * with a noun at its end, else -1.
     */
    private static int firstComma(List<IndexedWord> words) {
        for (int i = 0; i < words.size(); i++) {
            String tag = words.get(i).tag();
            if (words.get(i).word().equals(",")) {
                return i > 0 && words.get(i - 1).tag().startsWith("NN") ? i : -1;
            }
            if (tag == null || !NOUN_PHRASE.contains(tag)) {
                return -1;
            }
        }
        return -1;
    }

    /** The 0-based position of the comma right before the verb (its auxiliaries and adverbs aside), or -1. */
    private static int closingComma(List<IndexedWord> words, int verb) {
        int i = verb - 1;
        while (i > 0 && VERB_PARTS.contains(words.get(i).tag()) && !words.get(i).word().equals(",")) {
            i--;
        }
        return words.get(i).word().equals(",") ? i : -1;
    }

    /** True when a quotation mark stands between the two positions: a quotation there is another frame. */
    private static boolean quoted(List<IndexedWord> words, int from, int to) {
        return words.subList(from, to).stream().anyMatch(w -> PosTags.isQuotationMark(w.tag()));
    }

    /**
     * Hangs the noun phrase's head on the verb as its subject and the relative clause's verb on that head, making the
     * verb the root; a tree that would not stay a tree is left as parsed.
     */
    private static SemanticGraph rebuild(SemanticGraph tree, List<IndexedWord> words, int comma, int closing,
                                         IndexedWord verb) {
        IndexedWord head = words.get(comma - 1);
        Optional<IndexedWord> clause = clauseVerb(tree, words, comma + 1, closing);
        if (clause.isEmpty()) {
            return tree;
        }
        SemanticGraph repaired = tree.makeSoftCopy();
        IndexedWord relative = clause.get();
        // Words of the clause the parser hung outside it ("… in the 2010 primary and on into the election,") stay
        // with the clause, so that the subject's mention keeps them.
        int first = words.get(comma + 1).index();
        int last = words.get(closing - 1).index();
        for (IndexedWord word : words.subList(comma + 1, closing)) {
            IndexedWord parent = tree.getParent(word);
            boolean outside = parent != null && (parent.index() < first || parent.index() > last);
            if (!word.equals(relative) && outside && !parent.equals(head)) {
                SemanticGraphEdge in = repaired.getEdge(parent, word);
                repaired.removeEdge(in);
                repaired.addEdge(relative, word, in.getRelation(), in.getWeight(), in.isExtra());
            }
        }
        for (IndexedWord word : List.of(head, relative, verb)) {
            for (SemanticGraphEdge in : List.copyOf(repaired.incomingEdgeList(word))) {
                repaired.removeEdge(in);
            }
        }
        // The relative clause had taken the head for its own subject; its pronoun is that subject.
        SemanticGraphEdge taken = repaired.getEdge(relative, head);
        if (taken != null) {
            repaired.removeEdge(taken);
        }
        repaired.addEdge(verb, head, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, 1.0, false);
        repaired.addEdge(head, relative, UniversalEnglishGrammaticalRelations.RELATIVE_CLAUSE_MODIFIER, 1.0, false);
        repaired.setRoot(verb);
        boolean everyWordHung = repaired.vertexSet().stream()
                .allMatch(w -> w.equals(verb) || !repaired.incomingEdgeList(w).isEmpty());
        return everyWordHung && repaired.isDag() ? repaired : tree;
    }

    /** The verb of the relative clause between the two commas: its word that the parser hung outside it. */
    private static Optional<IndexedWord> clauseVerb(SemanticGraph tree, List<IndexedWord> words, int from, int to) {
        int first = words.get(from).index();
        int last = words.get(to - 1).index();
        return words.subList(from, to).stream()
                .filter(w -> w.tag() != null && w.tag().startsWith("VB"))
                .filter(w -> tree.getParent(w) == null || tree.getParent(w).index() < first
                        || tree.getParent(w).index() > last)
                .findFirst();
    }
}
