package org.claimgraph.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClaimWordingTest {

    @Test
    void dropsQuotesLeadingThatAndClosingPunctuation() {
        assertEquals("The plan will fail", ClaimWording.tidy("that “the plan will fail,” "));
    }

    @Test
    void capsLongLabelsAtAWord() {
        String label = ClaimWording.tidy("word ".repeat(100));
        assertTrue(label.length() <= 201 && label.endsWith("\u2026"), label);
    }

    @Test
    void negationFlipsAssertAndDenyButKeepsQuestion() {
        assertEquals(Stance.DENY, Stance.ASSERT.negated());
        assertEquals(Stance.ASSERT, Stance.DENY.negated());
        assertEquals(Stance.QUESTION, Stance.QUESTION.negated());
    }
}
