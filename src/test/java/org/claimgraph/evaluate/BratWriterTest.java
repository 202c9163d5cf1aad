package org.claimgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratWriterTest {

    private static final String TEXT = "🌉 Ann said: \"the bridge\nis done\" and 𝐀 hoped it was true.";
    private static final CodePoints CP = new CodePoints(TEXT);

    private static SpanSet at(String phrase) {
        int i = CP.codePointOffset(TEXT.indexOf(phrase));
        return SpanSet.of(i, i + phrase.codePointCount(0, phrase.length()));
    }

    private static final List<PredictedAttribution> PREDICTED = List.of(
            new PredictedAttribution(at("Ann"), at("said"),
                    SpanSet.of(List.of(at("\"the bridge").ranges().get(0), at("is done\"").ranges().get(0)))),
            new PredictedAttribution(SpanSet.EMPTY, at("hoped"), at("it was true")));

    @Test
    void writesCodePointOffsetsAndTheCoveredText() {
        String ann = BratWriter.write(PREDICTED, CP);
        assertTrue(ann.contains("T1\tSource 2 5\tAnn\n"), ann);
        assertTrue(ann.contains("\tContent 12 23;24 32\t\"the bridge is done\"\n"), ann);
        assertTrue(ann.contains("\tAttribution-no-source:"), "no source, as PolNeAR marks it: " + ann);
        assertEquals(2, ann.lines().filter(l -> l.startsWith("E")).count());
        assertTrue(ann.lines().allMatch(l -> l.matches("[TE]\\d+\t.*")), "one annotation per line: " + ann);
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameAttributions(@TempDir Path dir) {
        Path file = dir.resolve("article.ann");
        BratWriter.write(file, PREDICTED, CP);
        List<GoldAttribution> back = BratDocument.read(file).attributions();
        assertEquals(PREDICTED.size(), back.size());
        for (int i = 0; i < back.size(); i++) {
            for (Role role : Role.values()) {
                assertEquals(PREDICTED.get(i).spans(role), back.get(i).spans(role), role + " of " + i);
            }
        }
        assertTrue(Files.exists(file));
    }

    @Test
    void nothingToWriteGivesAnEmptyFile() {
        assertEquals("", BratWriter.write(List.of(), CP));
    }
}
