package org.claimgraph.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/** Pairs predicted with gold attributions one to one, greedily by the tokens they share over cue, source and content. */
public final class Alignment {

    /**
     * One aligned pair.
     *
     * @param predicted index into the predicted list
     * @param gold      index into the gold list
     */
    public record Pair(int predicted, int gold) {
    }

    private record Candidate(int predicted, int gold, int shared) {
    }

    private Alignment() {
    }

    /**
     * The alignment: pairs sharing most tokens over all three parts first. Only attributions whose contents or cues
     * share a token may pair, since a shared source alone ("he") says nothing about which report is meant.
     * Counting every part, not the content alone, keeps a prediction that matches an inner attribution exactly from
     * being paired with the outer one whose content contains it.
     */
    public static List<Pair> align(List<TokenizedAttribution> predicted, List<TokenizedAttribution> gold) {
        boolean[] predUsed = new boolean[predicted.size()];
        boolean[] goldUsed = new boolean[gold.size()];
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates(predicted, gold)) {
            if (!predUsed[c.predicted()] && !goldUsed[c.gold()]) {
                predUsed[c.predicted()] = true;
                goldUsed[c.gold()] = true;
                pairs.add(new Pair(c.predicted(), c.gold()));
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::gold));
        return pairs;
    }

    /**
     * The prediction whose content shares most tokens with the gold content, if any shares one. On a tie the one
     * with fewest tokens outside the gold content overlaps best: a nested statement whose content is the gold's,
     * not the outer one that contains it; then the first.
     */
    public static OptionalInt bestContentMatch(TokenizedAttribution gold, List<TokenizedAttribution> predicted) {
        int best = -1;
        int bestShared = 0;
        int bestExtra = Integer.MAX_VALUE;
        for (int p = 0; p < predicted.size(); p++) {
            TokenSet content = predicted.get(p).tokens(Role.CONTENT);
            int shared = content.shared(gold.tokens(Role.CONTENT));
            int extra = content.size() - shared;
            if (shared > bestShared || (shared > 0 && shared == bestShared && extra < bestExtra)) {
                best = p;
                bestShared = shared;
                bestExtra = extra;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    // Sorted by shared tokens, largest first; ties keep gold then prediction order so results are reproducible.
    private static List<Candidate> candidates(List<TokenizedAttribution> predicted, List<TokenizedAttribution> gold) {
        List<Candidate> all = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                TokenizedAttribution pa = predicted.get(p);
                TokenizedAttribution ga = gold.get(g);
                int content = pa.tokens(Role.CONTENT).shared(ga.tokens(Role.CONTENT));
                int cue = pa.tokens(Role.CUE).shared(ga.tokens(Role.CUE));
                if (content + cue > 0) {
                    int source = pa.tokens(Role.SOURCE).shared(ga.tokens(Role.SOURCE));
                    all.add(new Candidate(p, g, content + cue + source));
                }
            }
        }
        all.sort(Comparator.comparingInt(Candidate::shared).reversed()
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::predicted));
        return all;
    }
}
