package org.claimgraph.group;

/**
 * A proposition that statements take a stance on.
 *
 * @param id    identifier unique within the article
 * @param label a short readable wording, in positive form
 */
public record Claim(String id, String label) {
}
