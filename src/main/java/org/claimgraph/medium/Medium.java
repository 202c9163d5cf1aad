package org.claimgraph.medium;

/**
 * Where a statement was made, as the text names it.
 *
 * @param label the name as written, without article or possessive ("G20 summit", "Telegram")
 * @param type  social network, news outlet, event or document
 */
public record Medium(String label, MediumType type) {
}
