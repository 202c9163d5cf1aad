package org.claimgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTableTest {

    private static EvaluationReport report() {
        Scores.Prf half = new Scores.Prf(1, 2, 2);
        Scores.Prf full = new Scores.Prf(2, 2, 2);
        Scores s = new Scores(Map.of(Role.CUE, full, Role.SOURCE, half, Role.CONTENT, half),
                Map.of(Role.CUE, full, Role.SOURCE, full, Role.CONTENT, new Scores.Prf(6, 8, 12)),
                new Scores.Share(1, 2), 2, 2);
        return new EvaluationReport(List.of(new EvaluationReport.ArticleResult("one-article", s)),
                List.of(new EvaluationReport.Problem("other", "no gold file in g", false)), Duration.ofMillis(1500),
                2);
    }

    @Test
    void tableHasOneRowPerRoleSpeakerAccuracyAndCounts() {
        String table = ReportTable.format(report(), false);
        assertTrue(table.contains("content     0.500   0.500   0.500       0.750     0.500      0.600"), table);
        assertTrue(table.contains("speaker accuracy  0.500  (1 of 2"), table);
        assertTrue(table.contains("articles 1, 1 skipped, gold attributions 2, predicted attributions 2"), table);
        assertTrue(table.contains("time 1.5 s on 2 threads"), table);
        assertFalse(table.contains("one-article"), table);
        assertTrue(ReportTable.format(report(), true).contains("one-article"));
    }

    @Test
    void jsonCarriesFiguresAndCounts(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("scores.json");
        ReportJson.write(file, report(), false);
        JsonObject json = JSON.parse(Files.readString(file));
        JsonObject overlap = json.get("content").getAsObject().get("overlap").getAsObject();
        assertEquals(0.6, overlap.get("f1").getAsNumber().value().doubleValue(), 1e-9);
        assertEquals(12, overlap.get("gold").getAsNumber().value().intValue());
        assertEquals(0.5, json.get("speaker").getAsObject().get("accuracy").getAsNumber().value().doubleValue(), 1e-9);
        assertFalse(json.hasKey("perArticle"));
    }
}
