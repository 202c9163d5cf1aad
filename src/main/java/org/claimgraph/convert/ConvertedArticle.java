package org.claimgraph.convert;

import org.apache.jena.rdf.model.Model;
import org.claimgraph.read.Article;

/**
 * One article converted and validated: its graph and what it holds.
 *
 * @param article    the article as read
 * @param graphIri   the article's IRI, which names its graph
 * @param graph      the article's statements, actors and claims
 * @param statements how many statements it holds
 * @param actors     how many distinct speakers
 * @param claims     how many distinct claims
 */
public record ConvertedArticle(Article article, String graphIri, Model graph, int statements, int actors,
                               int claims) {
}
