package org.claimgraph.bench;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.annotate.NlpPipeline;
import org.claimgraph.read.Article;

/** CoreNLP's own quote attribution (with statistical coreference), timed over the same articles. */
public final class Baseline {
    private final int threads;

    /** The baseline on the given number of threads. */
    public Baseline(int threads) {
        this.threads = threads;
    }

    /** CoreNLP's documented quote-attribution pipeline. */
    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("coref.algorithm", "statistical");
        return p;
    }

    /** Loads the baseline's models; they need about twice the heap claimgraph's own pipeline needs. */
    private static NlpPipeline load() {
        try {
            return NlpPipeline.withProperties(properties());
        } catch (OutOfMemoryError e) {
            // Thrown while reading model files: what was read is garbage now, so the JVM can go on and say so.
            throw new ClaimgraphException(String.format("CoreNLP's baseline models (three NER models, statistical "
                    + "coreference) do not fit in %d MB of heap beside claimgraph's; run the baseline with "
                    + "CLAIMGRAPH_HEAP=4g", Runtime.getRuntime().maxMemory() / 1_000_000), e);
        }
    }

    /** Annotates every article with the baseline pipeline and reports the figures. */
    public BenchResult run(List<Article> articles) {
        HeapWatcher.reset();
        long t0 = System.nanoTime();
        NlpPipeline pipeline = load();
        double load = (System.nanoTime() - t0) / 1e9;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        double cpu0 = CpuClock.seconds();
        long t1 = System.nanoTime();
        try {
            List<Future<edu.stanford.nlp.pipeline.Annotation>> done =
                    articles.stream().map(a -> pool.submit(() -> pipeline.annotate(a))).toList();
            for (Future<edu.stanford.nlp.pipeline.Annotation> f : done) {
                f.get();
            }
        } catch (Exception e) {
            throw new ClaimgraphException("baseline failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        double run = (System.nanoTime() - t1) / 1e9;
        double cpu = cpu0 < 0 ? -1 : CpuClock.seconds() - cpu0;
        return new BenchResult(articles.size(), Benchmark.words(articles), load, run, Map.of(),
                pipeline.annotatorSeconds(), HeapWatcher.peak(), threads, pipeline.parseCounts(), cpu);
    }
}
