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
        try (Window window = new Window(sink)) {
            new ArticleReader().readAll(inputs, window::submit, problem -> window.report.badInput(problem.line()));
            return window.finish();
        }
    }

    /** Converts articles already read; the sink sees each good one in order. */
    public BatchReport runArticles(List<Article> articles, Consumer<ConvertedArticle> sink) {
        try (Window window = new Window(sink)) {
            articles.forEach(window::submit);
            return window.finish();
        }
    }

    /** The articles in flight: enough to keep every thread busy, never the whole corpus in memory. */
    private final class Window implements AutoCloseable {
        private final BatchReport report = new BatchReport();
        private final Deque<Pending> pending = new ArrayDeque<>();
        private final Consumer<ConvertedArticle> sink;
        private final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimgraph-convert");
            t.setDaemon(true);
            return t;
        });

        Window(Consumer<ConvertedArticle> sink) {
            this.sink = sink;
        }

        void submit(Article article) {
            pending.add(new Pending(article, pool.submit(() -> converter.convert(article))));
            while (pending.size() > threads * 2) {
                drain(pending.poll());
            }
        }

        BatchReport finish() {
            while (!pending.isEmpty()) {
                drain(pending.poll());
            }
            return report;
        }

        private void drain(Pending p) {
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

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    private record Pending(Article article, Future<ConvertedArticle> future) {
    }
}
