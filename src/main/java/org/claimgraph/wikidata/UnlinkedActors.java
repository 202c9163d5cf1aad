package org.claimgraph.wikidata;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;

/**
 * Finds the named persons and organisations of a dataset that no graph links to Wikidata. Anonymous actors
 * ("a source", whose IRI lies under their article's) are left alone: a name they lack cannot be reconciled.
 */
final class UnlinkedActors {

    private static final String NAMED_ACTOR = CG.ID + "actor/";

    private UnlinkedActors() {
    }

    /** The actors to reconcile, in order of first appearance; the caller holds a read transaction. */
    static List<UnlinkedActor> in(DatasetGraph dsg) {
        Map<Node, Builder> found = new LinkedHashMap<>();
        for (Resource type : List.of(CG.Person, CG.Organization)) {
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), type.asNode());
            while (it.hasNext()) {
                Quad q = it.next();
                Node actor = q.getSubject();
                if (actor.isURI() && isNamed(actor.getURI())) {
                    found.computeIfAbsent(actor, a -> new Builder(type)).graphs.add(q.getGraph());
                }
            }
        }
        List<UnlinkedActor> out = new ArrayList<>();
        found.forEach((actor, b) -> {
            if (!linked(dsg, actor)) {
                out.add(b.build(dsg, actor));
            }
        });
        return out;
    }

    private static boolean isNamed(String iri) {
        return iri.startsWith(NAMED_ACTOR) && !iri.substring(NAMED_ACTOR.length()).contains("/");
    }

    private static boolean linked(DatasetGraph dsg, Node actor) {
        Iterator<Quad> it = dsg.find(Node.ANY, actor, OWL.sameAs.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isURI() && WD.isEntity(o.getURI())) {
                return true;
            }
        }
        return false;
    }

    /** What one actor's graphs say of it. */
    private static final class Builder {
        private final Resource type;
        private final Set<Node> graphs = new LinkedHashSet<>();

        Builder(Resource type) {
            this.type = type;
        }

        UnlinkedActor build(DatasetGraph dsg, Node actor) {
            String label = null;
            Set<String> roles = new LinkedHashSet<>();
            for (Node g : graphs) {
                for (Triple t : dsg.getGraph(g).find(actor, Node.ANY, Node.ANY).toList()) {
                    Node o = t.getObject();
                    if (t.getPredicate().equals(RDFS.label.asNode()) && o.isLiteral() && label == null) {
                        label = o.getLiteralLexicalForm();
                    } else if (t.getPredicate().equals(CG.role.asNode()) && o.isLiteral()) {
                        roles.add(o.getLiteralLexicalForm());
                    }
                }
            }
            return new UnlinkedActor(actor, type, label == null ? "" : label, roles, List.copyOf(graphs));
        }
    }
}
