package org.claimgraph.query;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.store.ClaimStore;

/** The hand-written TriG fixture of two articles, and a way to load it into a store as the loader would. */
final class Fixture {

    /** The TriG file, on the test classpath. */
    static final Path TRIG = path("query/fixture.trig");

    private Fixture() {
    }

    private static Path path(String resource) {
        try {
            return Path.of(Fixture.class.getClassLoader().getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads each named graph of the fixture into the store, replacing any graph of the same name. */
    static void loadInto(ClaimStore store) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(TRIG).parse(dsg);
        Map<String, Graph> graphs = new LinkedHashMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> graphs.put(g.getURI(), dsg.getGraph(g)));
        store.replaceGraphs(graphs);
    }
}
