package org.claimgraph.annotate;

import java.util.Set;

/** Penn Treebank part-of-speech classes that several extraction rules test. */
public final class PosTags {

    /** A verb that carries its own tense: past, present third person, present other ("said", "says", "say"). */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    /** A verb with tense, or a modal: what makes a clause of its own ("said", "says", "will"). */
    private static final Set<String> FINITE_OR_MODAL = Set.of("VBD", "VBZ", "VBP", "MD");

    private PosTags() {
    }

    /** True for a verb that carries its own tense, not a modal; false for none (an untagged token). */
    public static boolean isFinite(String tag) {
        return tag != null && FINITE.contains(tag);
    }

    /** True for a finite verb or a modal; false for none (an untagged token). */
    public static boolean isFiniteOrModal(String tag) {
        return tag != null && FINITE_OR_MODAL.contains(tag);
    }
}
