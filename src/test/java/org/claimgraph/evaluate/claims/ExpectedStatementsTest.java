package org.claimgraph.evaluate.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.ClaimgraphException.BadInput;
import org.junit.jupiter.api.Test;

/** Reading expected.tsv: header, comments, alternatives for the speaker, and one-line errors naming the line. */
class ExpectedStatementsTest {

    private static final String HEADER = "article\tspeaker\tcue\tanchor\tstance\tclaim";

    @Test
    void readsRowsSkippingCommentsAndBlankLines() {
        List<ExpectedStatement> rows = ExpectedStatements.parse("x.tsv", List.of("# a note", HEADER, "",
                "a.txt\tThe Herald|Herald\treported\tplans to raise\tAssert\ttax", "# between",
                "a.txt\tJane Doe\tdenied\tno plan\tDeny\ttax"));
        assertEquals(2, rows.size());
        ExpectedStatement first = rows.get(0);
        assertEquals(4, first.line());
        assertEquals(List.of("The Herald", "Herald"), first.speakers());
        assertEquals("tax", first.claim());
        assertEquals(6, rows.get(1).line());
    }

    @Test
    void speakerNamesMatchIgnoringCaseAndALeadingThe() {
        ExpectedStatement row = ExpectedStatements.parse("x.tsv", List.of(HEADER,
                "a.txt\tSunday Herald|Herald\tsaid\tstory\tAssert\tc")).get(0);
        assertTrue(row.spokenBy("the herald"));
        assertTrue(row.spokenBy("Sunday  Herald"));
        assertFalse(row.spokenBy("Herald reporter"));
        assertTrue(row.cuedBy("has Said"));
        assertFalse(row.cuedBy("told"));
    }

    @Test
    void aBadStanceIsReportedWithItsLine() {
        BadInput e = assertThrows(BadInput.class, () -> ExpectedStatements.parse("x.tsv",
                List.of(HEADER, "a.txt\tJane Doe\tsaid\tsomething\tAgree\tc")));
        assertTrue(e.getMessage().startsWith("x.tsv:2: stance must be"), e.getMessage());
    }

    @Test
    void aShortRowAMissingHeaderAndAnEmptyCellAreErrors() {
        assertTrue(assertThrows(BadInput.class, () -> ExpectedStatements.parse("x.tsv",
                List.of(HEADER, "a.txt\tJane Doe\tsaid"))).getMessage().contains("x.tsv:2: expected 6"));
        assertTrue(assertThrows(BadInput.class, () -> ExpectedStatements.parse("x.tsv",
                List.of("a.txt\tJane Doe\tsaid\tsomething\tAssert\tc"))).getMessage().contains("x.tsv:1: the header"));
        assertTrue(assertThrows(BadInput.class, () -> ExpectedStatements.parse("x.tsv",
                List.of(HEADER, "a.txt\tJane Doe\t\tsomething\tAssert\tc"))).getMessage().contains("empty cue"));
    }
}
