package org.claimgraph.evaluate;

import java.time.Duration;
import java.util.List;

/**
 * What an evaluation found: scores per article and over the corpus, articles that could not be scored, and time.
 *
 * @param articles the articles scored, in sorted order
 * @param problems articles skipped, one line each
 * @param elapsed  wall time of the run, model loading excluded
 * @param threads  worker threads used
 */
public record EvaluationReport(List<ArticleResult> articles, List<Problem> problems, Duration elapsed, int threads) {

    /**
     * One article's scores.
     *
     * @param name   the article's file name without {@code .txt}
     * @param scores its counts
     */
    public record ArticleResult(String name, Scores scores) {
    }

    /**
     * An article that could not be scored.
     *
     * @param article  the article's name
     * @param message  what went wrong, one line
     * @param internal true for a failure of the extractor rather than of the input
     */
    public record Problem(String article, String message, boolean internal) {

        @Override
        public String toString() {
            return article + ": " + message;
        }
    }

    public EvaluationReport {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** The counts summed over all articles scored. */
    public Scores total() {
        return articles.stream().map(ArticleResult::scores).reduce(Scores.zero(), Scores::plus);
    }
}
