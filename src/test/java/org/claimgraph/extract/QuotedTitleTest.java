package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Quoted titles against quoted words. */
class QuotedTitleTest {

    @Test
    void titleCaseIsATitle() {
        assertTrue(QuotedTitle.isTitle("“Quiet Rivers and Loud Towns,”"));
        assertTrue(QuotedTitle.isTitle("''Notes from Underground''"));
        assertTrue(QuotedTitle.isTitle("“Morning Table”"));
        assertTrue(QuotedTitle.isTitle("“The Pit”"));
    }

    @Test
    void sentenceCaseIsQuotedWords() {
        assertFalse(QuotedTitle.isTitle("“We will win this vote,”"));
        assertFalse(QuotedTitle.isTitle("''a disgrace''"));
        assertFalse(QuotedTitle.isTitle("“No way,”"));
        assertFalse(QuotedTitle.isTitle("“Not at all”"));
    }
}
