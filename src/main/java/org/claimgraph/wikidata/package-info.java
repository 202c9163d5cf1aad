/**
 * Links actors to Wikidata: offline through a gazetteer shipped as a data file ({@link Gazetteer},
 * {@link GazetteerLinker}, run by the converter on every article) and online through a SPARQL endpoint holding
 * Wikidata-shaped data ({@link EndpointLinker}, the {@code claimgraph link} command), with a disk cache and a
 * timeout. Both only add {@code owl:sameAs <http://www.wikidata.org/entity/Q…>} to actors in their article graphs.
 */
package org.claimgraph.wikidata;
