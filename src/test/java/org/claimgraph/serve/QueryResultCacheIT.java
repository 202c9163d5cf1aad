package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoint's result cache over HTTP on a real TDB2 store: a repeated query is answered from it with the same
 * bytes, and no answer outlives a write, whichever way the write comes (the store, SPARQL Update, ingestion).
 */
class QueryResultCacheIT {

    private static final String GRAPH = "https://w3id.org/claimgraph/id/article/a";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s <https://example.org/p> ?o }";

    @TempDir
    Path dir;

    private ClaimStore store;
    private Endpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        store = ClaimStore.open(dir.resolve("store"));
        store.replaceGraph(GRAPH, triples(1));
        Path users = Files.writeString(dir.resolve("users"), "editor: pw\n");
        endpoint = new Endpoint(store, 0, EndpointSecurity.defaults().withUpdatesBy(users)).start();
    }

    @AfterEach
    void stop() {
        endpoint.close();
        store.close();
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheWithTheSameBytes() throws Exception {
        HttpResponse<String> first = Http.query(endpoint.sparqlUrl(), COUNT);
        HttpResponse<String> second = Http.query(endpoint.sparqlUrl(), COUNT);
        assertEquals("miss", cache(first));
        assertEquals("hit", cache(second));
        assertEquals(first.body(), second.body());
        assertEquals("n\r\n1\r\n", second.body());
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
    }

    @Test
    void aQueryPostedAsABodyIsCachedAndStillReachesFuseki() throws Exception {
        HttpResponse<String> first = Http.send("POST", endpoint.sparqlUrl(), COUNT, "application/sparql-query", null);
        HttpResponse<String> second = Http.send("POST", endpoint.sparqlUrl(), COUNT, "application/sparql-query", null);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("miss", cache(first));
        assertEquals("hit", cache(second));
        assertEquals(first.body(), second.body());
        String other = COUNT.replace("COUNT(*)", "COUNT(?s)");
        assertEquals("miss", cache(Http.send("POST", endpoint.sparqlUrl(), other, "application/sparql-query", null)));
    }

    @Test
    void aWriteToTheStoreMakesEveryKeptAnswerUnusable() throws Exception {
        Http.query(endpoint.sparqlUrl(), COUNT);
        store.replaceGraph(GRAPH, triples(3));
        HttpResponse<String> after = Http.query(endpoint.sparqlUrl(), COUNT);
        assertEquals("miss", cache(after));
        assertEquals("n\r\n3\r\n", after.body());
    }

    @Test
    void aSparqlUpdateOverHttpMakesKeptAnswersUnusableToo() throws Exception {
        Http.query(endpoint.sparqlUrl(), COUNT);
        String update = "INSERT DATA { GRAPH <" + GRAPH + "> { <https://example.org/x> <https://example.org/p> 1 } }";
        assertEquals(204, Http.send("POST", endpoint.datasetUrl() + "/update", update, "application/sparql-update",
                "editor:pw").statusCode());
        assertEquals("n\r\n2\r\n", Http.query(endpoint.sparqlUrl(), COUNT).body());
    }

    @Test
    void answersThatMayChangeWithoutAWriteAreNeverKept() throws Exception {
        String clock = "SELECT (NOW() AS ?t) {}";
        // The cache steps aside for them: no header at all.
        Http.query(endpoint.sparqlUrl(), clock);
        assertEquals("none", cache(Http.query(endpoint.sparqlUrl(), clock)));
        String text = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'o' }";
        Http.query(endpoint.sparqlUrl(), text);
        assertEquals("none", cache(Http.query(endpoint.sparqlUrl(), text)));
        String remote = "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } } LIMIT 1";
        assertEquals("none", cache(Http.query(endpoint.sparqlUrl(), remote)));
    }

    @Test
    void differentFormatsAndNoCacheRequestsAreAnsweredFreshly() throws Exception {
        String url = endpoint.sparqlUrl() + "?query=" + Http.encode(COUNT);
        assertEquals("miss", cache(Http.get(url, "text/csv")));
        HttpResponse<String> json = Http.get(url, "application/sparql-results+json");
        assertEquals("miss", cache(json));
        assertTrue(json.body().contains("\"n\""), json.body());
        HttpRequest fresh = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv")
                .header("Cache-Control", "no-cache").build();
        assertEquals("miss", cache(HttpClient.newHttpClient().send(fresh, HttpResponse.BodyHandlers.ofString())));
        assertEquals("hit", cache(Http.get(url, "text/csv")));
    }

    @Test
    void concurrentIdenticalQueriesAllGetTheSameAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(pool.submit(() -> Http.query(endpoint.sparqlUrl(), COUNT)));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertEquals("n\r\n1\r\n", answer.get().body());
            }
        } finally {
            pool.shutdownNow();
        }
        // At most one run per thread that asked before the first answer was kept; the rest were copies.
        ResultCacheCounts counts = endpoint.resultCacheCounts().orElseThrow();
        assertTrue(counts.misses() >= 1 && counts.misses() <= 6, counts.describe());
    }

    @Test
    void withoutACacheEveryQueryRuns() throws Exception {
        try (Endpoint uncached = new Endpoint(store, 0).withResultCache(0).start()) {
            Http.query(uncached.sparqlUrl(), COUNT);
            HttpResponse<String> again = Http.query(uncached.sparqlUrl(), COUNT);
            assertTrue(again.headers().firstValue(QueryResultCache.CACHE_HEADER).isEmpty());
            assertTrue(uncached.resultCacheCounts().isEmpty());
        }
    }

    @Test
    void anAnswerLargerThanAnEighthOfTheCacheIsSentWholeButNotKept() throws Exception {
        store.replaceGraph(GRAPH, triples(300));
        String all = "SELECT ?s { ?s <https://example.org/p> ?o } ORDER BY ?s";
        // About 8 KB of CSV: within 16 KB of cache, but over its eighth (2 KB).
        try (Endpoint small = new Endpoint(store, 0).withResultCache(16 << 10).start()) {
            HttpResponse<String> first = Http.query(small.sparqlUrl(), all);
            HttpResponse<String> second = Http.query(small.sparqlUrl(), all);
            assertTrue(first.body().length() > 5_000 && first.body().contains("example.org/s299"), first.body());
            assertEquals("miss", cache(second));
            assertEquals(first.body(), second.body());
            // A small answer is kept by the same cache: the size rule, not a broken cache, made the miss.
            Http.query(small.sparqlUrl(), COUNT);
            assertEquals("hit", cache(Http.query(small.sparqlUrl(), COUNT)));
        }
    }

    private static String cache(HttpResponse<String> response) {
        return response.headers().firstValue(QueryResultCache.CACHE_HEADER).orElse("none");
    }

    /** A graph of {@code n} triples with the predicate the test counts. */
    private static org.apache.jena.graph.Graph triples(int n) {
        StringBuilder turtle = new StringBuilder();
        for (int i = 0; i < n; i++) {
            turtle.append("<https://example.org/s").append(i).append("> <https://example.org/p> \"o\" .\n");
        }
        return RDFParser.fromString(turtle.toString(), Lang.TURTLE).toGraph();
    }
}
