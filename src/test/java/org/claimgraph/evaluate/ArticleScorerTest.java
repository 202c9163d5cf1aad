package org.claimgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleScorerTest {

    private static final double EPS = 1e-9;
    private static final String TEXT = "Ann said the plan works. Bob said it fails. Cy thinks rain is coming.";
    private static final CodePoints CP = new CodePoints(TEXT);

    /** The n-th occurrence of a phrase (0-based) as a span set; the text is all in the BMP. */
    static SpanSet at(String phrase, int nth) {
        int i = -1;
        for (int k = 0; k <= nth; k++) {
            i = TEXT.indexOf(phrase, i + 1);
        }
        return SpanSet.of(i, i + phrase.length());
    }

    static SpanSet at(String phrase) {
        return at(phrase, 0);
    }

    static GoldAttribution gold(SpanSet source, SpanSet cue, SpanSet content) {
        return new GoldAttribution("E", source, cue, content);
    }

    private static final GoldAttribution ANN = gold(at("Ann"), at("said"), at("the plan works"));
    private static final GoldAttribution BOB = gold(at("Bob"), at("said", 1), at("it fails"));

    @Test
    void identicalPredictionsScoreOneEverywhere() {
        List<PredictedAttribution> predicted = List.of(
                new PredictedAttribution(at("Ann"), at("said"), at("the plan works")),
                new PredictedAttribution(at("Bob"), at("said", 1), at("it fails")));
        Scores s = ArticleScorer.score(CP, List.of(ANN, BOB), predicted);
        for (Role role : Role.values()) {
            assertEquals(1.0, s.exact().get(role).f1(), EPS, role + " exact");
            assertEquals(1.0, s.overlap().get(role).f1(), EPS, role + " overlap");
        }
        assertEquals(new Scores.Share(2, 2), s.speaker());
        assertEquals(2, s.gold());
        assertEquals(2, s.predicted());
    }

    @Test
    void partialContentEarnsOverlapButNoExactMatch() {
        // "the plan" against "the plan works": 2 of 3 gold tokens, all predicted tokens right.
        List<PredictedAttribution> predicted =
                List.of(new PredictedAttribution(at("Ann"), at(" said "), at("the plan")));
        Scores s = ArticleScorer.score(CP, List.of(ANN), predicted);
        assertEquals(new Scores.Prf(0, 1, 1), s.exact().get(Role.CONTENT));
        assertEquals(new Scores.Prf(2, 2, 3), s.overlap().get(Role.CONTENT));
        assertEquals(0.8, s.overlap().get(Role.CONTENT).f1(), EPS);
        assertEquals(new Scores.Prf(1, 1, 1), s.exact().get(Role.CUE), "whitespace is trimmed before comparing");
    }

    @Test
    void unalignedPredictionsAndMissedGoldCountAsZero() {
        List<PredictedAttribution> predicted = List.of(
                new PredictedAttribution(at("Ann"), at("said"), at("the plan works")),
                new PredictedAttribution(at("Cy"), at("thinks"), at("rain is coming")));
        Scores s = ArticleScorer.score(CP, List.of(ANN, BOB), predicted);
        // Content tokens: predicted 3 + 3, gold 3 + 2, shared 3 (Ann's pair only).
        assertEquals(new Scores.Prf(3, 6, 5), s.overlap().get(Role.CONTENT));
        assertEquals(new Scores.Prf(1, 2, 2), s.exact().get(Role.SOURCE));
        assertEquals(new Scores.Share(1, 2), s.speaker());
    }

    @Test
    void emptyArticlesAndMissingPredictionsDoNotDivideByZero() {
        Scores none = ArticleScorer.score(CP, List.of(), List.of());
        assertEquals(1.0, none.overlap().get(Role.CONTENT).f1(), EPS);
        assertEquals(1.0, none.speaker().value(), EPS);
        Scores missed = ArticleScorer.score(CP, List.of(ANN), List.of());
        assertEquals(0.0, missed.overlap().get(Role.CONTENT).f1(), EPS);
        assertEquals(0.0, missed.exact().get(Role.CUE).precision(), EPS);
        assertEquals(new Scores.Share(0, 1), missed.speaker());
        Scores invented = ArticleScorer.score(CP, List.of(),
                List.of(new PredictedAttribution(SpanSet.EMPTY, at("thinks"), at("rain is coming"))));
        assertEquals(new Scores.Prf(0, 3, 0), invented.overlap().get(Role.CONTENT));
        assertEquals(Scores.Share.ZERO, invented.speaker());
    }

    @Test
    void speakerNeedsAnOverlappingSourceOnTheBestContentMatch() {
        GoldAttribution noSource = gold(SpanSet.EMPTY, at("thinks"), at("rain is coming"));
        List<PredictedAttribution> predicted = List.of(
                new PredictedAttribution(at("Ann said"), at("said"), at("the plan works")),
                new PredictedAttribution(at("Ann"), at("said", 1), at("it fails")));
        Scores s = ArticleScorer.score(CP, List.of(ANN, BOB, noSource), predicted);
        // Ann: best match has "Ann said", overlapping "Ann"; Bob: best match names Ann; no-source gold is not counted.
        assertEquals(new Scores.Share(1, 2), s.speaker());
        assertEquals(new Scores.Prf(1, 2, 2), s.exact().get(Role.SOURCE));
    }

    @Test
    void exactMatchesCountSharedSpansAsAMultiset() {
        // One source saying two things: the gold names the same span twice.
        GoldAttribution first = gold(at("Ann"), at("said"), at("the plan"));
        GoldAttribution second = gold(at("Ann"), at("said"), at("works"));
        PredictedAttribution once = new PredictedAttribution(at("Ann"), at("said"), at("the plan works"));
        assertEquals(new Scores.Prf(1, 1, 2),
                ArticleScorer.score(CP, List.of(first, second), List.of(once)).exact().get(Role.SOURCE));
        assertEquals(new Scores.Prf(2, 3, 2),
                ArticleScorer.score(CP, List.of(first, second), List.of(once, once, once)).exact().get(Role.SOURCE));
    }
}
