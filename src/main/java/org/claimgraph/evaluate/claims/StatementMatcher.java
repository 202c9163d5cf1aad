package org.claimgraph.evaluate.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs expected statements with predicted ones, one to one: a prediction is a candidate for a row when it is in
 * the same article and a content span holds the row's anchor; among candidates, one with the row's cue word is
 * preferred, then one by the row's speaker, then the row with fewest candidates, then the shortest content.
 */
public final class StatementMatcher {

    /**
     * The outcome of matching.
     *
     * @param matched each matched row with its prediction, in row order
     * @param misses  each unmatched row with the reason
     */
    public record Matching(Map<ExpectedStatement, PredictedStatement> matched, List<Miss> misses) {
    }

    /**
     * An expected row no prediction was left for.
     *
     * @param row    the row
     * @param reason why: no content holds its anchor, or the ones that do went to other rows
     */
    public record Miss(ExpectedStatement row, String reason) {
    }

    private record Option(int row, int candidate, int preference, int rivals, int contentLength) {
    }

    private StatementMatcher() {
    }

    /** Matches every row it can; greedy over the options in order of preference, which is stable and explainable. */
    public static Matching match(List<ExpectedStatement> expected, List<PredictedStatement> predicted) {
        List<List<Integer>> candidates = new ArrayList<>();
        List<Option> options = new ArrayList<>();
        for (int r = 0; r < expected.size(); r++) {
            ExpectedStatement row = expected.get(r);
            List<Integer> found = new ArrayList<>();
            for (int p = 0; p < predicted.size(); p++) {
                PredictedStatement s = predicted.get(p);
                if (s.article().equals(row.article()) && s.holds(row.anchor())) {
                    found.add(p);
                }
            }
            candidates.add(found);
            for (int p : found) {
                PredictedStatement s = predicted.get(p);
                int preference = (row.cuedBy(s.cue()) ? 2 : 0) + (row.spokenBy(s.speaker()) ? 1 : 0);
                options.add(new Option(r, p, preference, found.size(), s.contentLength()));
            }
        }
        options.sort(Comparator.comparingInt((Option o) -> -o.preference()).thenComparingInt(Option::rivals)
                .thenComparingInt(Option::row).thenComparingInt(Option::contentLength)
                .thenComparingInt(Option::candidate));
        Map<Integer, Integer> chosen = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (Option o : options) {
            if (!chosen.containsKey(o.row()) && !taken.contains(o.candidate())) {
                chosen.put(o.row(), o.candidate());
                taken.add(o.candidate());
            }
        }
        return result(expected, predicted, candidates, chosen);
    }

    private static Matching result(List<ExpectedStatement> expected, List<PredictedStatement> predicted,
                                   List<List<Integer>> candidates, Map<Integer, Integer> chosen) {
        Map<ExpectedStatement, PredictedStatement> matched = new LinkedHashMap<>();
        List<Miss> misses = new ArrayList<>();
        Map<Integer, Integer> rowOf = new LinkedHashMap<>();
        chosen.forEach((row, candidate) -> rowOf.put(candidate, row));
        for (int r = 0; r < expected.size(); r++) {
            ExpectedStatement row = expected.get(r);
            if (chosen.containsKey(r)) {
                matched.put(row, predicted.get(chosen.get(r)));
            } else if (candidates.get(r).isEmpty()) {
                misses.add(new Miss(row, "no statement's content holds the anchor"));
            } else {
                List<String> others = candidates.get(r).stream().map(p -> "line " + expected.get(rowOf.get(p)).line())
                        .toList();
                misses.add(new Miss(row, "the statements holding the anchor went to other rows: "
                        + String.join(", ", others)));
            }
        }
        return new Matching(matched, misses);
    }
}
