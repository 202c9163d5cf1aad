package org.claimgraph.wikidata;

import java.util.Set;

/** A Wikidata item that may be an actor: its entity IRI and the English labels of the positions it held. */
public record Candidate(String item, Set<String> positions) {
}
