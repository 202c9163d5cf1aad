package org.claimgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.QuoteKind;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

    private static final Path CORPUS = Path.of("src/test/resources/evaluate/corpus");
    private static final Path TEXT = CORPUS.resolve("text");
    private static final Path GOLD = CORPUS.resolve("gold");

    /** An extractor that returns the gold itself, converted to UTF-16 as the real one reports spans. */
    private static List<Attribution> goldAsPredictions(Article article) {
        String name = Path.of(article.source()).getFileName().toString().replace(".txt", "");
        Corpus.Entry entry = Corpus.list(TEXT, GOLD, 0).stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow();
        CodePoints cp = new CodePoints(article.text());
        List<Attribution> out = new ArrayList<>();
        for (GoldAttribution g : BratDocument.read(entry.gold().orElseThrow()).attributions()) {
            Optional<Mention> source = g.source().isEmpty() ? Optional.empty()
                    : Optional.of(new Mention(utf16(g.source(), cp).get(0), 0, 1));
            out.add(new Attribution(source, utf16(g.cue(), cp).get(0), "say", utf16(g.content(), cp),
                    QuoteKind.INDIRECT, 0));
        }
        return out;
    }

    private static List<CharSpan> utf16(SpanSet spans, CodePoints cp) {
        return spans.ranges().stream().map(r -> new CharSpan(cp.charIndex(r.begin()), cp.charIndex(r.end()))).toList();
    }

    @Test
    void goldAgainstItselfScoresOneAndUsesTheFirstAnnotatorFile() {
        EvaluationReport report = new Evaluation(EvaluationTest::goldAsPredictions, 2).run(TEXT, GOLD, 0, null);
        assertEquals(List.of(), report.problems());
        Scores total = report.total();
        assertEquals(6, total.gold(), "three from bridge-vote_b7, three from harbour-fees_a1 (not _b2)");
        for (Role role : Role.values()) {
            assertEquals(1.0, total.exact().get(role).f1(), 1e-9, role + " exact");
            assertEquals(1.0, total.overlap().get(role).f1(), 1e-9, role + " overlap");
        }
        assertEquals(new Scores.Share(6, 6), total.speaker());
    }

    @Test
    void limitEvaluatesTheFirstArticlesOnly() {
        EvaluationReport report = new Evaluation(EvaluationTest::goldAsPredictions, 1).run(TEXT, GOLD, 1, null);
        assertEquals(List.of("bridge-vote"), report.articles().stream().map(EvaluationReport.ArticleResult::name)
                .toList());
    }

    @Test
    void articlesWithoutGoldOrWithBadGoldAreReportedAndSkipped(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("gold"));
        Files.writeString(dir.resolve("text/alone.txt"), "Nobody annotated this.");
        Files.writeString(dir.resolve("text/short.txt"), "Ann said so.");
        Files.writeString(dir.resolve("gold/short_x.ann"), "T1\tCue 4 8\tsaid\nT2\tContent 9 99\tso\n"
                + "T3\tAttribution 4 8\tsaid\nE1\tAttribution:T3 Cue:T1 Content:T2\n");
        Function<Article, List<Attribution>> none = a -> List.of();
        EvaluationReport report = new Evaluation(none, 1).run(dir.resolve("text"), dir.resolve("gold"), 0, null);
        assertEquals(2, report.problems().size(), report.problems().toString());
        assertTrue(report.problems().get(0).message().contains("no gold file"));
        assertTrue(report.problems().get(1).message().contains("past the end"), report.problems().get(1).message());
        assertFalse(report.problems().get(1).internal());
        assertEquals(List.of(), report.articles());
    }

    @Test
    void realExtractorOnHandAnnotatedArticles(@TempDir Path out) {
        EvaluationReport report = Evaluation.standard(2).run(TEXT, GOLD, 0, out);
        assertEquals(List.of(), report.problems());
        Scores total = report.total();
        assertEquals(6, total.gold());
        assertTrue(total.predicted() > 0);
        // Loose floors: the articles are plain reported speech, and tokens would not match at all if code point
        // offsets were off after the emoji in bridge-vote.
        Scores bridge = report.articles().get(0).scores();
        assertTrue(bridge.overlap().get(Role.CONTENT).f1() > 0.6, "bridge content " + bridge.overlap());
        assertTrue(total.overlap().get(Role.CONTENT).f1() > 0.6, "content " + total.overlap());
        assertTrue(total.speaker().value() > 0.5, "speaker " + total.speaker());
        assertTrue(total.exact().get(Role.CUE).f1() > 0.5, "cue " + total.exact());

        for (String name : List.of("bridge-vote", "harbour-fees")) {
            Path ann = out.resolve(name + ".ann");
            assertTrue(Files.exists(ann), ann.toString());
        }
        int written = BratDocument.read(out.resolve("bridge-vote.ann")).attributions().size();
        assertEquals(bridge.predicted(), written);

        String table = ReportTable.format(report, true);
        assertTrue(table.contains("harbour-fees"), table);
        assertTrue(table.contains("speaker accuracy"), table);
        JsonObject json = ReportJson.toJson(report, true);
        assertEquals(6, json.get("goldAttributions").getAsNumber().value().intValue());
        assertEquals(2, json.get("perArticle").getAsArray().size());
        assertTrue(JSON.parse(json.toString()).hasKey("content"));
    }
}
