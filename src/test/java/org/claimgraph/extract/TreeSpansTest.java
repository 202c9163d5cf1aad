package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TreeSpansTest {

    @Test
    void aLoneOpeningMarkIsDropped() {
        String text = "“thousands of servicemen being encircled";
        CharSpan balanced = TreeSpans.balanceQuotes(new CharSpan(0, text.length()), text);
        assertEquals("thousands of servicemen being encircled", balanced.of(text));
    }

    @Test
    void aLoneClosingMarkIsDropped() {
        String text = "the claims are false”";
        assertEquals("the claims are false", TreeSpans.balanceQuotes(new CharSpan(0, text.length()), text).of(text));
    }

    @Test
    void balancedMarksStay() {
        String text = "“We trust them.”";
        assertEquals(text, TreeSpans.balanceQuotes(new CharSpan(0, text.length()), text).of(text));
    }
}
