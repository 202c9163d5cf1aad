package org.claimgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityFloorTest {

    @TempDir
    Path dir;

    private static Scores scores(long contentMatched) {
        Scores.Prf half = new Scores.Prf(50, 100, 100);
        Scores.Prf content = new Scores.Prf(contentMatched, 100, 100);
        return new Scores(Map.of(Role.CUE, half, Role.SOURCE, half, Role.CONTENT, half),
                Map.of(Role.CUE, half, Role.SOURCE, half, Role.CONTENT, content), new Scores.Share(1, 2), 100, 100);
    }

    private Path recorded() throws IOException {
        Path f = dir.resolve("floor.properties");
        Files.writeString(f, "content.overlap.f1=0.60\nsource.overlap.f1=0.50\ncue.exact.f1=0.50\n"
                + "speaker.accuracy=0.50\n");
        return f;
    }

    @Test
    void aFigureWithinTheToleranceHolds() throws IOException {
        assertEquals(List.of(), QualityFloor.regressions(scores(59), recorded(), 0.01));
    }

    @Test
    void aFigureMoreThanTheToleranceBelowFails() throws IOException {
        List<String> fallen = QualityFloor.regressions(scores(55), recorded(), 0.01);
        assertEquals(1, fallen.size());
        assertTrue(fallen.get(0).startsWith("content.overlap.f1 0.5500"), fallen.get(0));
    }
}
