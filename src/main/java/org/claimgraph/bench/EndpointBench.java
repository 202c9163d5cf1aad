package org.claimgraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.claimgraph.ClaimgraphException;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.query.StoredQuery;
import org.claimgraph.read.Article;

/**
 * Load on a SPARQL endpoint: several readers run the stored queries round robin over HTTP for a while, each
 * timing every request, while one more client ingests articles; it counts errors and ingested articles.
 */
public final class EndpointBench {

    /** How many error messages the result keeps, to show what went wrong without flooding the report. */
    private static final int SAMPLES = 5;

    private final String sparqlUrl;
    private final List<StoredQuery> queries;
    private final int readers;
    private final Duration duration;
    /** The values each query's IRI parameters take, read once the bench starts. */
    private final Map<String, ParameterSamples> samples = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A bench of {@code readers} clients sending {@code queries} to the URL: a query with an IRI parameter
     * ("the timeline of one claim") asks about one of the items its own unbound answer lists, in turn; other
     * parameters keep their defaults.
     */
    public EndpointBench(String sparqlUrl, List<StoredQuery> queries, int readers, Duration duration) {
        if (queries.isEmpty() || readers < 1) {
            throw new ClaimgraphException.UsageError("The endpoint bench needs at least one query and one reader");
        }
        this.sparqlUrl = sparqlUrl;
        this.queries = List.copyOf(queries);
        this.readers = readers;
        this.duration = duration;
    }

    /**
     * Runs each query twice on its own (warming the JVM and caches; the second time is kept as its latency alone),
     * then the readers, and the ingester over {@code articles} (cycled; none: no ingestion), until time is up.
     */
    public EndpointBenchResult run(ArticleIngester ingester, List<Article> articles) {
        Errors errors = new Errors(SAMPLES);
        Map<String, Double> alone = alone(errors);
        Map<String, Latencies> latencies = new LinkedHashMap<>();
        queries.forEach(q -> latencies.put(q.name(), new Latencies()));
        Errors ingestErrors = new Errors(SAMPLES);
        AtomicInteger ingested = new AtomicInteger();
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(readers + 1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                int first = i; // readers start at different queries, so that all are under load together
                running.add(pool.submit(() -> read(first, deadline, latencies, errors)));
            }
            if (!articles.isEmpty()) {
                running.add(pool.submit(() -> ingest(ingester, articles, deadline, ingested, ingestErrors)));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (Exception e) {
            throw new ClaimgraphException("The endpoint bench stopped: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return new EndpointBenchResult(readers, duration, alone, latencies, errors.count(), errors.samples(),
                ingester.describe(), ingested.get(), ingestErrors.count(), ingestErrors.samples());
    }

    /**
     * Milliseconds each query takes with no other client, on its second run; a failure counts as an error. The
     * first run, without parameters, also gives the values its IRI parameters take under load.
     */
    private Map<String, Double> alone(Errors errors) {
        // Fresh answers: with the endpoint's result cache the second run would otherwise time a copy.
        QueryRunner runner = QueryRunner.onEndpointFresh(sparqlUrl);
        Map<String, Double> millis = new LinkedHashMap<>();
        for (StoredQuery query : queries) {
            try {
                samples.put(query.name(), ParameterSamples.from(query, runner.run(query)));
                long started = System.nanoTime();
                runner.run(query, samples.get(query.name()).next(0));
                millis.put(query.name(), (System.nanoTime() - started) / 1e6);
            } catch (RuntimeException e) {
                errors.add(query.name() + " (alone): " + e.getMessage());
            }
        }
        return millis;
    }

    private void read(int first, long deadline, Map<String, Latencies> latencies, Errors errors) {
        QueryRunner runner = QueryRunner.onEndpoint(sparqlUrl);
        for (int k = first; System.nanoTime() < deadline; k++) {
            StoredQuery query = queries.get(k % queries.size());
            Map<String, String> parameters = samples.getOrDefault(query.name(), ParameterSamples.NONE).next(k);
            long started = System.nanoTime();
            try {
                runner.run(query, parameters);
                latencies.get(query.name()).add(System.nanoTime() - started);
            } catch (RuntimeException e) {
                errors.add(query.name() + ": " + e.getMessage());
            }
        }
    }

    private static void ingest(ArticleIngester ingester, List<Article> articles, long deadline,
                               AtomicInteger ingested, Errors errors) {
        for (int k = 0; System.nanoTime() < deadline; k++) {
            Article article = articles.get(k % articles.size());
            try {
                ingester.ingest(article);
                ingested.incrementAndGet();
            } catch (RuntimeException e) {
                errors.add(article.source() + ": " + e.getMessage());
            }
        }
    }

    /** A thread-safe count of failures with the first few messages. */
    private static final class Errors {
        private final int keep;
        private final List<String> samples = new ArrayList<>();
        private int count;

        Errors(int keep) {
            this.keep = keep;
        }

        synchronized void add(String message) {
            count++;
            if (samples.size() < keep) {
                samples.add(message);
            }
        }

        synchronized int count() {
            return count;
        }

        synchronized List<String> samples() {
            return List.copyOf(samples);
        }
    }
}
