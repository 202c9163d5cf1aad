package org.claimgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.rdf.CG;

/**
 * The Lucene text index over statement content ({@code cg:contentText}), and labels and aliases
 * ({@code rdfs:label}, {@code cg:alias}: claim wordings, actor names), wrapped around a TDB2 dataset so that
 * every change to the store changes the index in the same transaction.
 *
 * <p>The index commits in TDB2's commit, after TDB2's journal: a crash between the two can leave the store
 * ahead of the index. So a {@link WriteInProgress} marker exists while a write transaction is open, and an index
 * found with the marker, or with another number of entries than the store has indexed literals, is rebuilt
 * from the store on open (which also builds the index of a store made before there was one).
 */
final class TextIndexing {

    /** The name of the index directory inside the store directory. */
    static final String DIRECTORY = "text";

    /** The predicates whose literal objects are indexed, in the order of {@link #entities()}. */
    static final List<Node> INDEXED = List.of(CG.contentText.asNode(), RDFS.label.asNode(), CG.alias.asNode());

    private TextIndexing() {
    }

    /**
     * What the index holds: one Lucene document per indexed quad, with its subject ({@code uri}), its graph
     * ({@code graph}), and its text in {@code content} (statement content, the default field of
     * {@code text:query}) or {@code label} (labels and aliases); the {@code uid} field lets a deleted quad
     * delete its document.
     */
    static EntityDefinition entities() {
        EntityDefinition def = new EntityDefinition("uri", "content", "graph", INDEXED.get(0));
        def.set("label", INDEXED.get(1));
        def.set("label", INDEXED.get(2));
        def.setUidField("uid");
        return def;
    }

    private static TextIndexLucene index(Directory directory) {
        TextIndexConfig config = new TextIndexConfig(entities());
        // English stemming and stop words, so that "report" finds "reported" and "reports".
        config.setAnalyzer(new EnglishAnalyzer());
        return (TextIndexLucene) TextDatasetFactory.createLuceneIndex(directory, config);
    }

    /** Wraps a TDB2 dataset with an index kept in memory, for an in-memory store. */
    static DatasetGraph inMemory(DatasetGraph tdb) {
        return TextDatasetFactory.create(tdb, index(new ByteBuffersDirectory()), true);
    }

    /** Wraps a TDB2 dataset with the index in {@code directory}, rebuilding the index first if it may lag. */
    static DatasetGraph onDisk(DatasetGraph tdb, Path directory) {
        try {
            Files.createDirectories(directory);
            TextIndexLucene index = index(FSDirectory.open(directory));
            WriteInProgress marker = new WriteInProgress(directory);
            if (marker.present() || documents(index) != indexedLiterals(tdb)) {
                rebuild(index, tdb);
            }
            marker.clear();
            DatasetGraph text = TextDatasetFactory.create(tdb, index, true);
            marker.watch(tdb);
            return text;
        } catch (IOException e) {
            throw new ClaimgraphException("Cannot open the text index in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The number of documents in the index's last commit. */
    static long documents(TextIndexLucene index) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(index.getDirectory())) {
            return reader.numDocs();
        }
    }

    /** The number of quads in the store that the index should have a document for. */
    static long indexedLiterals(DatasetGraph tdb) {
        return Txn.calculateRead(tdb, () -> {
            long n = 0;
            for (Node p : INDEXED) {
                for (var it = tdb.find(Node.ANY, Node.ANY, p, Node.ANY); it.hasNext(); ) {
                    n += it.next().getObject().isLiteral() ? 1 : 0;
                }
            }
            return n;
        });
    }

    /** Empties the index and indexes every indexed quad of the store again, in one Lucene commit. */
    static void rebuild(TextIndexLucene index, DatasetGraph tdb) throws IOException {
        index.getIndexWriter().deleteAll();
        EntityDefinition def = index.getDocDef();
        Txn.executeRead(tdb, () -> {
            for (Node p : INDEXED) {
                for (var it = tdb.find(Node.ANY, Node.ANY, p, Node.ANY); it.hasNext(); ) {
                    Quad q = it.next();
                    if (q.getObject().isLiteral()) {
                        index.addEntity(TextQueryFuncs.entityFromQuad(def, q));
                    }
                }
            }
        });
        index.commit();
    }
}
