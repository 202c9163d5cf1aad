package org.claimgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The NIF Core terms claimgraph uses to ground statements in the article's characters. */
public final class NIF {
    /** Namespace of NIF Core 2.0. */
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    private NIF() {
    }

    /** A document whose text is the reference for offsets. */
    public static final Resource Context = ResourceFactory.createResource(NS + "Context");
    /** A substring of a context. */
    public static final Resource String = ResourceFactory.createResource(NS + "String");
    /** The full text of a context. */
    public static final Property isString = ResourceFactory.createProperty(NS + "isString");
    /** First code point of a span. */
    public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
    /** Code point after the last one of a span. */
    public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");
    /** The exact text a span covers. */
    public static final Property anchorOf = ResourceFactory.createProperty(NS + "anchorOf");
    /** The context whose text the span indexes. */
    public static final Property referenceContext = ResourceFactory.createProperty(NS + "referenceContext");
}
