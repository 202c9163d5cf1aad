package org.claimgraph.evaluate;

import static org.claimgraph.evaluate.ArticleScorerTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AlignmentTest {

    private static final CodePoints CP =
            new CodePoints("Ann said the plan works. Bob said it fails. Cy thinks rain is coming.");

    private static TokenizedAttribution attr(SpanSet cue, SpanSet content) {
        return TokenizedAttribution.of(new PredictedAttribution(SpanSet.EMPTY, cue, content), CP);
    }

    @Test
    void largestOverlapIsPairedFirst() {
        List<TokenizedAttribution> gold = List.of(attr(at("said"), at("the plan")),
                attr(at("said"), at("the plan works. Bob said it")));
        // p0 shares 2 tokens with g0 and 3 with g1, but p1 shares 5 with g1: g1 goes to p1, and p0 gets g0.
        List<TokenizedAttribution> predicted = List.of(attr(at("said"), at("the plan works")),
                attr(at("said", 1), at("plan works. Bob said it fails")));
        assertEquals(List.of(new Alignment.Pair(0, 0), new Alignment.Pair(1, 1)), Alignment.align(predicted, gold));
    }

    @Test
    void anExactInnerMatchIsNotTakenByTheOuterAttributionThatContainsIt() {
        TokenizedAttribution outer = TokenizedAttribution.of(
                new PredictedAttribution(at("Ann"), at("said"), at("the plan works. Bob said it fails")), CP);
        TokenizedAttribution inner = TokenizedAttribution.of(
                new PredictedAttribution(at("Bob"), at("said", 1), at("it fails")), CP);
        // The prediction shares three content tokens with the outer report but its cue and source are the inner one's.
        TokenizedAttribution predicted = TokenizedAttribution.of(
                new PredictedAttribution(at("Bob"), at("said", 1), at("it fails. Cy")), CP);
        assertEquals(List.of(new Alignment.Pair(0, 1)), Alignment.align(List.of(predicted), List.of(outer, inner)));
    }

    @Test
    void aSharedSourceAloneDoesNotPair() {
        TokenizedAttribution gold = TokenizedAttribution.of(
                new PredictedAttribution(at("Bob"), at("said", 1), at("it fails")), CP);
        TokenizedAttribution predicted = TokenizedAttribution.of(
                new PredictedAttribution(at("Bob"), at("thinks"), at("rain is coming")), CP);
        assertEquals(List.of(), Alignment.align(List.of(predicted), List.of(gold)));
    }

    @Test
    void eachAttributionIsPairedAtMostOnce() {
        List<TokenizedAttribution> gold = List.of(attr(at("said"), at("the plan works")));
        List<TokenizedAttribution> predicted = List.of(attr(at("said"), at("the plan")),
                attr(at("said"), at("the plan works")));
        assertEquals(List.of(new Alignment.Pair(1, 0)), Alignment.align(predicted, gold));
    }

    @Test
    void leftoversWithoutSharedContentArePairedByCue() {
        List<TokenizedAttribution> gold = List.of(attr(at("thinks"), at("rain is coming")));
        List<TokenizedAttribution> predicted = List.of(attr(at("said"), at("it fails")),
                attr(at("thinks"), at("Cy")));
        assertEquals(List.of(new Alignment.Pair(1, 0)), Alignment.align(predicted, gold));
        assertEquals(List.of(), Alignment.align(List.of(attr(at("said"), at("it fails"))), gold));
    }

    @Test
    void bestContentMatchTakesTheFirstOnTiesAndNothingWithoutOverlap() {
        TokenizedAttribution g = attr(at("said"), at("the plan works"));
        List<TokenizedAttribution> predicted = List.of(attr(at("said"), at("it fails")),
                attr(at("said"), at("the plan")), attr(at("said"), at("plan works")));
        assertEquals(OptionalInt.of(1), Alignment.bestContentMatch(g, predicted));
        assertEquals(OptionalInt.empty(), Alignment.bestContentMatch(g, predicted.subList(0, 1)));
    }

    @Test
    void bestContentMatchPrefersTheTightestOfEqualOverlaps() {
        // Both contain "it fails"; the outer report also holds the plan, so the inner statement overlaps best.
        TokenizedAttribution g = attr(at("said", 1), at("it fails"));
        List<TokenizedAttribution> predicted = List.of(attr(at("said"), at("the plan works. Bob said it fails")),
                attr(at("said", 1), at("it fails")));
        assertEquals(OptionalInt.of(1), Alignment.bestContentMatch(g, predicted));
    }
}
