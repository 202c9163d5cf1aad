package org.claimgraph.annotate;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a "to" infinitive with no subject of its own as an open complement (xcomp), as Universal Dependencies has
 * it: the parser sometimes makes it a clausal complement (ccomp) of its governor ("Clinton has had to repudiate
 * P": "had" ccomp "repudiate"), and a clause without a subject then has no one to speak, where an open complement
 * takes its governor's subject.
 */
final class InfinitiveComplement {

    /** Dependents that give a clause a subject of its own. */
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl");

    /** Dependents that may stand before the "to" of an infinitive without being a misread subject. */
    private static final Set<String> ADVERB_RELATIONS = Set.of("advmod", "punct", "cc");

    private InfinitiveComplement() {
    }

    /** The tree with each subjectless "to" infinitive under a ccomp edge relabelled xcomp, in place. */
    static SemanticGraph repair(SemanticGraph tree) {
        for (SemanticGraphEdge edge : List.copyOf(tree.edgeListSorted())) {
            if (edge.getRelation().toString().equals("ccomp") && isBareInfinitive(tree, edge.getDependent())) {
                tree.removeEdge(edge);
                tree.addEdge(edge.getGovernor(), edge.getDependent(),
                        UniversalEnglishGrammaticalRelations.XCLAUSAL_COMPLEMENT, edge.getWeight(), edge.isExtra());
            }
        }
        return tree;
    }

    /**
     * True for a verb marked by a "to" before it and by no other word ("whether to go" stays a clause), with no
     * subject of its own and nothing of its own before the "to" but adverbs ("not to ask"): a word the parser hung
     * there ("somebody's got to start") may be a subject it misread.
     */
    private static boolean isBareInfinitive(SemanticGraph tree, IndexedWord verb) {
        if (verb.tag() == null || !verb.tag().equals("VB")) {
            return false;
        }
        List<SemanticGraphEdge> out = tree.outgoingEdgeList(verb);
        List<IndexedWord> marks = out.stream().filter(e -> e.getRelation().toString().equals("mark"))
                .map(SemanticGraphEdge::getDependent).toList();
        boolean toOnly = !marks.isEmpty() && marks.stream().allMatch(m -> "TO".equals(m.tag())
                && m.word().toLowerCase(Locale.ROOT).equals("to") && m.index() < verb.index());
        boolean subject = out.stream().anyMatch(e -> SUBJECTS.contains(e.getRelation().toString()));
        int to = marks.stream().mapToInt(IndexedWord::index).min().orElse(verb.index());
        boolean onlyAdverbsBefore = out.stream().filter(e -> e.getDependent().index() < to)
                .allMatch(e -> ADVERB_RELATIONS.contains(e.getRelation().toString()));
        return toOnly && !subject && onlyAdverbsBefore;
    }
}
