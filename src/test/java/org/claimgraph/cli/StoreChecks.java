package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.ClaimStore;

/** Consistency checks on a store after loads and crashes: links and text index agree with the article graphs. */
final class StoreChecks {

    private static final String PREFIXES = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> "
            + "PREFIX text: <http://jena.apache.org/text#> ";

    private StoreChecks() {
    }

    /** Every node of the links graph is typed in a stored article graph: no link outlives its article. */
    static void linksPointIntoStoredArticles(ClaimStore store) {
        DatasetGraph dsg = store.datasetGraph();
        Node links = NodeFactory.createURI(Iris.linksGraph());
        Txn.executeRead(dsg, () -> dsg.find(links, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            for (Node n : List.of(q.getSubject(), q.getObject())) {
                boolean held = store.articleGraphNames().stream().anyMatch(g ->
                        dsg.contains(NodeFactory.createURI(g), n, RDF.type.asNode(), Node.ANY));
                assertTrue(held, "link to a node no stored article holds: " + q);
            }
        }));
    }

    /**
     * For the made-up word of each generated article, the text index finds exactly the statements whose stored
     * content holds the word; returns how many of the words are in the store at all.
     */
    static int textIndexAgreesWithStore(ClaimStore store, int articles) {
        int found = 0;
        for (int i = 0; i < articles; i++) {
            String word = GeneratedArticles.word(i);
            Set<String> indexed = subjects(store, "SELECT DISTINCT ?s { ?s text:query (cg:contentText '" + word + "') }");
            Set<String> stored = subjects(store, "SELECT DISTINCT ?s { ?s cg:contentText ?t "
                    + "FILTER (CONTAINS(LCASE(?t), '" + word + "')) }");
            assertEquals(stored, indexed, "statements with '" + word + "' in the store and in the text index");
            found += stored.isEmpty() ? 0 : 1;
        }
        return found;
    }

    /** The values of the first variable of a SELECT query on the store's dataset. */
    static Set<String> subjects(ClaimStore store, String select) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + select).build()) {
                qe.execSelect().forEachRemaining(row -> out.add(row.get(row.varNames().next()).toString()));
            }
            return out;
        });
    }
}
