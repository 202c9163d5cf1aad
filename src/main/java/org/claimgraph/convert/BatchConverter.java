package org.claimgraph.convert;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.read.Article;
import org.claimgraph.read.ArticleReader;

/**
 * Converts a batch of inputs on several threads, handing results to a sink in input order; a bad article is
 * reported and the rest still go through.
 */
public final class BatchConverter {

    private final Converter converter;
    private final int threads;

    /** A batch converter over a converter, using the given number of worker threads. */
    public BatchConverter(Converter converter, int threads) {
        this.converter = converter;
        this.threads = Math.max(1, threads);
    }

    /** Reads, converts and validates every article under the inputs; the sink sees each good one in order. */
    public BatchReport run(List<Path> inputs, Consumer<ConvertedArticle> sink) {
        BatchReport report = new BatchReport();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimgraph-convert");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> pending = new ArrayDeque<>();
        try {
            new ArticleReader().readAll(inputs, article -> {
                pending.add(new Pending(article, pool.submit(() -> converter.convert(article))));
                // Keep a bounded window in flight: enough to fill the threads, never the whole corpus in memory.
                while (pending.size() > threads * 2) {
                    drain(pending.poll(), sink, report);
                }
            }, problem -> report.badInput(problem.line()));
            while (!pending.isEmpty()) {
                drain(pending.poll(), sink, report);
            }
        } finally {
            pool.shutdownNow();
        }
        return report;
    }

    private static void drain(Pending p, Consumer<ConvertedArticle> sink, BatchReport report) {
        try {
            ConvertedArticle done = p.future().get();
            try {
                sink.accept(done);
                report.converted(done);
            } catch (RuntimeException e) {
                // Storing or writing this article failed; the batch goes on with the next.
                report.failed(p.article().source(), e);
            }
        } catch (ExecutionException e) {
            report.failed(p.article().source(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClaimgraphException("interrupted while converting " + p.article().source(), e);
        }
    }

    private record Pending(Article article, Future<ConvertedArticle> future) {
    }
}
