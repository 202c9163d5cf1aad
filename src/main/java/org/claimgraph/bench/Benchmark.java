package org.claimgraph.bench;

import java.util.List;
import java.util.Map;
import org.claimgraph.annotate.NlpPipeline;
import org.claimgraph.convert.BatchConverter;
import org.claimgraph.convert.Converter;
import org.claimgraph.extract.CueLexicon;
import org.claimgraph.read.Article;

/** Runs the whole converter over articles already read and measures speed, stage costs and heap. */
public final class Benchmark {
    private final java.util.function.Supplier<NlpPipeline> pipelines;
    private final int threads;

    /** A benchmark of the converter over the pipeline the supplier builds (and times), on the given threads. */
    public Benchmark(java.util.function.Supplier<NlpPipeline> pipelines, int threads) {
        this.pipelines = pipelines;
        this.threads = threads;
    }

    /** Converts every article once and reports the figures; the first article's load time counts as loading. */
    public BenchResult run(List<Article> articles) {
        HeapWatcher.reset();
        long t0 = System.nanoTime();
        NlpPipeline pipeline = pipelines.get();
        Converter converter = new Converter(pipeline, CueLexicon.standard());
        if (!articles.isEmpty()) {
            converter.convert(Article.ofText("warm-up", "The minister said that the plan would work."));
        }
        double load = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> annotatorsBefore = pipeline.annotatorSeconds();
        NlpPipeline.ParseCounts parsesBefore = pipeline.parseCounts();
        Converter measured = new Converter(pipeline, CueLexicon.standard());
        double cpu0 = CpuClock.seconds();
        long t1 = System.nanoTime();
        new BatchConverter(measured, threads).runArticles(articles, a -> { });
        double run = (System.nanoTime() - t1) / 1e9;
        double cpu = cpu0 < 0 ? -1 : CpuClock.seconds() - cpu0;
        NlpPipeline.ParseCounts parses = pipeline.parseCounts();
        return new BenchResult(articles.size(), words(articles), load, run, measured.times().seconds(),
                minus(pipeline.annotatorSeconds(), annotatorsBefore), HeapWatcher.peak(), threads,
                new NlpPipeline.ParseCounts(parses.parsed() - parsesBefore.parsed(),
                        parses.seen() - parsesBefore.seen()), cpu);
    }

    static long words(List<Article> articles) {
        long n = 0;
        for (Article a : articles) {
            n += a.text().split("\\s+").length;
        }
        return n;
    }

    static Map<String, Double> minus(Map<String, Double> after, Map<String, Double> before) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        after.forEach((k, v) -> out.put(k, v - before.getOrDefault(k, 0.0)));
        return out;
    }
}
