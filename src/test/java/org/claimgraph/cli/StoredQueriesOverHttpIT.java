package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.claimgraph.ClaimgraphException;
import org.claimgraph.bench.EndpointBench;
import org.claimgraph.bench.EndpointBenchResult;
import org.claimgraph.bench.HttpIngester;
import org.claimgraph.convert.SharedConverter;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.query.StoredQueries;
import org.claimgraph.query.StoredQuery;
import org.claimgraph.read.Article;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.serve.ArticleIngestion;
import org.claimgraph.serve.Endpoint;
import org.claimgraph.serve.EndpointSecurity;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed in TDB2 behind a real Fuseki on a free port: {@code query NAME --param … --endpoint URL} binds before
 * sending, an injection attempt finds nothing and changes nothing, and the endpoint bench runs without errors
 * while it posts an article to the ingestion service.
 */
class StoredQueriesOverHttpIT {

    @TempDir
    static Path dir;

    private static ClaimStore store;
    private static Endpoint endpoint;

    @BeforeAll
    static void start() {
        Path directory = dir.resolve("store");
        CliRun load = CliRun.of("load", "--store", directory.toString(), "seeds");
        assertEquals(0, load.status(), load.err());
        store = ClaimStore.open(directory);
        endpoint = new Endpoint(store, 0).start();
    }

    @AfterAll
    static void stop() {
        endpoint.close();
        store.close();
    }

    @Test
    void aParameterIsBoundBeforeTheQueryIsSent() {
        CliRun run = CliRun.of("query", "statements-by-speaker", "--param", "speakerName=Rustem Umerov",
                "--endpoint", endpoint.sparqlUrl(), "--format", "csv");
        assertEquals(0, run.status(), run.err());
        List<String> rows = run.out().lines().skip(1).toList();
        assertFalse(rows.isEmpty(), run.out());
        assertTrue(rows.stream().allMatch(r -> r.startsWith("Rustem Umerov,")), run.out());
        int direct = QueryRunner.on(store)
                .run(StoredQueries.load().get("statements-by-speaker"), Map.of("speakerName", "Rustem Umerov")).size();
        assertEquals(direct, rows.size(), run.out());
    }

    @Test
    void anInjectionAttemptOverHttpFindsNothingAndChangesNothing() {
        long before = store.size();
        CliRun run = CliRun.of("query", "statements-by-speaker", "--param", "speakerName=x\" } ; DROP ALL ; #",
                "--endpoint", endpoint.sparqlUrl(), "--format", "csv");
        assertEquals(0, run.status(), run.err());
        assertEquals(1, run.out().strip().lines().count(), "only the header line: " + run.out());
        assertEquals(before, store.size());
    }

    @Test
    void anIriParameterThatIsNoIriIsAUserErrorBeforeAnythingIsSent() {
        CliRun run = CliRun.of("query", "claim-timeline", "--param", "claim=<x> } ; DROP ALL ; #<y>",
                "--endpoint", "http://localhost:1/nothing/sparql");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().startsWith("Error: Parameter ?claim of query 'claim-timeline' takes an absolute IRI"),
                run.err());
    }

    @Test
    void theEndpointBenchAnswersEveryQueryWithoutErrorsWhileAnArticleIsPosted() {
        List<Article> seed = new ArrayList<>();
        new ArticleReader().readAll(List.of(Path.of("seeds")), seed::add, p -> { });
        StoredQueries queries = StoredQueries.load();
        try (BenchUser user = BenchUser.create();
             Endpoint server = new Endpoint(store, 0, EndpointSecurity.defaults().withUpdatesBy(user.file()),
                     new ArticleIngestion(store, SharedConverter::get, Optional.empty())).start()) {
            HttpIngester ingester = new HttpIngester(server.datasetUrl() + "/articles", BenchUser.NAME,
                    user.password());
            // As the command does, the queries that call other endpoints are left out of a load test.
            List<StoredQuery> local = queries.all().stream().filter(q -> !q.callsOtherEndpoints()).toList();
            EndpointBenchResult result = new EndpointBench(server.sparqlUrl(), local, 2, Duration.ofSeconds(5))
                    .run(ingester, seed);
            assertEquals(0, result.errors(), result.describe());
            assertEquals(0, result.ingestErrors(), result.describe());
            assertTrue(result.ingested() >= 1, result.describe());
            local.forEach(q -> assertTrue(result.latencies().get(q.name()).count() >= 1, result.describe()));
            local.forEach(q -> assertTrue(result.alone().get(q.name()) > 0, result.describe()));
            assertTrue(result.describe().contains("over HTTP (POST"), result.describe());
        }
    }

    @Test
    void aWrongPasswordIsAnIngestionFailureNotASilentSuccess() {
        List<Article> seed = new ArrayList<>();
        new ArticleReader().readAll(List.of(Path.of("seeds")), seed::add, p -> { });
        try (BenchUser user = BenchUser.create();
             Endpoint server = new Endpoint(store, 0, EndpointSecurity.defaults().withUpdatesBy(user.file()),
                     new ArticleIngestion(store, SharedConverter::get, Optional.empty())).start()) {
            HttpIngester wrong = new HttpIngester(server.datasetUrl() + "/articles", BenchUser.NAME, "wrong");
            ClaimgraphException e = assertThrows(ClaimgraphException.class, () -> wrong.ingest(seed.get(0)));
            assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
        }
    }
}
