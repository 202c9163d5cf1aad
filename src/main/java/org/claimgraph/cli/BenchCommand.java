package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.annotate.NlpPipeline;
import org.claimgraph.bench.Baseline;
import org.claimgraph.bench.BenchResult;
import org.claimgraph.bench.Benchmark;
import org.claimgraph.read.Article;
import org.claimgraph.read.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimgraph bench}: speed and memory of the converter over a corpus, optionally against CoreNLP's own. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the converter's speed and memory over a corpus.",
                "Converts the corpus end to end (read, annotate, extract, map, validate) and prints articles/s,",
                "words/s, model loading time, the share of each stage and CoreNLP annotator, and peak heap.",
                "--baseline also runs CoreNLP's own quote attribution over the same articles and prints the speed ratio.",
                "Example: claimgraph bench ../shared/corpora/polnear-train/text --limit 100"})
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CORPUS_DIR", description = "A directory of articles.")
    Path corpus;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N articles (sorted).")
    Integer limit;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: every core).")
    Integer threads;

    @Option(names = "--baseline", description = "Also run CoreNLP's quote-attribution pipeline for comparison.")
    boolean baseline;

    @Override
    public Integer call() {
        List<Article> articles = read();
        int n = Threads.orDefault(threads);
        BenchResult ours = new Benchmark(NlpPipeline::shared, n).run(articles);
        System.out.println(ours.describe("claimgraph"));
        if (baseline) {
            BenchResult theirs = new Baseline(n).run(articles);
            System.out.println(theirs.describe("CoreNLP quote attribution (baseline)"));
            System.out.printf("Speed ratio: claimgraph runs %.1fx as many articles/s as the baseline%n",
                    ours.articlesPerSecond() / theirs.articlesPerSecond());
        }
        return ExitCodes.OK;
    }

    private List<Article> read() {
        List<Article> out = new ArrayList<>();
        int max = limit == null ? Integer.MAX_VALUE : limit;
        new ArticleReader().readAll(List.of(corpus), a -> {
            if (out.size() < max) {
                out.add(a);
            }
        }, p -> System.err.println("Error: " + p.line()));
        return out;
    }
}
