package org.claimgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.ClaimgraphException.BadInput;
import org.junit.jupiter.api.Test;

class BratDocumentTest {

    private static SpanSet span(int begin, int end) {
        return SpanSet.of(begin, end);
    }

    @Test
    void tiesRolesTogetherByEventLines() {
        String ann = "T1\tSource 0 3\tAnn\nT2\tCue 4 8\tsaid\nT3\tContent 9 20\tit was fine\n"
                + "T4\tAttribution 4 8\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
        List<GoldAttribution> gold = BratDocument.parse(ann, "x.ann").attributions();
        assertEquals(List.of(new GoldAttribution("E1", span(0, 3), span(4, 8), span(9, 20))), gold);
    }

    @Test
    void readsDiscontinuousSpansAsSeveralRanges() {
        String ann = "T1\tContent 10 20;25 30\tfirst part second\nT2\tCue 21 24\tsaid\n"
                + "T3\tAttribution 21 24\tsaid\nE1\tAttribution-no-source:T3 Cue:T2 Content:T1\n";
        GoldAttribution a = BratDocument.parse(ann, "x.ann").attributions().get(0);
        assertEquals(SpanSet.of(List.of(new SpanSet.Range(10, 20), new SpanSet.Range(25, 30))), a.content());
    }

    @Test
    void eventWithoutSourceHasAnEmptySource() {
        String ann = "T1\tCue 0 7\tclaimed\nT2\tContent 8 12\tthis\nT3\tAttribution-no-source 0 7\tclaimed\n"
                + "E1\tAttribution-no-source:T3 Cue:T1 Content:T2 \n";
        GoldAttribution a = BratDocument.parse(ann, "x.ann").attributions().get(0);
        assertTrue(a.source().isEmpty());
        assertEquals(span(0, 7), a.cue());
    }

    @Test
    void secondContentFragmentJoinsTheContent() {
        String ann = "T1\tContent 0 5\tfirst\nT2\tContent 20 26\tsecond\nT3\tCue 10 14\tsaid\n"
                + "T4\tAttribution 10 14\tsaid\nE1\tAttribution:T4 Cue:T3 Content:T1 Content2:T2\n";
        GoldAttribution a = BratDocument.parse(ann, "x.ann").attributions().get(0);
        assertEquals(SpanSet.of(List.of(new SpanSet.Range(0, 5), new SpanSet.Range(20, 26))), a.content());
    }

    @Test
    void onlyEventLinkedSpansCountAndStrayLinesAreSkipped() {
        // A T line whose text runs over a line break leaves a continuation line; notes and Discuss are not gold.
        String ann = "T1\tDiscuss 0 30\tsome talk\nabout things\n#1\tAnnotatorNotes T1\tunsure\n"
                + "T2\tDiscard 31 40\tnothing\nE1\tAttribution:T5 Cue:T4 Content:T3\n"
                + "T3\tContent 50 60\tthe content\nT4\tCue 45 49\tsaid\nT5\tAttribution 45 49\tsaid\n";
        BratDocument doc = BratDocument.parse(ann, "x.ann");
        assertEquals(5, doc.textBounds().size());
        assertEquals(List.of(new GoldAttribution("E1", SpanSet.EMPTY, span(45, 49), span(50, 60))),
                doc.attributions());
    }

    @Test
    void eventNamingAMissingSpanIsBadInputNamingTheLine() {
        String ann = "T1\tCue 0 4\tsaid\nE1\tAttribution:T1 Cue:T1 Content:T9\n";
        BadInput e = assertThrows(BadInput.class, () -> BratDocument.parse(ann, "gold/x.ann"));
        assertTrue(e.getMessage().contains("gold/x.ann:2"), e.getMessage());
        assertTrue(e.getMessage().contains("T9"), e.getMessage());
    }

    @Test
    void malformedOffsetsAreBadInput() {
        assertThrows(BadInput.class, () -> BratDocument.parse("T1\tCue four 8\tsaid\n", "x.ann"));
        assertThrows(BadInput.class, () -> BratDocument.parse("T1\tCue 8 4\tsaid\n", "x.ann"));
        assertThrows(BadInput.class, () -> BratDocument.parse("T1\tCue\n", "x.ann"));
    }

    @Test
    void readsAFixtureFileIgnoringDiscussSpans() {
        BratDocument doc = BratDocument.read(Path.of("src/test/resources/evaluate/corpus/gold/bridge-vote_b7.ann"));
        assertEquals(3, doc.attributions().size());
        assertEquals(span(196, 216), doc.attributions().get(2).source());
    }

    @Test
    void missingFileIsBadInputNamingIt() {
        BadInput e = assertThrows(BadInput.class, () -> BratDocument.read(Path.of("no/such.ann")));
        assertTrue(e.getMessage().contains("no/such.ann"), e.getMessage());
    }
}
