package org.claimgraph.annotate;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;

/**
 * Joins a subjectless reporting verb coordinated inside a reported clause to the verb that reports the clause,
 * when the clause's own subject is a thing that cannot speak: in "Roe rejected the idea that the changes mattered
 * and said P" and "Roe said the move was made by Lee and said P" the parser coordinates "said" with the reported
 * verb ("mattered", "made"), which gives the second saying to "the changes" or "the move"; it is Roe's.
 */
final class CoordinatedCue {

    /** Lemmas of nouns that describe actors, who can speak ("the officials … and said"). */
    private static final Set<String> ACTOR_NOUNS = TsvResource.words("actor-nouns.tsv");

    /** Relations by which a reported clause hangs on its reporting verb or on the noun that verb governs. */
    private static final Set<String> REPORTED = Set.of("ccomp", "acl");

    /** Relations by which a noun holding a reported clause ("the idea that P") hangs on a verb. */
    private static final Set<String> HELD_NOUN = Set.of("obj", "obl");

    private CoordinatedCue() {
    }

    /** The tree with each such reporting verb moved from the reported verb to the reporting one, in place. */
    static SemanticGraph repair(SemanticGraph tree) {
        for (SemanticGraphEdge edge : List.copyOf(tree.edgeListSorted())) {
            if (!edge.getRelation().toString().equals("conj")) {
                continue;
            }
            IndexedWord reported = edge.getGovernor();
            IndexedWord cue = edge.getDependent();
            if (!isSubjectlessCue(tree, cue) || cue.index() < reported.index()) {
                continue;
            }
            Optional<IndexedWord> reporting = reportingVerb(tree, reported)
                    .filter(v -> cue.tag().equals(v.tag()) && ReportingVerbs.isReporting(v) && hasActiveSubject(tree, v));
            if (reporting.isPresent() && hasMuteSubject(tree, reported)) {
                tree.removeEdge(edge);
                tree.addEdge(reporting.get(), cue, UniversalEnglishGrammaticalRelations.CONJUNCT, edge.getWeight(),
                        edge.isExtra());
            }
        }
        return tree;
    }

    /** True for a finite reporting verb after a conjunction, with no subject of its own. */
    private static boolean isSubjectlessCue(SemanticGraph tree, IndexedWord verb) {
        return ReportingVerbs.isFiniteWithoutSubject(tree, verb) && tree.outgoingEdgeList(verb).stream()
                .anyMatch(e -> e.getRelation().toString().equals("cc") && e.getDependent().index() < verb.index());
    }

    /**
     * The verb that reports the clause: its governor by a clausal complement ("said the move was made"), or the
     * verb governing the noun the clause completes ("rejected the idea that P").
     */
    private static Optional<IndexedWord> reportingVerb(SemanticGraph tree, IndexedWord reported) {
        List<SemanticGraphEdge> in = tree.incomingEdgeList(reported);
        SemanticGraphEdge up = in.isEmpty() ? null : in.get(0);
        if (up == null || !REPORTED.contains(up.getRelation().toString())) {
            return Optional.empty();
        }
        IndexedWord governor = up.getGovernor();
        if (isVerb(governor)) {
            return up.getRelation().toString().equals("ccomp") ? Optional.of(governor) : Optional.empty();
        }
        for (SemanticGraphEdge holder : tree.incomingEdgeIterable(governor)) {
            if (HELD_NOUN.contains(holder.getRelation().toString()) && isVerb(holder.getGovernor())) {
                return Optional.of(holder.getGovernor());
            }
        }
        return Optional.empty();
    }

    /** True when the verb has an active subject: the one who reports. */
    private static boolean hasActiveSubject(SemanticGraph tree, IndexedWord verb) {
        return tree.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("nsubj"));
    }

    /** True when the reported verb's subject is a common noun for a thing ("the changes", "the move"). */
    private static boolean hasMuteSubject(SemanticGraph tree, IndexedWord verb) {
        return tree.outgoingEdgeList(verb).stream()
                .filter(e -> e.getRelation().toString().startsWith("nsubj"))
                .map(SemanticGraphEdge::getDependent).anyMatch(CoordinatedCue::isMute);
    }

    /** A common noun that names no person, organisation or group. */
    private static boolean isMute(IndexedWord noun) {
        boolean common = "NN".equals(noun.tag()) || "NNS".equals(noun.tag());
        boolean entity = noun.ner() != null && !noun.ner().equals("O");
        String lemma = noun.lemma() == null ? noun.word() : noun.lemma();
        return common && !entity && !ACTOR_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    private static boolean isVerb(IndexedWord word) {
        return word.tag() != null && word.tag().startsWith("VB");
    }
}
