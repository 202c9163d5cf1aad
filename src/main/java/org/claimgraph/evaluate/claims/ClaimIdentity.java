package org.claimgraph.evaluate.claims;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;

/**
 * Which claim IRIs name the same claim: equal IRIs, or IRIs joined by {@code owl:sameAs} in any graph, followed
 * transitively and in both directions (a union-find over the links).
 */
public final class ClaimIdentity {

    private final Map<String, String> parent = new HashMap<>();

    /** The identity the dataset's {@code owl:sameAs} links give, from its default graph and every named graph. */
    public static ClaimIdentity of(Dataset dataset) {
        ClaimIdentity identity = new ClaimIdentity();
        identity.addLinks(dataset.getDefaultModel());
        for (Iterator<Resource> names = dataset.listModelNames(); names.hasNext(); ) {
            identity.addLinks(dataset.getNamedModel(names.next()));
        }
        return identity;
    }

    private void addLinks(Model model) {
        for (Statement link : model.listStatements(null, OWL.sameAs, (RDFNode) null).toList()) {
            if (link.getObject().isResource()) {
                join(PredictedStatements.key(link.getSubject()), PredictedStatements.key(link.getResource()));
            }
        }
    }

    /** Records that two IRIs name the same claim. */
    public void join(String a, String b) {
        String ra = root(a);
        String rb = root(b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    /** Whether two claim IRIs name the same claim. */
    public boolean same(String a, String b) {
        return a.equals(b) || root(a).equals(root(b));
    }

    /** A representative IRI of the claim's class of equal IRIs: the same for every IRI of the class. */
    public String canonical(String iri) {
        return root(iri);
    }

    private String root(String iri) {
        String r = iri;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        // Path compression keeps later look-ups short.
        String at = iri;
        while (!at.equals(r)) {
            String next = parent.get(at);
            parent.put(at, r);
            at = next;
        }
        return r;
    }
}
