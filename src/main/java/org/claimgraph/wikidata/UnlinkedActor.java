package org.claimgraph.wikidata;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;

/**
 * A named person or organisation of the store with no Wikidata link: its IRI, type, label, roles, and the article
 * graphs it appears in (where a link found for it is written).
 */
public record UnlinkedActor(Node iri, Resource type, String label, Set<String> roles, List<Node> graphs) {
}
