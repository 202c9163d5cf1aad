package org.claimgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms claimgraph uses for statements, actors and the provenance of each graph. */
public final class PROV {
    /** Namespace of PROV-O. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {
    }

    /** Something that happens over time: a conversion run, an act of saying. */
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    /** Something that bears responsibility for an activity. */
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    /** A piece of software acting as agent. */
    public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");
    /** The activity that made an entity. */
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
    /** The agent responsible for an activity. */
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS + "wasAssociatedWith");
    /** When an activity started. */
    public static final Property startedAtTime = ResourceFactory.createProperty(NS + "startedAtTime");
    /** When an activity ended. */
    public static final Property endedAtTime = ResourceFactory.createProperty(NS + "endedAtTime");
    /** An entity an activity used. */
    public static final Property used = ResourceFactory.createProperty(NS + "used");
}
