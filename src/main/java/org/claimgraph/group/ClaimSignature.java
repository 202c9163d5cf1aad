package org.claimgraph.group;

import java.util.Set;

/**
 * What a claim is about, for matching: its event words ("escape", "invasion") and its argument words
 * ("prisoner", "Spanish"), as lower-case lemmas with their part of speech.
 *
 * @param events    verbs and event nouns
 * @param arguments other nouns, names and adjectives
 */
record ClaimSignature(Set<Term> events, Set<Term> arguments) {

    /** A lemma with its coarse part of speech. */
    record Term(String lemma, Kind kind) {
    }

    /** Coarse parts of speech that WordNet distinguishes. */
    enum Kind { NOUN, VERB, ADJECTIVE, NAME }

    boolean isEmpty() {
        return events.isEmpty();
    }
}
