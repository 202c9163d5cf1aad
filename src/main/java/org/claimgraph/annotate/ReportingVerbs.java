package org.claimgraph.annotate;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;

/** The reporting verbs of the cue lexicon as the parse repairs ask for them, before any extractor reads the tree. */
final class ReportingVerbs {

    /** Lemmas of reporting verbs (the cue lexicon's first column). */
    private static final Set<String> LEMMAS = TsvResource.words("cues.tsv");

    private ReportingVerbs() {
    }

    /** True for a lemma of the cue lexicon, in any case. */
    static boolean isLemma(String lemma) {
        return lemma != null && LEMMAS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** True for a verb of the cue lexicon. */
    static boolean isReporting(IndexedWord verb) {
        return isLemma(verb.lemma());
    }

    /**
     * True for a finite reporting verb with no subject of its own (no nominal or clausal subject, no expletive):
     * the parser took its subject elsewhere.
     */
    static boolean isFiniteWithoutSubject(SemanticGraph tree, IndexedWord verb) {
        return PosTags.isFinite(verb.tag()) && isReporting(verb)
                && tree.outgoingEdgeList(verb).stream().map(e -> e.getRelation().toString())
                        .noneMatch(r -> r.startsWith("nsubj") || r.startsWith("csubj") || r.equals("expl"));
    }
}
