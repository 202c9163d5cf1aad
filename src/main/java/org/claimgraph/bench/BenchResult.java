package org.claimgraph.bench;

import java.util.Map;
import org.claimgraph.annotate.NlpPipeline;

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
 * @param parses            sentences given a dependency tree by the direct parser, of those seen
 * @param cpuSeconds        CPU the process used while converting, all threads (GC and JIT included); -1 unknown
 */
public record BenchResult(int articles, long words, double loadSeconds, double runSeconds,
                          Map<String, Double> stageSeconds, Map<String, Double> annotatorSeconds,
                          long peakHeapBytes, int threads, NlpPipeline.ParseCounts parses,
                          double cpuSeconds) {

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
        if (cpuSeconds > 0 && runSeconds > 0) {
            // Other processes on the machine slow the wall clock, not the CPU each article costs.
            int cores = Runtime.getRuntime().availableProcessors();
            sb.append(String.format("process CPU: %.1f s, %.0f%% of %d cores; %.2f articles per CPU-second%n",
                    cpuSeconds, 100 * cpuSeconds / (runSeconds * cores), cores, articles / cpuSeconds));
        }
        if (!stageSeconds.isEmpty()) {
            sb.append("stages (thread-seconds, share):\n").append(Shares.table(stageSeconds));
        }
        if (!annotatorSeconds.isEmpty()) {
            sb.append("CoreNLP annotators (thread-seconds, share):\n").append(Shares.table(annotatorSeconds));
        }
        if (parses.seen() > 0) {
            sb.append(String.format("dependency parses: %d of %d sentences (%.1f%%)%n", parses.parsed(),
                    parses.seen(), 100.0 * parses.parsed() / parses.seen()));
        }
        return sb.toString();
    }
}
