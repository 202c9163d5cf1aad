package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.claimgraph.ClaimgraphException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replace semantics, atomicity and the union default graph of a real TDB2 store. */
class ClaimStoreTest {

    private static final String A = "https://w3id.org/claimgraph/id/article/a";
    private static final String B = "https://w3id.org/claimgraph/id/article/b";

    @TempDir
    Path dir;

    private ClaimStore store;

    @BeforeEach
    void open() {
        store = ClaimStore.open(dir.resolve("store"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Graph turtle(String body) {
        String prefixes = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> PREFIX ex: <https://example.org/> ";
        return RDFParser.fromString(prefixes + body, Lang.TURTLE).toGraph();
    }

    @Test
    void loadingTheSameGraphTwiceReplacesIt() {
        Graph g = turtle("ex:s1 a cg:Statement ; cg:cue \"said\" . ex:s2 a cg:Statement .");
        store.replaceGraph(A, g);
        long once = store.size();
        store.replaceGraph(A, g);
        assertEquals(3, once);
        assertEquals(once, store.size());
        assertEquals(Set.of(A), store.graphNames());
    }

    @Test
    void replacingDropsTriplesNoLongerInTheGraph() {
        store.replaceGraph(A, turtle("ex:s1 a cg:Statement . ex:s2 a cg:Statement ."));
        store.replaceGraph(A, turtle("ex:s3 a cg:Statement ."));
        assertEquals(1, store.size());
        assertEquals(1, count("SELECT * { ?s a cg:Statement }"));
    }

    @Test
    void batchReplacesSeveralGraphsAndLeavesOthersAlone() {
        store.replaceGraph(A, turtle("ex:a1 a cg:Statement . ex:a2 a cg:Statement ."));
        store.replaceGraph(B, turtle("ex:b1 a cg:Statement ."));
        String c = "https://w3id.org/claimgraph/id/article/c";
        store.replaceGraphs(Map.of(A, turtle("ex:a3 a cg:Statement ."), c, turtle("ex:c1 a cg:Statement .")));
        assertEquals(Set.of(A, B, c), store.graphNames());
        assertEquals(3, store.size());
    }

    @Test
    void failureInsideTheTransactionLeavesTheStoreUnchanged() {
        store.replaceGraph(A, turtle("ex:a1 a cg:Statement ."));
        Map<String, Graph> batch = new LinkedHashMap<>();
        batch.put(A, turtle("ex:a2 a cg:Statement . ex:a3 a cg:Statement ."));
        batch.put(B, new FailingGraph(turtle("ex:b1 a cg:Statement . ex:b2 a cg:Statement .")));
        ClaimgraphException e = assertThrows(ClaimgraphException.class, () -> store.replaceGraphs(batch));
        assertTrue(e.getMessage().contains("unchanged"), e.getMessage());
        assertEquals(Set.of(A), store.graphNames());
        assertEquals(1, count("SELECT * { ex:a1 a cg:Statement }"));
        assertEquals(1, store.size());
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() {
        store.replaceGraph(A, turtle("ex:s1 a cg:Statement ."));
        store.replaceGraph(B, turtle("ex:s2 a cg:Statement . ex:s1 a cg:Statement ."));
        // The same triple in two graphs shows once in the union.
        assertEquals(2, count("SELECT ?s { ?s a cg:Statement }"));
        assertEquals(3, count("SELECT ?g ?s { GRAPH ?g { ?s a cg:Statement } }"));
    }

    @Test
    void reopeningFindsTheData() {
        store.replaceGraph(A, turtle("ex:s1 a cg:Statement ."));
        store.close();
        store = ClaimStore.open(dir.resolve("store"));
        assertEquals(Set.of(A), store.graphNames());
        assertEquals(1, count("SELECT ?s { ?s a cg:Statement }"));
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsAClearError() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        ClaimgraphException e = assertThrows(ClaimgraphException.class, () -> ClaimStore.open(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("not a directory"), e.getMessage());
    }

    @Test
    void aBadGraphNameIsRefused() {
        assertThrows(ClaimgraphException.class, () -> store.replaceGraph("not an iri", turtle("ex:s a cg:Claim .")));
        assertFalse(store.graphNames().iterator().hasNext());
    }

    private long count(String select) {
        String q = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> PREFIX ex: <https://example.org/> " + select;
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                long n = 0;
                for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) {
                    n++;
                }
                return n;
            }
        });
    }

    /** A graph that breaks while being read, after its first triple, as a failing converter might. */
    private static final class FailingGraph extends GraphBase {
        private final Graph source;

        FailingGraph(Graph source) {
            this.source = source;
        }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            Iterator<Triple> it = source.find(pattern);
            return WrappedIterator.create(new Iterator<Triple>() {
                private int served;

                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Triple next() {
                    if (served++ == 1) {
                        throw new IllegalStateException("broken graph");
                    }
                    return it.next();
                }
            });
        }
    }
}
