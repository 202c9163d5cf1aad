package org.claimgraph.annotate;

import java.util.Set;

/** Penn Treebank part-of-speech classes that rules of several stages test (parse repairs, extraction, stance). */
public final class PosTags {

    /** A verb that carries its own tense: past, present third person, present other ("said", "says", "say"). */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    /** A verb with tense, or a modal: what makes a clause of its own ("said", "says", "will"). */
    private static final Set<String> FINITE_OR_MODAL = Set.of("VBD", "VBZ", "VBP", "MD");
    /** A relative pronoun that can be a verb's subject ("who", "which", "that"). */
    private static final Set<String> RELATIVE_PRONOUN = Set.of("WP", "WDT");
    /** A word that opens a relative clause: a relative pronoun or the possessive "whose". */
    private static final Set<String> RELATIVE_OPENER = Set.of("WP", "WDT", "WP$");
    /** The tags of an opening and a closing quotation mark. */
    private static final Set<String> QUOTATION = Set.of("``", "''");

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

    /** True for a relative pronoun that can be a verb's subject ("who", "which", "that"), not "whose". */
    public static boolean isRelativePronoun(String tag) {
        return tag != null && RELATIVE_PRONOUN.contains(tag);
    }

    /** True for a word that opens a relative clause: a relative pronoun or "whose". */
    public static boolean opensRelativeClause(String tag) {
        return tag != null && RELATIVE_OPENER.contains(tag);
    }

    /** True for the tag of a quotation mark, opening or closing. */
    public static boolean isQuotationMark(String tag) {
        return tag != null && QUOTATION.contains(tag);
    }
}
