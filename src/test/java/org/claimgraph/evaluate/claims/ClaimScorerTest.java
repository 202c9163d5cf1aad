package org.claimgraph.evaluate.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.evaluate.Scores.Prf;
import org.claimgraph.evaluate.Scores.Share;
import org.claimgraph.evaluate.claims.Finding.Cause;
import org.junit.jupiter.api.Test;

/** The scorer on tiny hand-built inputs: matching, stance accuracy and "same claim" pairs counted by hand. */
class ClaimScorerTest {

    private static final double EPS = 1e-9;

    private int line = 1;

    private ExpectedStatement row(String article, String speaker, String cue, String anchor, String stance,
                                  String claim) {
        return new ExpectedStatement(++line, article, List.of(speaker), cue, anchor, stance, claim);
    }

    private static PredictedStatement predicted(String article, String speaker, String cue, String content,
                                                String stance, String claim) {
        return new PredictedStatement("urn:s:" + article + ":" + content.hashCode() + ":" + cue, article, speaker,
                cue, List.of(content), stance, claim);
    }

    /**
     * Article A: rows 1 and 2 about claim x, row 3 about y; article B: row 4 about x. The prediction puts rows 1-3
     * in one claim (so row 3 is wrongly merged) and row 4 in a claim of its own.
     */
    private List<ExpectedStatement> expected() {
        return List.of(row("A", "Jane Doe", "denied", "the mine will close", "Deny", "x"),
                row("A", "John Roe", "said", "mine is to close", "Assert", "x"),
                row("A", "John Roe", "said", "wages will rise", "Assert", "y"),
                row("B", "Ann Poe", "confirmed", "closing the mine", "Assert", "x"));
    }

    private static List<PredictedStatement> predictions() {
        return List.of(predicted("A", "Jane Doe", "denied", "that the mine will close", "Deny", "urn:c:A1"),
                predicted("A", "John Roe", "said", "the mine is to close next year", "Assert", "urn:c:A1"),
                predicted("A", "John Roe", "said", "wages will rise", "Deny", "urn:c:A1"),
                predicted("B", "Ann Poe", "confirmed", "it is closing the mine", "Assert", "urn:c:B1"));
    }

    @Test
    void pairsAreCountedWithinAndAcrossArticles() {
        ClaimScores s = ClaimScorer.score("t", expected(), predictions(), new ClaimIdentity()).scores();
        // Within A: (1,2) same in both; (1,3) and (2,3) predicted same, expected different.
        assertEquals(new Prf(1, 3, 1), s.within());
        assertEquals(1.0 / 3, s.within().precision(), EPS);
        // Across: (1,4) and (2,4) expected same, predicted different claims.
        assertEquals(new Prf(0, 0, 2), s.across());
        assertEquals(new Share(4, 4), s.found());
        assertEquals(new Share(3, 4), s.stance(), "row 3 is Assert, predicted Deny");
    }

    @Test
    void sameAsLinksJoinClaimsAcrossArticles() {
        ClaimIdentity identity = new ClaimIdentity();
        identity.join("urn:c:B1", "urn:c:mid");
        identity.join("urn:c:mid", "urn:c:A1");
        ClaimScores s = ClaimScorer.score("t", expected(), predictions(), identity).scores();
        // Across now: (1,4) and (2,4) right, (3,4) a false merge.
        assertEquals(new Prf(2, 3, 2), s.across());
        assertEquals(1.0, s.across().recall(), EPS);
    }

    @Test
    void aRowWhoseAnchorNoContentHoldsIsNotFoundAndLeftOutOfPairs() {
        List<ExpectedStatement> rows = new ArrayList<>(expected());
        rows.add(row("B", "Ann Poe", "said", "the union agreed", "Assert", "x"));
        ClaimSetResult result = ClaimScorer.score("t", rows, predictions(), new ClaimIdentity());
        assertEquals(new Share(4, 5), result.scores().found());
        assertEquals(new Prf(0, 0, 2), result.scores().across(), "the unfound row adds no pair");
        assertTrue(result.findings().stream().anyMatch(f -> f.cause() == Cause.NOT_FOUND
                && f.message().contains("the union agreed")), result.findings().toString());
    }

    @Test
    void thePredictionWithTheRowsCueIsPreferredAndEachPredictionServesOneRow() {
        List<ExpectedStatement> rows = List.of(row("A", "Jane Doe", "denied", "the mine will close", "Deny", "x"),
                row("A", "Bob Loe", "reported", "the mine will close", "Assert", "x"));
        List<PredictedStatement> got = List.of(
                predicted("A", "Jane Doe", "said", "Bob reported that the mine will close", "Assert", "urn:c:1"),
                predicted("A", "Jane Doe", "denied", "that the mine will close", "Deny", "urn:c:2"));
        ClaimSetResult result = ClaimScorer.score("t", rows, got, new ClaimIdentity());
        assertEquals(new Share(2, 2), result.scores().found());
        assertEquals(new Share(2, 2), result.scores().stance(), "the denial went to the row cued 'denied'");
        assertEquals(new Prf(0, 0, 1), result.scores().within());
        assertTrue(result.findings().stream().anyMatch(f -> f.cause() == Cause.SPLIT_CLAIM),
                result.findings().toString());
        assertTrue(result.findings().stream().anyMatch(f -> f.cause() == Cause.WRONG_SPEAKER), "Bob Loe's row");

        List<ExpectedStatement> twoForOne = List.of(rows.get(0), row("A", "Jane Doe", "denied", "mine will close",
                "Deny", "x"));
        ClaimSetResult one = ClaimScorer.score("t", twoForOne, got.subList(1, 2), new ClaimIdentity());
        assertEquals(new Share(1, 2), one.scores().found());
        assertTrue(one.findings().stream().anyMatch(f -> f.message().contains("went to other rows")),
                one.findings().toString());
    }

    @Test
    void predictionsNoRowMatchedAreCountedAsExtra() {
        List<PredictedStatement> more = new ArrayList<>(predictions());
        more.add(predicted("A", "Jane Doe", "added", "something else", "Assert", "urn:c:A9"));
        assertEquals(1, ClaimScorer.score("t", expected(), more, new ClaimIdentity()).scores().unexpected());
    }
}
