package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text index of a real TDB2 store: text:query from SPARQL, kept in step with replacements, crashes and reopening. */
class TextIndexTest {

    private static final String A = "https://w3id.org/claimgraph/id/article/a";
    private static final String B = "https://w3id.org/claimgraph/id/article/b";
    private static final String PREFIXES = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> "
            + "PREFIX ex: <https://example.org/> PREFIX text: <http://jena.apache.org/text#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

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
        return RDFParser.fromString(PREFIXES + body, Lang.TURTLE).toGraph();
    }

    private static Graph statement(String subject, String content) {
        return turtle(subject + " a cg:Statement ; cg:contentText \"" + content + "\" .");
    }

    @Test
    void contentIsFoundByAStemOfItsWords() {
        store.replaceGraph(A, statement("ex:s1", "The troops were encircled near the river."));
        store.replaceGraph(B, statement("ex:s2", "Talks will continue next week."));
        assertEquals(Set.of("https://example.org/s1"), search("?s text:query 'encircle'"));
        assertEquals(Set.of("https://example.org/s2"), search("?s text:query (cg:contentText 'talk')"));
    }

    @Test
    void labelsAndAliasesAreFoundThroughTheirProperty() {
        store.replaceGraph(A, turtle("ex:c1 a cg:Claim ; rdfs:label \"prices are rising\" . "
                + "ex:p1 a cg:Person ; rdfs:label \"Jane Roe\" ; cg:alias \"Roe\" ."));
        assertEquals(Set.of("https://example.org/c1"), search("?s text:query (rdfs:label 'prices') . ?s a cg:Claim"));
        assertEquals(Set.of("https://example.org/p1"), search("?s text:query (cg:alias 'roe')"));
        // Content is a field of its own: a label is not found as content.
        assertEquals(Set.of(), search("?s text:query (cg:contentText 'prices')"));
    }

    @Test
    void replacingAGraphRemovesItsOldEntries() {
        store.replaceGraph(A, statement("ex:s1", "The harvest failed."));
        store.replaceGraph(A, statement("ex:s1", "The bridge was repaired."));
        assertEquals(Set.of(), search("?s text:query 'harvest'"));
        assertEquals(Set.of("https://example.org/s1"), search("?s text:query 'bridge'"));
    }

    @Test
    void theSameTripleInTwoGraphsStaysFoundUntilBothAreGone() {
        store.replaceGraph(A, statement("ex:s1", "The harvest failed."));
        store.replaceGraph(B, statement("ex:s1", "The harvest failed."));
        store.replaceGraph(A, turtle("ex:x a cg:Claim ."));
        assertEquals(Set.of("https://example.org/s1"), search("?s text:query 'harvest'"));
        store.replaceGraph(B, turtle("ex:x a cg:Claim ."));
        assertEquals(Set.of(), search("?s text:query 'harvest'"));
    }

    @Test
    void aFailedWriteLeavesNeitherStoreNorIndexChanged() {
        store.replaceGraph(A, statement("ex:s1", "The harvest failed."));
        DatasetGraph dsg = store.datasetGraph();
        try {
            Txn.executeWrite(dsg, () -> {
                dsg.removeGraph(NodeFactory.createURI(A));
                dsg.addGraph(NodeFactory.createURI(A), statement("ex:s2", "The bridge was repaired."));
                throw new IllegalStateException("failing on purpose");
            });
        } catch (IllegalStateException expected) {
            // the transaction aborted
        }
        assertEquals(Set.of("https://example.org/s1"), search("?s text:query 'harvest'"));
        assertEquals(Set.of(), search("?s text:query 'bridge'"));
        assertFalse(Files.exists(indexDir().resolve(WriteInProgress.FILE)));
    }

    @Test
    void theIndexIsKeptAcrossReopening() {
        store.replaceGraph(A, statement("ex:s1", "The harvest failed."));
        store.close();
        store = ClaimStore.open(dir.resolve("store"));
        assertEquals(Set.of("https://example.org/s1"), search("?s text:query 'harvest'"));
        assertTrue(Files.isDirectory(indexDir()));
    }

    @Test
    void aStoreWithoutIndexGetsOneOnOpen() throws IOException {
        store.replaceGraph(A, statement("ex:s1", "The harvest failed."));
        store.close();
        deleteTree(indexDir());
        store = ClaimStore.open(dir.resolve("store"));
        assertEquals(Set.of("https://example.org/s1"), search("?s text:query 'harvest'"));
    }

    @Test
    void anIndexLeftBehindByACrashedWriteIsRebuilt() throws IOException {
        store.replaceGraph(A, statement("ex:s1", "The harvest failed."));
        store.close();
        // As if the store committed a replacement and the process died before the index committed: the same
        // number of entries, other words, and the marker of a write in progress.
        changeBehindTheIndex(statement("ex:s1", "The bridge was repaired."));
        Files.createFile(indexDir().resolve(WriteInProgress.FILE));
        store = ClaimStore.open(dir.resolve("store"));
        assertEquals(Set.of(), search("?s text:query 'harvest'"));
        assertEquals(Set.of("https://example.org/s1"), search("?s text:query 'bridge'"));
        assertFalse(Files.exists(indexDir().resolve(WriteInProgress.FILE)));
    }

    @Test
    void anIndexWithAnotherNumberOfEntriesThanTheStoreIsRebuilt() {
        store.replaceGraph(A, statement("ex:s1", "The harvest failed."));
        store.close();
        changeBehindTheIndex(turtle("ex:s1 cg:contentText \"The harvest failed.\" . ex:s2 cg:contentText \"Rain fell.\" ."));
        store = ClaimStore.open(dir.resolve("store"));
        assertEquals(Set.of("https://example.org/s2"), search("?s text:query 'rain'"));
    }

    @Test
    void theOntologyIsInItsOwnGraphAndOutsideTheDataGraphs() {
        assertEquals(Set.of(), store.graphNames());
        assertEquals(0, store.size());
        Set<String> labels = select("SELECT ?l { GRAPH <" + ClaimStore.ONTOLOGY_GRAPH + "> { cg:Statement rdfs:label ?l } }");
        assertEquals(1, labels.size(), labels.toString());
    }

    private void changeBehindTheIndex(Graph replacement) {
        Dataset raw = TDB2Factory.connectDataset(Location.create(dir.resolve("store")));
        Txn.executeWrite(raw, () -> {
            raw.asDatasetGraph().removeGraph(NodeFactory.createURI(A));
            raw.asDatasetGraph().addGraph(NodeFactory.createURI(A), replacement);
        });
        TDBInternal.expel(raw.asDatasetGraph());
    }

    private Path indexDir() {
        return dir.resolve("store").resolve(TextIndexing.DIRECTORY);
    }

    private Set<String> search(String pattern) {
        return select("SELECT DISTINCT ?s { " + pattern + " }");
    }

    private Set<String> select(String query) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                qe.execSelect().forEachRemaining(row -> out.add(row.get(row.varNames().next()).toString()));
            }
            return out;
        });
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted((x, y) -> y.compareTo(x)).toList()) {
                Files.delete(p);
            }
        }
    }
}
