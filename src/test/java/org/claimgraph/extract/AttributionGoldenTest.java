package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.annotate.NlpPipeline;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.evaluate.BratWriter;
import org.claimgraph.evaluate.CodePoints;
import org.claimgraph.evaluate.PredictedAttribution;
import org.claimgraph.read.Article;
import org.claimgraph.read.ArticleReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden attribution tests: each folder under {@code src/test/resources/attribution} holds a short article we
 * wrote for one way news attributes (quote before the cue, "according to", a cue noun, …) and the source, cue
 * and content spans it must yield, as brat ({@code expected.ann}, code-point offsets). Run with
 * {@code -Dgolden.update=true} to rewrite them after a deliberate change, then review the diff.
 */
class AttributionGoldenTest {

    private static final Path ROOT = Path.of("src/test/resources/attribution");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void articleYieldsExpectedAttributions(Path dir) throws IOException {
        Article article = new ArticleReader().read(dir.resolve("article.txt")).get(0);
        ParsedArticle doc = new ParsedArticle(article, NlpPipeline.shared().annotate(article));
        CodePoints text = new CodePoints(article.text());
        List<PredictedAttribution> found = new AttributionExtractor().extract(doc).stream()
                .map(a -> PredictedAttribution.of(a, text)).toList();
        String actual = BratWriter.write(found, text);
        Path expectedFile = dir.resolve("expected.ann");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, actual);
        }
        String expected = Files.readString(expectedFile);
        assertEquals(expected, actual, () -> "attributions of " + dir + "\n--- expected\n" + expected
                + "--- actual\n" + actual);
    }
}
