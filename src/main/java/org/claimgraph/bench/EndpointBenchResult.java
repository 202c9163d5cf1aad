package org.claimgraph.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an endpoint bench measured: per query its latency alone, the requests answered under load and their p50 /
 * p99 latency, the failed requests (there should be none), and the articles ingested meanwhile.
 *
 * @param readers        concurrent query clients
 * @param duration       how long they ran
 * @param alone          per stored query, milliseconds it took with no other client (second run, warm)
 * @param latencies      per stored query, in the order run
 * @param errors         failed queries
 * @param errorSamples   the first few failure messages
 * @param ingestion      how articles were ingested
 * @param ingested       articles ingested while the readers ran
 * @param ingestErrors   articles that failed to ingest
 * @param ingestSamples  the first few ingestion failure messages
 */
public record EndpointBenchResult(int readers, Duration duration, Map<String, Double> alone,
                                  Map<String, Latencies> latencies, int errors,
                                  List<String> errorSamples, String ingestion, int ingested, int ingestErrors,
                                  List<String> ingestSamples) {

    /** Queries answered, all kinds together. */
    public int requests() {
        return latencies.values().stream().mapToInt(Latencies::count).sum();
    }

    /** A plain-text report: one line per query, then totals, errors and ingestion. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-26s %9s %8s %10s %10s%n", "query", "alone ms", "requests", "p50 ms",
                "p99 ms"));
        latencies.forEach((name, l) -> out.append(String.format(Locale.ROOT, "%-26s %9.1f %8d %10.1f %10.1f%n",
                name, alone.getOrDefault(name, 0.0), l.count(), l.percentileMillis(50), l.percentileMillis(99))));
        double seconds = duration.toMillis() / 1000.0;
        out.append(String.format(Locale.ROOT, "%d readers for %.0f s: %d queries answered (%.1f/s), %d errors%n",
                readers, seconds, requests(), requests() / seconds, errors));
        errorSamples.forEach(e -> out.append("  error: ").append(e).append('\n'));
        out.append(String.format(Locale.ROOT, "Ingester, %s: %d articles ingested, %d failed%n",
                ingestion, ingested, ingestErrors));
        ingestSamples.forEach(e -> out.append("  ingest failure: ").append(e).append('\n'));
        return out.toString();
    }
}
