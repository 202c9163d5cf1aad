package org.claimgraph.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.link.Linker;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.OntologyFiles;

/**
 * A TDB2 store of article graphs whose default graph, for queries, is the union of its named graphs, with the
 * ontology in a named graph of its own and a Lucene text index for {@code text:query} (see {@link TextIndexing}).
 *
 * <p>On disk the index is in the {@code text} folder of the store directory; it is built on open when it is
 * missing or may lag the store (after a crash during a write).
 *
 * <p>One ClaimStore per directory per JVM: TDB2 shares one database per location, and closing
 * a ClaimStore releases that database so another process can open the directory.
 */
public final class ClaimStore implements AutoCloseable {

    /** Where the command line keeps its store unless told otherwise. */
    public static final Path DEFAULT_DIRECTORY = Path.of("data", "store");

    /** The named graph that holds the ontology: the ontology's own IRI. */
    public static final String ONTOLOGY_GRAPH = CG.NS.substring(0, CG.NS.length() - 1);

    private final Path directory;
    private final DatasetGraph tdb;
    private final Dataset dataset;
    private final Linker linker = new Linker();
    private final AtomicLong committedWrites = new AtomicLong();

    private ClaimStore(Path directory, DatasetGraph tdb) {
        this.directory = directory;
        this.tdb = tdb;
        // Told by TDB2 itself, so that writes by any path count: this class, Fuseki's SPARQL Update and Graph Store.
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(tdb);
        coordinator.modifyConfig(() -> coordinator.addListener(new WriteCounter()));
        // Every change goes through the text dataset, so that the index follows it in the same transaction.
        DatasetGraph text = directory == null ? TextIndexing.inMemory(tdb)
                : TextIndexing.onDisk(tdb, directory.resolve(TextIndexing.DIRECTORY));
        this.dataset = DatasetFactory.wrap(text);
        // Set on the dataset's own context, so Fuseki, which runs queries with that context, sees the union too.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        storeOntology();
    }

    /** Puts the shipped ontology in its named graph, unless the same ontology is there already. */
    private void storeOntology() {
        DatasetGraph dsg = datasetGraph();
        Node name = NodeFactory.createURI(ONTOLOGY_GRAPH);
        Graph ontology = OntologyFiles.ontology().getGraph();
        if (!Txn.calculateRead(dsg, () -> dsg.getGraph(name).isIsomorphicWith(ontology))) {
            Txn.executeWrite(dsg, () -> {
                dsg.removeGraph(name);
                dsg.addGraph(name, ontology);
            });
        }
    }

    /** Opens the store in the default directory {@code ./data/store}, creating it if needed. */
    public static ClaimStore open() {
        return open(DEFAULT_DIRECTORY);
    }

