package org.claimgraph.extract;

/**
 * A token used as a cue, so two extractors do not report the same attribution twice.
 *
 * @param sentence index of the sentence
 * @param token    1-based index of the token
 */
record CueToken(int sentence, int token) {
}
