package org.claimgraph.wikidata;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few Wikidata terms the linker uses (entities {@code wd:}, direct properties {@code wdt:}). */
public final class WD {
    /** Namespace of Wikidata entities, the only objects of an actor's {@code owl:sameAs}. */
    public static final String ENTITY = "http://www.wikidata.org/entity/";
    /** Namespace of Wikidata's direct ("truthy") properties. */
    public static final String DIRECT = "http://www.wikidata.org/prop/direct/";

    private WD() {
    }

    /** P31, instance of. */
    public static final Property instanceOf = ResourceFactory.createProperty(DIRECT + "P31");
    /** P279, subclass of. */
    public static final Property subclassOf = ResourceFactory.createProperty(DIRECT + "P279");
    /** P39, position held. */
    public static final Property positionHeld = ResourceFactory.createProperty(DIRECT + "P39");
    /** Q5, human: the class of persons. */
    public static final Resource human = ResourceFactory.createResource(ENTITY + "Q5");
    /** Q43229, organization: the class (through subclasses) of organisations. */
    public static final Resource organization = ResourceFactory.createResource(ENTITY + "Q43229");

    /** True for a Wikidata entity IRI ({@code http://www.wikidata.org/entity/Q…}). */
    public static boolean isEntity(String iri) {
        return iri.startsWith(ENTITY + "Q");
    }
}
