package org.claimgraph.evaluate.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;

/** Claim identity from owl:sameAs: transitive, symmetric, gathered from every graph. */
class ClaimIdentityTest {

    private static final String C = "https://w3id.org/claimgraph/id/claim/";

    @Test
    void linksInDifferentGraphsJoinTransitivelyAndBothWays() {
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel("urn:g:links", link(C + "a/c1", C + "b/c1"));
        ds.addNamedModel("urn:g:other", link(C + "c/c2", C + "b/c1"));
        ds.getDefaultModel().add(link(C + "d/c1", C + "e/c1"));
        ClaimIdentity identity = ClaimIdentity.of(ds);
        assertTrue(identity.same(C + "a/c1", C + "c/c2"), "a = b and c = b, so a = c");
        assertTrue(identity.same(C + "c/c2", C + "a/c1"));
        assertTrue(identity.same(C + "e/c1", C + "d/c1"), "links in the default graph count too");
        assertFalse(identity.same(C + "a/c1", C + "d/c1"));
        assertEquals(identity.canonical(C + "a/c1"), identity.canonical(C + "c/c2"));
    }

    @Test
    void anIriIsItsOwnClaimWithoutLinks() {
        ClaimIdentity identity = ClaimIdentity.of(DatasetFactory.create());
        assertTrue(identity.same(C + "x/c1", C + "x/c1"));
        assertFalse(identity.same(C + "x/c1", C + "x/c2"));
    }

    private static Model link(String a, String b) {
        Model m = ModelFactory.createDefaultModel();
        m.add(m.createResource(a), OWL.sameAs, m.createResource(b));
        return m;
    }
}
