package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Fuseki on a free port over a real TDB2 store: queries answer, writes are refused, the UI is served. */
class EndpointTest {

    private static final String GRAPH = "https://w3id.org/claimgraph/id/article/a";
    private static final String TRIPLE = "<https://example.org/a> <https://example.org/b> <https://example.org/c> .";
    // The data triples only: the union default graph also holds the ontology graph the store writes on open.
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s <https://example.org/p> ?o }";

    @TempDir
    Path dir;

    private ClaimStore store;
    private Endpoint endpoint;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        store = ClaimStore.open(dir.resolve("store"));
        store.replaceGraph(GRAPH, RDFParser.fromString(
                "<https://example.org/s> <https://example.org/p> \"o\" .", Lang.TURTLE).toGraph());
        endpoint = new Endpoint(store, 0).start();
    }

    @AfterEach
    void stop() {
        endpoint.close();
        store.close();
    }

    @Test
    void answersAQueryOverTheUnionDefaultGraph() throws Exception {
        assertNotEquals(0, endpoint.port());
        assertEquals("http://localhost:" + endpoint.port() + "/claimgraph/sparql", endpoint.sparqlUrl());
        HttpResponse<String> r = get(endpoint.sparqlUrl() + "?query=" + encode(COUNT), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"value\" : \"1\"") || r.body().contains("\"value\": \"1\""), r.body());
    }

    @Test
    void queryAndGraphStoreReadServicesExist() throws Exception {
        assertEquals(200, get(endpoint.datasetUrl() + "/query?query=" + encode(COUNT), "text/csv").statusCode());
        HttpResponse<String> g = get(endpoint.datasetUrl() + "/get?graph=" + encode(GRAPH), "application/n-triples");
        assertEquals(200, g.statusCode());
        assertTrue(g.body().contains("https://example.org/s"), g.body());
    }

    @Test
    void refusesUpdatesAndUploads() throws Exception {
        String update = "INSERT DATA { GRAPH <" + GRAPH + "> { <https://example.org/x> <https://example.org/p> 1 } }";
        int[] codes = {
            post(endpoint.datasetUrl() + "/update", update, "application/sparql-update"),
            post(endpoint.datasetUrl(), update, "application/sparql-update"),
            post(endpoint.sparqlUrl(), update, "application/sparql-update"),
            post(endpoint.datasetUrl() + "/data?default", TRIPLE, "application/n-triples"),
            post(endpoint.datasetUrl() + "/get?default", TRIPLE, "application/n-triples"),
            post(endpoint.baseUrl() + "$/datasets?dbName=x&dbType=mem", "", "application/x-www-form-urlencoded"),
        };
        for (int code : codes) {
            assertTrue(code >= 400 && code < 500, "expected a refusal, got " + code);
        }
        HttpResponse<String> r = get(endpoint.sparqlUrl() + "?query=" + encode(COUNT), "text/csv");
        assertEquals("n\r\n1\r\n", r.body());
        assertEquals(1, store.size());
    }

    @Test
    void servesTheUiAndTheServicesItNeeds() throws Exception {
        HttpResponse<String> index = get(endpoint.baseUrl(), "text/html");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<html") && index.body().contains("/static/"), index.body());
        assertEquals(200, get(endpoint.baseUrl() + "index.html", "text/html").statusCode());
        assertEquals(200, get(endpoint.baseUrl() + "$/ping", "text/plain").statusCode());
        HttpResponse<String> server = get(endpoint.baseUrl() + "$/server", "application/json");
        assertEquals(200, server.statusCode());
        assertTrue(server.body().contains("/claimgraph"), server.body());
        assertEquals(200, get(endpoint.baseUrl() + "$/stats/claimgraph", "application/json").statusCode());
    }

    @Test
    void updatesOnlyWhenAskedForAndOnlyByTheUsersOfTheAuthFile() throws Exception {
        Path users = java.nio.file.Files.writeString(dir.resolve("users"), "editor: pw\n");
        EndpointSecurity security = EndpointSecurity.defaults().withUpdatesBy(users);
        try (Endpoint writable = new Endpoint(store, 0, security).start()) {
            String update = "INSERT DATA { GRAPH <" + GRAPH + "> { <https://example.org/x> <https://example.org/p> 1 } }";
            assertEquals(401, Http.send("POST", writable.datasetUrl() + "/update", update, "application/sparql-update",
                    null).statusCode());
            int code = Http.send("POST", writable.datasetUrl() + "/update", update, "application/sparql-update",
                    "editor:pw").statusCode();
            assertTrue(code >= 200 && code < 300, "update refused: " + code);
        }
        assertEquals(2, store.size());
    }

    @Test
    void aPortInUseIsAClearError() {
        Endpoint second = new Endpoint(store, endpoint.port());
        ClaimgraphException e = assertThrows(ClaimgraphException.class, second::start);
        assertTrue(e.getMessage().contains(String.valueOf(endpoint.port())), e.getMessage());
        second.close();
    }

    private HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private int post(String url, String body, String contentType) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        // A fresh client per refused POST: Jetty may close the connection after refusing, and a pooled
        // connection it closed would fail the next request.
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