    /** Opens the store in the given directory, creating it if needed. */
    public static ClaimStore open(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            return new ClaimStore(dir, TDB2Factory.connectDataset(Location.create(dir)).asDatasetGraph());
        } catch (IOException | RuntimeException e) {
            throw new ClaimgraphException("Cannot open the store in " + dir + ": " + whyNotOpened(e), e);
        }
    }

    /** Creates an empty store in memory, with the same union default graph, for one-off queries. */
    public static ClaimStore inMemory() {
        return new ClaimStore(null, TDB2Factory.createDataset().asDatasetGraph());
    }

    private static String whyNotOpened(Exception e) {
        if (e instanceof FileAlreadyExistsException) {
            return "it exists and is not a directory";
        }
        String why = describe(e);
        // TDB2 allows one process per database; the usual holder is a running 'serve'.
        return why.contains("lock") ? why + " (is another process, such as a running server, using the store?)" : why;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null ? kind : kind + ": " + message;
    }

    /** Replaces the named graph {@code graphIri} by {@code graph} in one write transaction. */
    public void replaceGraph(String graphIri, Graph graph) {
        replaceGraphs(Map.of(graphIri, graph));
    }

    /** Replaces each named graph of the map in one write transaction: all are replaced or, on error, none. */
    public void replaceGraphs(Map<String, Graph> graphs) {
        DatasetGraph dsg = datasetGraph();
        try {
            Txn.executeWrite(dsg, () -> graphs.forEach((iri, graph) -> {
                Node name = graphName(iri);
                dsg.removeGraph(name);
                dsg.addGraph(name, graph);
            }));
        } catch (ClaimgraphException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ClaimgraphException("Cannot replace graphs " + graphs.keySet() + " in the store in "
                    + where() + "; the store is unchanged: " + describe(e), e);
        }
    }

    /**
     * Stores an article's graph in place of any earlier version and links its claims and actors to those of the
     * stored articles (see {@link Linker}), in one write transaction: readers never see it without its links.
     */
    public void replaceArticle(String articleIri, Graph graph) {
        DatasetGraph dsg = datasetGraph();
        Node name = graphName(articleIri);
        try {
            Txn.executeWrite(dsg, () -> linker.replaceArticle(dsg, name, graph));
        } catch (ClaimgraphException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ClaimgraphException("Cannot store article " + articleIri + " in the store in " + where()
                    + "; the store is unchanged: " + describe(e), e);
        }
    }

    private Node graphName(String iri) {
        if (iri == null || iri.isBlank() || !iri.contains(":")) {
            throw new ClaimgraphException("Not an absolute graph IRI: '" + iri + "' (store in " + where() + ")");
        }
        return NodeFactory.createURI(iri);
    }

    /** The dataset, for queries and changes, with its text index; its default graph is the union of the named graphs. */
    public Dataset dataset() {
        return dataset;
    }

    /** The dataset as a DatasetGraph, for Fuseki and low-level access. */
    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /** The directory of the store, or empty for an in-memory store. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** The IRIs of the named graphs of data (articles and links: every one but the ontology's), sorted. */
    public Set<String> graphNames() {
        DatasetGraph dsg = datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<String> names = new TreeSet<>();
            dsg.listGraphNodes().forEachRemaining(n -> names.add(n.isURI() ? n.getURI() : n.toString()));
            names.remove(ONTOLOGY_GRAPH);
            return names;
        });
    }

    /** The IRIs of the article graphs, sorted: every named graph but the links graph. */
    public Set<String> articleGraphNames() {
        Set<String> names = graphNames();
        names.remove(Iris.linksGraph());
        return names;
    }

    /** The number of quads stored in the graphs of data (all but the ontology's). */
    public long size() {
        DatasetGraph dsg = datasetGraph();
        Node ontology = NodeFactory.createURI(ONTOLOGY_GRAPH);
        return Txn.calculateRead(dsg, () -> Iter.count(Iter.filter(dsg.find(), q -> !ontology.equals(q.getGraph()))));
    }

    /**
     * How many write transactions have committed since the store was opened: a version of the data, which changes
     * only after a write has become visible to new readers (so a cache keyed on it never keeps an answer too long).
     */
    public long committedWrites() {
        return committedWrites.get();
    }

    /** Counts committed writes; TDB2 calls it after a commit, once new read transactions see the written data. */
    private final class WriteCounter implements TransactionListener {
        @Override
        public void notifyCommitFinish(Transaction transaction) {
            if (transaction.isWriteTxn()) {
                committedWrites.incrementAndGet();
            }
        }
    }

    private String where() {
        return directory == null ? "memory" : directory.toString();
    }

    /** Releases the database so that the directory can be opened again, here or by another process. */
    @Override
    public void close() {
        TDBInternal.expel(tdb);
        // After TDB2, so that no transaction can still reach the index; this releases Lucene's write lock.
        ((DatasetGraphText) datasetGraph()).getTextIndex().close();
    }

    @Override
    public String toString() {
        return "ClaimStore(" + where() + ")";
    }
}
