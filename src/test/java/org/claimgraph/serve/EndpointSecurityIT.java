package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.Triple;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each protection of the endpoint, attacked over HTTP against a real Fuseki on a real TDB2 store. */
class EndpointSecurityIT {

    private static final String GRAPH = "https://w3id.org/claimgraph/id/article/t";
    private static final int TRIPLES = 2000;
    private static final String INSERT = "INSERT DATA { GRAPH <" + GRAPH + "> { <https://example.org/x> <https://example.org/p> 1 } }";
    private static final String TRIPLE = "<https://example.org/a> <https://example.org/b> <https://example.org/c> .";
    private static final String USER = "alice:s3cret";

    @TempDir
    Path dir;

    private ClaimStore store;
    private Path authFile;
    private Endpoint endpoint;
    private FusekiServer other;

    @BeforeEach
    void setUp() throws IOException {
        store = ClaimStore.open(dir.resolve("store"));
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < TRIPLES; i++) {
            g.add(Triple.create(NodeFactory.createURI("https://example.org/s" + i),
                    NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("o" + i)));
        }
        store.replaceGraph(GRAPH, g);
        authFile = Files.writeString(dir.resolve("users.properties"), "# who may write\nalice: s3cret, writer\n");
        // Only the owner may read it, as the server asks of a real one.
        Files.setPosixFilePermissions(authFile, PosixFilePermissions.fromString("rw-------"));
    }

    @AfterEach
    void tearDown() {
        if (endpoint != null) {
            endpoint.close();
        }
        if (other != null) {
            other.stop();
        }
        store.close();
    }

    private Endpoint start(EndpointSecurity security) {
        endpoint = new Endpoint(store, 0, security).start();
        return endpoint;
    }

    private EndpointSecurity writable() {
        return EndpointSecurity.defaults().withUpdatesBy(authFile);
    }

    @Test
    void updateWithoutCredentialsIs401AndReadsStayOpen() throws Exception {
        start(writable());
        HttpResponse<String> r = Http.send("POST", endpoint.datasetUrl() + "/update", INSERT, "application/sparql-update", null);
        assertEquals(401, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), r.headers().toString());
        assertEquals(200, Http.query(endpoint.sparqlUrl(), "ASK {}").statusCode());
        assertEquals(TRIPLES, store.size());
    }

    @Test
    void updateWithAWrongPasswordIs401() throws Exception {
        start(writable());
        HttpResponse<String> r = Http.send("POST", endpoint.datasetUrl() + "/update", INSERT, "application/sparql-update",
                "alice:guess");
        assertEquals(401, r.statusCode(), r.body());
        assertEquals(TRIPLES, store.size());
    }

    @Test
    void updateWithTheRightPasswordWorks() throws Exception {
        start(writable());
        HttpResponse<String> r = Http.send("POST", endpoint.datasetUrl() + "/update", INSERT, "application/sparql-update", USER);
        assertTrue(r.statusCode() >= 200 && r.statusCode() < 300, r.statusCode() + " " + r.body());
        assertEquals(TRIPLES + 1, store.size());
    }

    @Test
    void graphStorePutWithoutCredentialsIs401() throws Exception {
        start(writable());
        String url = endpoint.datasetUrl() + "/data?graph=" + Http.encode(GRAPH);
        assertEquals(401, Http.send("PUT", url, TRIPLE, "application/n-triples", null).statusCode());
        assertEquals(401, Http.send("DELETE", url, "", "text/plain", null).statusCode());
        assertEquals(TRIPLES, store.size());
        // With credentials the same PUT replaces the graph: the refusal above was the missing login, not the request.
        assertTrue(Http.send("PUT", url, TRIPLE, "application/n-triples", USER).statusCode() < 300);
        assertEquals(1, store.size());
    }

    @Test
    void writesUnderTheDatasetUrlOrReadServicesAreRefusedEvenWithCredentials() throws Exception {
        start(writable());
        String[] urls = {endpoint.datasetUrl(), endpoint.sparqlUrl(), endpoint.datasetUrl() + "/get?default"};
        for (String url : urls) {
            int code = Http.send("POST", url, INSERT, "application/sparql-update", USER).statusCode();
            assertTrue(code >= 400 && code < 500, url + " gave " + code);
        }
        assertEquals(TRIPLES, store.size());
    }

    @Test
    void allowUpdateNeedsAUsableAuthFile() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty"), "# nobody\n");
        Endpoint e = new Endpoint(store, 0, EndpointSecurity.defaults().withUpdatesBy(empty));
        ClaimgraphException x = assertThrows(ClaimgraphException.class, e::start);
        assertTrue(x.getMessage().contains("holds no user"), x.getMessage());
        Endpoint missing = new Endpoint(store, 0, EndpointSecurity.defaults().withUpdatesBy(dir.resolve("nope")));
        assertTrue(assertThrows(ClaimgraphException.class, missing::start).getMessage().contains("Cannot read the auth file"));
    }

    @Test
    void serviceToAnEndpointNotAllowedIsRefusedWithTheReason() throws Exception {
        String otherUrl = startOtherServer();
        start(EndpointSecurity.defaults());
        HttpResponse<String> r = Http.query(endpoint.sparqlUrl(), "SELECT * { SERVICE <" + otherUrl + "> { ?s ?p ?o } }");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE <" + otherUrl + "> is not allowed"), r.body());
        // Hidden in a subquery, or chosen at run time through a variable: still refused.
        HttpResponse<String> sub = Http.query(endpoint.sparqlUrl(),
                "SELECT * { { SELECT * { SERVICE <" + otherUrl + "> { ?s ?p ?o } } } }");
        assertEquals(400, sub.statusCode(), sub.body());
        HttpResponse<String> dynamic = Http.query(endpoint.sparqlUrl(),
                "SELECT * { VALUES ?svc { <" + otherUrl + "> } SERVICE ?svc { ?s ?p ?o } }");
        assertEquals(400, dynamic.statusCode(), dynamic.body());
        assertTrue(dynamic.body().contains("is not allowed"), dynamic.body());
    }

    @Test
    void serviceToAnAllowedEndpointWorks() throws Exception {
        String otherUrl = startOtherServer();
        start(EndpointSecurity.defaults().withServices(ServiceAllowlist.of(List.of(otherUrl))));
        HttpResponse<String> r = Http.query(endpoint.sparqlUrl(), "SELECT ?o { SERVICE <" + otherUrl + "> { ?s ?p ?o } }");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("o\r\nfrom the other server\r\n", r.body());
        HttpResponse<String> dynamic = Http.query(endpoint.sparqlUrl(),
                "SELECT ?o { VALUES ?svc { <" + otherUrl + "> } SERVICE ?svc { ?s ?p ?o } }");
        assertEquals("o\r\nfrom the other server\r\n", dynamic.body());
    }

    @Test
    void aSlowQueryIsStoppedAtTheTimeout() throws Exception {
        start(EndpointSecurity.defaults().withQueryTimeout(Duration.ofSeconds(1)));
        long started = System.nanoTime();
        // 2000^3 = 8e9 combinations: hours of work without the timeout.
        HttpResponse<String> r = Http.query(endpoint.sparqlUrl(),
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds < 20, "took " + seconds + " s");
        // A quick query still answers.
        assertEquals(200, Http.query(endpoint.sparqlUrl(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").statusCode());
    }

    @Test
    void resultsAreCutOffAtTheRowLimit() throws Exception {
        start(EndpointSecurity.defaults().withMaxRows(100));
        HttpResponse<String> all = Http.query(endpoint.sparqlUrl(), "SELECT ?s { ?s ?p ?o }");
        assertEquals(200, all.statusCode());
        assertEquals(1 + 100, all.body().split("\r\n").length, "header and 100 rows");
        assertEquals(Optional.of("100"), all.headers().firstValue(GuardedQueryService.ROW_LIMIT_HEADER));
        HttpResponse<String> fewer = Http.query(endpoint.sparqlUrl(), "SELECT ?s { ?s ?p ?o } LIMIT 7");
        assertEquals(1 + 7, fewer.body().split("\r\n").length);
        assertFalse(fewer.headers().firstValue(GuardedQueryService.ROW_LIMIT_HEADER).isPresent());
        HttpResponse<String> more = Http.query(endpoint.sparqlUrl(), "SELECT ?s { ?s ?p ?o } LIMIT 5000");
        assertEquals(1 + 100, more.body().split("\r\n").length);
        // An aggregate counts everything: the limit is on rows returned, not rows read (the data, not the ontology).
        assertEquals("n\r\n" + TRIPLES + "\r\n",
                Http.query(endpoint.sparqlUrl(), "SELECT (COUNT(*) AS ?n) { ?s <https://example.org/p> ?o }").body());
    }

    @Test
    void anOversizedBodyIs413() throws Exception {
        start(EndpointSecurity.defaults().withMaxBodyBytes(1024));
        String big = "SELECT * { ?s ?p ?o } #" + "x".repeat(2048);
        assertEquals(413, Http.send("POST", endpoint.sparqlUrl(), big, "application/sparql-query", null).statusCode());
        // Without a Content-Length the body is counted as it is read.
        assertEquals(413, Http.sendChunked("POST", endpoint.sparqlUrl(), big.getBytes(), "application/sparql-query",
                null).statusCode());
        // Below the limit, with or without a length, the same service answers.
        String small = "SELECT * { ?s ?p ?o } LIMIT 1";
        assertEquals(200, Http.send("POST", endpoint.sparqlUrl(), small, "application/sparql-query", null).statusCode());
        assertEquals(200, Http.sendChunked("POST", endpoint.sparqlUrl(), small.getBytes(), "application/sparql-query",
                null).statusCode());
    }

    @Test
    void anOversizedUpdateIs413EvenWithCredentials() throws Exception {
        start(writable().withMaxBodyBytes(1024));
        String big = INSERT + " #" + "x".repeat(2048);
        assertEquals(413, Http.send("POST", endpoint.datasetUrl() + "/update", big, "application/sparql-update", USER)
                .statusCode());
        assertEquals(TRIPLES, store.size());
    }

    @Test
    void listensOnLocalhostOnlyByDefault() throws Exception {
        start(EndpointSecurity.defaults());
        assertEquals("localhost", endpoint.host());
        Optional<InetAddress> external = nonLoopbackAddress();
        if (external.isPresent()) {
            assertFalse(reachable(external.get(), endpoint.port()), "reachable on " + external.get());
        }
        assertTrue(reachable(InetAddress.getLoopbackAddress(), endpoint.port()));
    }

    @Test
    void listensOnTheHostItIsGiven() throws Exception {
        start(EndpointSecurity.defaults().withHost("0.0.0.0"));
        assertEquals("0.0.0.0", endpoint.host());
        Optional<InetAddress> external = nonLoopbackAddress();
        if (external.isPresent()) {
            assertTrue(reachable(external.get(), endpoint.port()), "not reachable on " + external.get());
        }
    }

    private String startOtherServer() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        data.getDefaultGraph().getPrefixMapping();
        RDFParser.fromString("<https://example.org/s> <https://example.org/p> \"from the other server\" .", Lang.TURTLE)
                .parse(data);
        other = FusekiServer.create().port(0).loopback(true).add("/other", data, false).build().start();
        return "http://localhost:" + other.getHttpPort() + "/other/sparql";
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean reachable(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
