package org.claimgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The schema.org terms claimgraph uses, in the {@code http://schema.org/} namespace the contract names. */
public final class SCHEMA {
    /** Namespace of schema.org as the RDF contract spells it. */
    public static final String NS = "http://schema.org/";

    private SCHEMA() {
    }

    /** A news article. */
    public static final Resource NewsArticle = ResourceFactory.createResource(NS + "NewsArticle");
    /** A claim that can be fact-checked. */
    public static final Resource Claim = ResourceFactory.createResource(NS + "Claim");
    /** When the article was published. */
    public static final Property datePublished = ResourceFactory.createProperty(NS + "datePublished");
    /** Who published the article. */
    public static final Property publisher = ResourceFactory.createProperty(NS + "publisher");
    /** The article's title. */
    public static final Property headline = ResourceFactory.createProperty(NS + "headline");
    /** Where the article was found. */
    public static final Property url = ResourceFactory.createProperty(NS + "url");
    /** Who wrote the article. */
    public static final Property author = ResourceFactory.createProperty(NS + "author");
    /** A name. */
    public static final Property name = ResourceFactory.createProperty(NS + "name");
}
