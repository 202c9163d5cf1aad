package org.claimgraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.read.ArticleReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file tests: each folder under {@code src/test/resources/golden} holds an article we wrote and the
 * statements it must yield ({@code expected.tsv}), compared as row sets. Run with {@code -Dgolden.update=true}
 * to rewrite the expectations after a deliberate change, then review the diff.
 */
class GoldenArticlesTest {

    private static final Path ROOT = Path.of("src/test/resources/golden");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void articleYieldsExpectedStatements(Path dir) throws IOException {
        ConvertedArticle converted = SharedConverter.get()
                .convert(new ArticleReader().read(dir.resolve("article.txt")).get(0));
        List<String> actual = StatementRows.of(converted.graph());
        Path expectedFile = dir.resolve("expected.tsv");
        if (Boolean.getBoolean("golden.update")) {
            List<String> lines = new ArrayList<>(List.of(StatementRows.HEADER));
            lines.addAll(actual);
            Files.write(expectedFile, lines);
        }
        List<String> expected = Files.readAllLines(expectedFile).stream().skip(1).filter(l -> !l.isBlank())
                .sorted().toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual),
                () -> "statements of " + dir + "\n--- expected\n" + String.join("\n", expected)
                        + "\n--- actual\n" + String.join("\n", actual));
    }
}
