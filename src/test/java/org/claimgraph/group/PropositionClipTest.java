package org.claimgraph.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimgraph.extract.CharSpan;
import org.junit.jupiter.api.Test;

class PropositionClipTest {

    @Test
    void aPieceCutBeforeAReopenedQuoteLeavesItsOpenerToTheNext() {
        String text = "\"The pier will reopen. \"We owe the town that much.\"";
        int cut = text.indexOf("We owe");
        List<CharSpan> first = PropositionSplitter.clip(text, List.of(new CharSpan(0, text.length())), 0, cut);
        assertEquals("\"The pier will reopen.", first.get(0).of(text));
    }

    @Test
    void aClosingMarkAtTheCutStays() {
        String text = "\"The pier will reopen.\" We owe the town that much.";
        int cut = text.indexOf("We owe");
        List<CharSpan> first = PropositionSplitter.clip(text, List.of(new CharSpan(0, text.length())), 0, cut);
        assertEquals("\"The pier will reopen.\"", first.get(0).of(text));
    }
}
