package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What one {@link ArticleReader#readAll} call delivered, in the order it was delivered. */
final class Reads {

    final List<Object> events = new ArrayList<>();
    final List<Article> articles = new ArrayList<>();
    final List<ReadProblem> problems = new ArrayList<>();

    /** Reads the inputs, checking that every problem is one line (no stack traces). */
    static Reads of(Path... inputs) {
        Reads reads = new Reads();
        new ArticleReader().readAll(Arrays.asList(inputs), article -> {
            reads.events.add(article);
            reads.articles.add(article);
        }, problem -> {
            reads.events.add(problem);
            reads.problems.add(problem);
            assertFalse(problem.line().contains("\n"), "problem is not one line: " + problem.line());
        });
        return reads;
    }

    /** Reads one input that must yield exactly one problem and no article, and returns that problem. */
    static ReadProblem onlyProblem(Path input) {
        Reads reads = of(input);
        assertEquals(List.of(), reads.articles, "articles");
        assertEquals(1, reads.problems.size(), () -> "problems: " + reads.problems);
        return reads.problems.get(0);
    }

    /** The source of each article and problem, in delivery order. */
    List<String> sources() {
        return events.stream()
                .map(e -> e instanceof Article a ? a.source() : ((ReadProblem) e).source() + " (problem)")
                .toList();
    }
}
