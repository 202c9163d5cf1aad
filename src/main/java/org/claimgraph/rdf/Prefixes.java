package org.claimgraph.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes claimgraph writes and prints with. */
public final class Prefixes {

    private Prefixes() {
    }

    /** A prefix mapping with cg:, id:, nif:, prov:, schema:, owl:, rdfs:, xsd: and dcterms:. */
    public static PrefixMapping standard() {
        PrefixMapping p = PrefixMapping.Factory.create();
        p.setNsPrefix("cg", CG.NS);
        p.setNsPrefix("id", CG.ID);
        p.setNsPrefix("nif", NIF.NS);
        p.setNsPrefix("prov", PROV.NS);
        p.setNsPrefix("schema", SCHEMA.NS);
        p.setNsPrefix("owl", OWL.NS);
        p.setNsPrefix("rdfs", RDFS.uri);
        p.setNsPrefix("xsd", XSD.NS);
        p.setNsPrefix("dcterms", DCTerms.NS);
        return p.lock();
    }

    /** Puts the standard prefixes on a model. */
    public static void apply(Model m) {
        m.setNsPrefixes(standard());
    }
}
