package org.claimgraph.wikidata;

import java.io.IOException;
import java.net.ServerSocket;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;

/** A real embedded Fuseki on a free port serving the Wikidata-shaped fixture, and addresses where nothing answers. */
final class FixtureEndpoint implements AutoCloseable {

    static final String FIXTURE = "src/test/resources/wikidata/fixture.ttl";

    private final FusekiServer server;

    private FixtureEndpoint(FusekiServer server) {
        this.server = server;
    }

    /** Starts Fuseki on port 0 (a free one), loopback only, with the fixture at {@code /wikidata}. */
    static FixtureEndpoint start() {
        Dataset ds = RDFDataMgr.loadDataset(FIXTURE);
        return new FixtureEndpoint(FusekiServer.create().port(0).loopback(true).add("/wikidata", ds).build().start());
    }

    /** The SPARQL query URL. */
    String url() {
        return "http://localhost:" + server.getPort() + "/wikidata/sparql";
    }

    /** A URL on a port that was free a moment ago and has no server: connections are refused. */
    static String unreachableUrl() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        return "http://localhost:" + port + "/sparql";
    }

    @Override
    public void close() {
        server.stop();
    }
}
