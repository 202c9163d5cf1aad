package org.claimgraph.evaluate;

import java.util.EnumMap;
import java.util.Map;

/**
 * The counts behind every figure for one article or a whole corpus; they add up, so corpus figures are micro
 * averages.
 *
 * @param exact     exact-match counts per role
 * @param overlap   token-overlap counts per role
 * @param speaker   gold attributions with a source whose best-matching prediction found an overlapping source
 * @param gold      number of gold attributions
 * @param predicted number of predicted attributions
 */
public record Scores(Map<Role, Prf> exact, Map<Role, Prf> overlap, Share speaker, int gold, int predicted) {

    /**
     * Precision, recall and F1 from counts; with nothing predicted and nothing to find, all three are 1, and any
     * other zero denominator gives 0.
     *
     * @param matched   spans (exact) or tokens (overlap) credited
     * @param predicted spans or tokens predicted
     * @param gold      spans or tokens in the gold
     */
    public record Prf(long matched, long predicted, long gold) {

        /** No counts. */
        public static final Prf ZERO = new Prf(0, 0, 0);

        /** Share of predicted that matched. */
        public double precision() {
            return predicted == 0 ? vacuous() : (double) matched / predicted;
        }

        /** Share of gold that was matched. */
        public double recall() {
            return gold == 0 ? vacuous() : (double) matched / gold;
        }

        /** The harmonic mean of precision and recall. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** The sum of both counts. */
        public Prf plus(Prf o) {
            return new Prf(matched + o.matched, predicted + o.predicted, gold + o.gold);
        }

        private double vacuous() {
            return predicted == 0 && gold == 0 ? 1 : 0;
        }
    }

    /**
     * A share of hits among cases; with no cases it is 1, as nothing was got wrong.
     *
     * @param hits  cases that came out right
     * @param total cases
     */
    public record Share(long hits, long total) {

        /** No cases. */
        public static final Share ZERO = new Share(0, 0);

        /** Hits divided by cases. */
        public double value() {
            return total == 0 ? 1 : (double) hits / total;
        }

        /** The sum of both counts. */
        public Share plus(Share o) {
            return new Share(hits + o.hits, total + o.total);
        }
    }

    public Scores {
        exact = Map.copyOf(exact);
        overlap = Map.copyOf(overlap);
    }

    /** Nothing counted yet: the start of a sum. */
    public static Scores zero() {
        Map<Role, Prf> none = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            none.put(r, Prf.ZERO);
        }
        return new Scores(none, none, Share.ZERO, 0, 0);
    }

    /** The sum of both score sets, counts added role by role. */
    public Scores plus(Scores o) {
        return new Scores(add(exact, o.exact), add(overlap, o.overlap), speaker.plus(o.speaker), gold + o.gold,
                predicted + o.predicted);
    }

    private static Map<Role, Prf> add(Map<Role, Prf> a, Map<Role, Prf> b) {
        Map<Role, Prf> sum = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            sum.put(r, a.getOrDefault(r, Prf.ZERO).plus(b.getOrDefault(r, Prf.ZERO)));
        }
        return sum;
    }
}
