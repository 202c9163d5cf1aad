package org.claimgraph.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.annotate.NlpPipeline;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.AttributionExtractor;
import org.claimgraph.read.Article;
import org.claimgraph.read.ArticleReader;

/** Runs an attribution extractor over a corpus of texts with brat gold and scores it. */
public final class Evaluation {

    private final Function<Article, List<Attribution>> extractor;
    private final int threads;

    /** An evaluation of the given extractor on the given number of worker threads. */
    public Evaluation(Function<Article, List<Attribution>> extractor, int threads) {
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
    }

    /** An evaluation of the project's extractor over the shared CoreNLP pipeline, which this loads now. */
    public static Evaluation standard(int threads) {
        NlpPipeline nlp = NlpPipeline.shared();
        AttributionExtractor attributions = new AttributionExtractor();
        return new Evaluation(a -> attributions.extract(new ParsedArticle(a, nlp.annotate(a))), threads);
    }

    /**
     * Scores the first {@code limit} articles of the corpus (all when 0), writing predictions as brat into
     * {@code outDir} when it is not null.
     */
    public EvaluationReport run(Path textDir, Path goldDir, int limit, Path outDir) {
        long started = System.nanoTime();
        createDirectories(outDir);
        List<EvaluationReport.ArticleResult> results = new ArrayList<>();
        List<EvaluationReport.Problem> problems = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimgraph-evaluate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Pending> pending = new ArrayList<>();
            for (Corpus.Entry entry : Corpus.list(textDir, goldDir, limit)) {
                if (entry.gold().isEmpty()) {
                    problems.add(new EvaluationReport.Problem(entry.name(), "no gold file in " + goldDir, false));
                } else {
                    pending.add(new Pending(entry, pool.submit(() -> evaluate(entry, outDir))));
                }
            }
            for (Pending p : pending) {
                collect(p, results, problems);
            }
        } finally {
            pool.shutdownNow();
        }
        return new EvaluationReport(results, problems, Duration.ofNanos(System.nanoTime() - started), threads);
    }

    /** Scores one article: reads text and gold, extracts, and writes the predictions if asked. */
    EvaluationReport.ArticleResult evaluate(Corpus.Entry entry, Path outDir) {
        Article article = new ArticleReader().read(entry.text()).get(0);
        CodePoints text = new CodePoints(article.text());
        Path goldFile = entry.gold().orElseThrow();
        List<GoldAttribution> gold = BratDocument.read(goldFile).attributions();
        requireWithin(gold, text, goldFile, entry.text());
        List<PredictedAttribution> predicted = extractor.apply(article).stream()
                .map(a -> PredictedAttribution.of(a, text))
                .toList();
        if (outDir != null) {
            BratWriter.write(outDir.resolve(entry.name() + ".ann"), predicted, text);
        }
        return new EvaluationReport.ArticleResult(entry.name(), ArticleScorer.score(text, gold, predicted));
    }

    // Gold made for another version of the text would be scored silently wrong, so it is refused.
    private static void requireWithin(List<GoldAttribution> gold, CodePoints text, Path goldFile, Path textFile) {
        for (GoldAttribution g : gold) {
            for (Role role : Role.values()) {
                if (g.spans(role).end() > text.length()) {
                    throw new ClaimgraphException.BadInput(goldFile + ": " + g.id() + " reaches offset "
                            + g.spans(role).end() + ", past the end of " + textFile + " (" + text.length()
                            + " code points)");
                }
            }
        }
    }

    private static void collect(Pending p, List<EvaluationReport.ArticleResult> results,
                                List<EvaluationReport.Problem> problems) {
        try {
            results.add(p.future().get());
        } catch (ExecutionException e) {
            // One bad article is reported and the rest still count, as in batch conversion.
            Throwable cause = e.getCause();
            boolean internal = !(cause instanceof ClaimgraphException);
            String message = internal ? "internal error: " + cause : cause.getMessage();
            problems.add(new EvaluationReport.Problem(p.entry().name(), message, internal));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClaimgraphException("interrupted while evaluating " + p.entry().name(), e);
        }
    }

    private static void createDirectories(Path outDir) {
        if (outDir == null) {
            return;
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new ClaimgraphException("cannot create output directory " + outDir + ": " + e.getMessage(), e);
        }
    }

    private record Pending(Corpus.Entry entry, Future<EvaluationReport.ArticleResult> future) {
    }
}
