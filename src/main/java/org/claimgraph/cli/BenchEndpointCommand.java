package org.claimgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Optional;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.bench.ArticleIngester;
import org.claimgraph.bench.EndpointBench;
import org.claimgraph.bench.EndpointBenchResult;
import org.claimgraph.bench.HttpIngester;
import org.claimgraph.bench.InProcessIngester;
import org.claimgraph.convert.BatchConverter;
import org.claimgraph.convert.BatchReport;
import org.claimgraph.convert.Converter;
import org.claimgraph.query.StoredQueries;
import org.claimgraph.query.StoredQuery;
import org.claimgraph.read.Article;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.serve.ArticleIngestion;
import org.claimgraph.serve.Endpoint;
import org.claimgraph.serve.EndpointSecurity;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimgraph bench-endpoint}: query latency on the served store under concurrent readers and ingestion. */
@Command(name = "bench-endpoint", mixinStandardHelpOptions = true,
        description = {"Measures the SPARQL endpoint under load.",
                "Loads the seed and the corpus (or its first --limit articles) into the store, unless the store",
                "already holds articles; serves it on a free port; then runs --readers clients sending the stored",
                "queries round robin over HTTP for --duration seconds (not those calling other endpoints by SERVICE;",
                "an IRI parameter bound in turn to the first 50 items the query's own unbound answer lists, other",
                "parameters at their defaults) while one more client ingests the corpus articles not loaded",
                "(all of them again if every one is) by POST to",
                "/claimgraph/articles (with a throwaway user; --ingest in-process stores them directly instead).",
                "Prints each query's latency alone, then requests, p50 and p99 per query under load, errors, and",
                "articles ingested. The endpoint has the default limits (30 s per query, 10,000 rows) and, unless",
                "--result-cache 0, serve's result cache; the latency alone is always of a freshly run query.",
                "Example: claimgraph bench-endpoint ../shared/corpora/polnear-train/text --limit 200 --duration 60"})
final class BenchEndpointCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CORPUS_DIR", description = "A directory of articles.")
    Path corpus;

    @Option(names = "--seed", paramLabel = "DIR", description = "Seed articles loaded first (default: seeds).")
    Path seed = Path.of("seeds");

    @Option(names = "--store", paramLabel = "DIR",
            description = "TDB2 store; reused as it is if it holds articles (default: data/bench-store).")
    Path store = Path.of("data", "bench-store");

    @Option(names = "--limit", paramLabel = "N", description = "Load only the first N corpus articles (sorted).")
    Integer limit;

    @Option(names = "--duration", defaultValue = "60", paramLabel = "S", description = "Seconds of load (default: 60).")
    int duration;

    @Option(names = "--readers", defaultValue = "8", paramLabel = "N", description = "Query clients (default: 8).")
    int readers;

    @Option(names = "--threads", paramLabel = "N", description = "Conversion threads for loading (default: every core).")
    Integer threads;

    @Option(names = "--ingest", defaultValue = "http", paramLabel = "HOW",
            description = "http (POST /claimgraph/articles) or in-process (default: ${DEFAULT-VALUE}).")
    String ingest;

    @Option(names = "--result-cache", paramLabel = "SIZE", defaultValue = EndpointOptions.DEFAULT_RESULT_CACHE,
            description = "The endpoint's result cache, as for serve (default: ${DEFAULT-VALUE}; 0 for none).")
    String resultCache;

    @Override
    public Integer call() {
        long resultCacheBytes = EndpointOptions.bytes("--result-cache", resultCache);
        if (!List.of("http", "in-process").contains(ingest)) {
            // Checked first, not after minutes of loading.
            throw new ClaimgraphException.UsageError("--ingest must be http or in-process, not '" + ingest + "'");
        }
        List<Article> corpusArticles = corpus == null ? List.of() : read(corpus);
        int loaded = limit == null ? corpusArticles.size() : Math.min(limit, corpusArticles.size());
        Converter converter = new Converter();
        try (ClaimStore claims = ClaimStore.open(store)) {
            if (claims.articleGraphNames().isEmpty()) {
                List<Article> toLoad = new ArrayList<>(read(seed));
                toLoad.addAll(corpusArticles.subList(0, loaded));
                load(claims, converter, toLoad);
            } else {
                System.err.println("Reusing the store in " + store + ": " + claims.articleGraphNames().size()
                        + " articles");
            }
            List<Article> toIngest = loaded < corpusArticles.size()
                    ? corpusArticles.subList(loaded, corpusArticles.size()) : corpusArticles;
            BenchUser user = BenchUser.create();
            EndpointSecurity security = EndpointSecurity.defaults().withUpdatesBy(user.file());
            ArticleIngestion ingestion = new ArticleIngestion(claims, () -> converter, Optional.empty());
            try (user; Endpoint endpoint = new Endpoint(claims, 0, security, ingestion)
                    .withResultCache(resultCacheBytes).start()) {
                System.err.println("Serving " + claims.articleGraphNames().size() + " articles at "
                        + endpoint.sparqlUrl() + "; " + readers + " readers for " + duration + " s");
                EndpointBench bench = new EndpointBench(endpoint.sparqlUrl(), localQueries(), readers,
                        Duration.ofSeconds(duration));
                EndpointBenchResult result = bench.run(ingester(endpoint, user, converter, claims), toIngest);
                System.out.print(result.describe());
                endpoint.resultCacheCounts().ifPresent(c -> System.out.println("Result cache: " + c.describe()));
                return result.errors() == 0 ? ExitCodes.OK : ExitCodes.INTERNAL;
            }
        }
    }

    /** The stored queries, but those calling other endpoints (SERVICE), which a load test should not hammer. */
    private static List<StoredQuery> localQueries() {
        List<StoredQuery> local = new ArrayList<>();
        for (StoredQuery q : StoredQueries.load().all()) {
            if (q.callsOtherEndpoints()) {
                System.err.println("Leaving out " + q.name() + ": it calls another endpoint (SERVICE)");
            } else {
                local.add(q);
            }
        }
        return local;
    }

    /** The ingester {@code --ingest} asks for: over HTTP as a client, or directly into the store. */
    private ArticleIngester ingester(Endpoint endpoint, BenchUser user, Converter converter, ClaimStore claims) {
        return switch (ingest) {
            case "http" -> new HttpIngester(endpoint.datasetUrl() + "/articles", BenchUser.NAME, user.password());
            default -> new InProcessIngester(converter, claims);
        };
    }

    private void load(ClaimStore claims, Converter converter, List<Article> articles) {
        System.err.println("Loading " + articles.size() + " articles into " + store + " ...");
        long started = System.nanoTime();
        BatchReport report = new BatchConverter(converter, Threads.orDefault(threads))
                .runArticles(articles, a -> claims.replaceArticle(a.graphIri(), a.graph().getGraph()));
        Reports.print(report);
        System.err.printf("Loaded in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static List<Article> read(Path input) {
        List<Article> out = new ArrayList<>();
        new ArticleReader().readAll(List.of(input), out::add, p -> System.err.println("Error: " + p.line()));
        return out;
    }
}
