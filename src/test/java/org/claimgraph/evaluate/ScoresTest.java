package org.claimgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScoresTest {

    private static final double EPS = 1e-9;

    @Test
    void precisionRecallAndF1FromCounts() {
        Scores.Prf prf = new Scores.Prf(3, 4, 6);
        assertEquals(0.75, prf.precision(), EPS);
        assertEquals(0.5, prf.recall(), EPS);
        assertEquals(0.6, prf.f1(), EPS);
    }

    @Test
    void zeroDenominatorsNeverDivide() {
        Scores.Prf nothing = new Scores.Prf(0, 0, 0);
        assertEquals(1.0, nothing.precision(), EPS, "nothing to find and nothing invented");
        assertEquals(1.0, nothing.f1(), EPS);
        Scores.Prf missedAll = new Scores.Prf(0, 0, 5);
        assertEquals(0.0, missedAll.precision(), EPS);
        assertEquals(0.0, missedAll.recall(), EPS);
        assertEquals(0.0, missedAll.f1(), EPS);
        Scores.Prf inventedAll = new Scores.Prf(0, 3, 0);
        assertEquals(0.0, inventedAll.recall(), EPS);
        assertEquals(0.0, inventedAll.f1(), EPS);
        assertEquals(1.0, Scores.Share.ZERO.value(), EPS);
        assertEquals(0.25, new Scores.Share(1, 4).value(), EPS);
    }

    @Test
    void scoresAddUpSoCorpusFiguresAreMicroAverages() {
        Scores a = Scores.zero().plus(Scores.zero());
        assertEquals(Scores.zero(), a);
        Scores.Prf x = new Scores.Prf(1, 2, 4);
        Scores.Prf y = new Scores.Prf(3, 4, 4);
        assertEquals(new Scores.Prf(4, 6, 8), x.plus(y));
        assertEquals(0.5, x.plus(y).recall(), EPS);
        assertEquals(new Scores.Share(3, 5), new Scores.Share(1, 2).plus(new Scores.Share(2, 3)));
    }
}
