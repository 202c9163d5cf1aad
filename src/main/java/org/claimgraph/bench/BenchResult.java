package org.claimgraph.bench;

import java.util.Map;

/**
 * What one benchmark run measured.
 *
 * @param articles          articles converted
 * @param words             words in them (whitespace-separated)
 * @param loadSeconds       time to first result: building the pipeline and loading its models
 * @param runSeconds        wall time converting all articles after loading
 * @param stageSeconds      time per pipeline stage, summed over threads
 * @param annotatorSeconds  time per CoreNLP annotator, summed over threads
 * @param peakHeapBytes     the largest heap in use seen during the run
 * @param threads           worker threads
 */
public record BenchResult(int articles, long words, double loadSeconds, double runSeconds,
                          Map<String, Double> stageSeconds, Map<String, Double> annotatorSeconds,
                          long peakHeapBytes, int threads) {

    /** Articles per second of conversion, after loading. */
    public double articlesPerSecond() {
        return runSeconds == 0 ? 0 : articles / runSeconds;
    }

    /** A readable report of the run. */
    public String describe(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(title).append('\n');
        sb.append(String.format("articles: %d on %d thread(s); %.2f articles/s, %.0f words/s%n", articles, threads,
                articlesPerSecond(), runSeconds == 0 ? 0 : words / runSeconds));
        sb.append(String.format("time to first result (model loading): %.1f s; conversion: %.1f s%n",
                loadSeconds, runSeconds));
        sb.append(String.format("peak heap: %.0f MB%n", peakHeapBytes / 1e6));
        if (!stageSeconds.isEmpty()) {
            sb.append("stages (thread-seconds, share):\n").append(Shares.table(stageSeconds));
        }
        if (!annotatorSeconds.isEmpty()) {
            sb.append("CoreNLP annotators (thread-seconds, share):\n").append(Shares.table(annotatorSeconds));
        }
        return sb.toString();
    }
}
