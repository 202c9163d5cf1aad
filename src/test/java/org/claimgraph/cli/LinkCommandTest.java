package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph link} on a file and on a store: links over HTTP, one warning and exit 0 when unreachable. */
class LinkCommandTest {

    private static final String ACTORS = "src/test/resources/wikidata/actors.trig";
    private static final Node ALEX = NodeFactory.createURI("https://w3id.org/claimgraph/id/actor/alex-morgan");
    private static final Node FINANCE_MINISTER = NodeFactory.createURI("http://www.wikidata.org/entity/Q900000003");

    @TempDir
    Path dir;

    @Test
    void anUnreachableEndpointGivesOneWarningExitsNormallyAndWritesTheGraphs() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path out = dir.resolve("out.trig");
        CliRun run = CliRun.of("link", "--data", ACTORS, "-o", out.toString(), "--endpoint",
                "http://localhost:" + port + "/sparql", "--cache", dir.resolve("cache.tsv").toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.startsWith("Warning: ")).count(), run.err());
        assertTrue(run.err().contains("cannot be reached"), run.err());
        DatasetGraph written = RDFDataMgr.loadDatasetGraph(out.toString());
        assertEquals(RDFDataMgr.loadDatasetGraph(ACTORS).stream().count(), written.stream().count());
    }

    @Test
    void linksTheActorsOfAStoreInTheirArticleGraphs() {
        Path store = dir.resolve("store");
        try (ClaimStore s = ClaimStore.open(store)) {
            DatasetGraph actors = RDFDataMgr.loadDatasetGraph(ACTORS);
            actors.listGraphNodes().forEachRemaining(g -> s.replaceGraph(g.getURI(), actors.getGraph(g)));
        }
        FusekiServer wikidata = FusekiServer.create().port(0).loopback(true)
                .add("/wikidata", RDFDataMgr.loadDataset("src/test/resources/wikidata/fixture.ttl")).build().start();
        try {
            CliRun run = CliRun.of("link", "--store", store.toString(), "--endpoint",
                    "http://localhost:" + wikidata.getPort() + "/wikidata/sparql",
                    "--cache", dir.resolve("cache.tsv").toString());
            assertEquals(0, run.status(), run.err());
            assertTrue(run.err().contains("3 of 5"), run.err());
        } finally {
            wikidata.stop();
        }
        assertTrue(Files.exists(dir.resolve("cache.tsv")));
        try (ClaimStore s = ClaimStore.open(store)) {
            boolean linked = Txn.calculateRead(s.dataset(), () -> s.datasetGraph().contains(
                    NodeFactory.createURI("https://w3id.org/claimgraph/id/article/one"), ALEX, OWL.sameAs.asNode(),
                    FINANCE_MINISTER));
            assertTrue(linked);
        }
    }
}
