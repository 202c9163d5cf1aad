package org.claimgraph.annotate;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a contracted "'s" before a participle that takes a clause or an object as "has", not "is": the parser
 * makes "He's said P" and "She's advocated a ban" passives ("He is said P") and loses their subject as a speaker.
 */
final class ContractedPerfect {

    /** The contracted auxiliary, with a straight or a curly apostrophe. */
    private static final Set<String> CONTRACTED = Set.of("'s", "’s");
    /** Dependents only an active verb has: a clause said ("said he believes P") or a thing done ("advocated a ban"). */
    private static final Set<String> ACTIVE_COMPLEMENTS = Set.of("ccomp", "obj");
    /** Subjects of an impersonal passive ("It's said that P"), which stays passive. */
    private static final Set<String> EXPLETIVES = Set.of("it", "there");

    private ContractedPerfect() {
    }

    /** The tree with each such "'s" made the auxiliary and its passive subject the verb's subject, in place. */
    static SemanticGraph repair(SemanticGraph tree) {
        for (IndexedWord verb : List.copyOf(tree.vertexSet())) {
            Optional<SemanticGraphEdge> aux = onlyEdge(tree, verb, "aux:pass");
            Optional<SemanticGraphEdge> subject = onlyEdge(tree, verb, "nsubj:pass");
            if (aux.isPresent() && subject.isPresent() && readsAsHas(tree, verb, aux.get(), subject.get())) {
                relabel(tree, aux.get(), UniversalEnglishGrammaticalRelations.AUX_MODIFIER);
                relabel(tree, subject.get(), UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT);
            }
        }
        return tree;
    }

    /** True when the passive auxiliary is a contracted "'s" and the participle has an active complement, no agent. */
    private static boolean readsAsHas(SemanticGraph tree, IndexedWord verb, SemanticGraphEdge aux,
                                      SemanticGraphEdge subject) {
        boolean contracted = CONTRACTED.contains(aux.getDependent().word().toLowerCase(Locale.ROOT));
        boolean participle = "VBN".equals(verb.tag());
        boolean expletive = EXPLETIVES.contains(subject.getDependent().word().toLowerCase(Locale.ROOT));
        boolean active = tree.outgoingEdgeList(verb).stream()
                .anyMatch(e -> ACTIVE_COMPLEMENTS.contains(e.getRelation().toString()));
        // "He's backed by the party" names its doer: a true passive.
        boolean agent = tree.outgoingEdgeList(verb).stream()
                .filter(e -> e.getRelation().toString().startsWith("obl"))
                .anyMatch(e -> tree.outgoingEdgeList(e.getDependent()).stream().anyMatch(c -> "case".equals(
                        c.getRelation().toString()) && "by".equalsIgnoreCase(c.getDependent().word())));
        return contracted && participle && !expletive && active && !agent;
    }

    /** The edge of the relation from the node, when it has exactly one. */
    private static Optional<SemanticGraphEdge> onlyEdge(SemanticGraph tree, IndexedWord node, String relation) {
        List<SemanticGraphEdge> edges = tree.outgoingEdgeList(node).stream()
                .filter(e -> e.getRelation().toString().equals(relation)).toList();
        return edges.size() == 1 ? Optional.of(edges.get(0)) : Optional.empty();
    }

    /** Replaces the edge by one with the same ends and the given relation. */
    private static void relabel(SemanticGraph tree, SemanticGraphEdge edge, GrammaticalRelation relation) {
        tree.removeEdge(edge);
        tree.addEdge(edge.getGovernor(), edge.getDependent(), relation, edge.getWeight(), edge.isExtra());
    }
}
