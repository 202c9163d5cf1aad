package org.claimgraph.extract;

/**
 * A source mention: where it is written and which token heads it, so later stages can resolve it.
 *
 * @param span      the mention's characters
 * @param sentence  index of its sentence in the article
 * @param headToken 1-based index of its head token in that sentence
 */
public record Mention(CharSpan span, int sentence, int headToken) {
}
