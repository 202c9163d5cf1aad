package org.claimgraph.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The composition of cue, verdict, truth predicate, negation and distance, without parsing anything. */
class StanceCompositionTest {

    private static ContentReading content(boolean negated, Optional<Boolean> judgement, boolean distanced,
                                          boolean interrogative) {
        return new ContentReading(List.of(), List.of(), List.of(), negated, judgement, distanced, interrogative);
    }

    private static final ContentReading PLAIN = content(false, Optional.empty(), false, false);
    private static final ContentReading NEGATED = content(true, Optional.empty(), false, false);
    private static final ContentReading CALLED_FALSE = content(false, Optional.of(false), false, false);
    private static final ContentReading CALLED_TRUE = content(false, Optional.of(true), false, false);
    private static final ContentReading DISTANCED = content(false, Optional.empty(), true, false);
    private static final ContentReading ASKING = content(false, Optional.empty(), false, true);

    @Test
    void theCueDecidesAPlainContent() {
        assertEquals(Stance.ASSERT, StanceClassifier.compose(Stance.ASSERT, PLAIN, Optional.empty()));
        assertEquals(Stance.DENY, StanceClassifier.compose(Stance.DENY, PLAIN, Optional.empty()));
        assertEquals(Stance.QUESTION, StanceClassifier.compose(Stance.QUESTION, PLAIN, Optional.empty()));
    }

    @Test
    void eachNegationTurnsAndTwoCancel() {
        assertEquals(Stance.DENY, StanceClassifier.compose(Stance.ASSERT, NEGATED, Optional.empty()));
        assertEquals(Stance.ASSERT, StanceClassifier.compose(Stance.DENY, NEGATED, Optional.empty()));
        assertEquals(Stance.DENY, StanceClassifier.compose(Stance.ASSERT, CALLED_FALSE, Optional.empty()));
        assertEquals(Stance.ASSERT, StanceClassifier.compose(Stance.DENY, CALLED_FALSE, Optional.empty()));
        assertEquals(Stance.DENY, StanceClassifier.compose(Stance.DENY, CALLED_TRUE, Optional.empty()));
        // "it is not true that no unit is encircled": false of a negated claim asserts the positive claim.
        ContentReading notTrueThatNo = content(true, Optional.of(false), false, false);
        assertEquals(Stance.ASSERT, StanceClassifier.compose(Stance.ASSERT, notTrueThatNo, Optional.empty()));
    }

    @Test
    void aVerdictOnTheObjectStandsInForTheCue() {
        // "rejected the report as false" denies once; "described the report as accurate" asserts.
        assertEquals(Stance.DENY, StanceClassifier.compose(Stance.DENY, PLAIN, Optional.of(false)));
        assertEquals(Stance.DENY, StanceClassifier.compose(Stance.ASSERT, PLAIN, Optional.of(false)));
        assertEquals(Stance.ASSERT, StanceClassifier.compose(Stance.ASSERT, PLAIN, Optional.of(true)));
    }

    @Test
    void questionsAndDistanceCommitToNothing() {
        assertEquals(Stance.QUESTION, StanceClassifier.compose(Stance.ASSERT, ASKING, Optional.empty()));
        assertEquals(Stance.QUESTION, StanceClassifier.compose(Stance.QUESTION, NEGATED, Optional.empty()));
        assertEquals(Stance.QUESTION, StanceClassifier.compose(Stance.ASSERT, DISTANCED, Optional.empty()));
        assertEquals(Stance.DENY, StanceClassifier.compose(Stance.DENY, DISTANCED, Optional.empty()));
    }
}
