package org.claimgraph.evaluate;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Scores one article's predicted attributions against its gold ones. */
public final class ArticleScorer {

    private ArticleScorer() {
    }

    /** Exact and token-overlap counts per role, and speaker hits, for one article. */
    public static Scores score(CodePoints text, List<? extends RoleSpans> gold, List<? extends RoleSpans> predicted) {
        List<TokenizedAttribution> g = gold.stream().map(a -> TokenizedAttribution.of(a, text)).toList();
        List<TokenizedAttribution> p = predicted.stream().map(a -> TokenizedAttribution.of(a, text)).toList();
        List<Alignment.Pair> pairs = Alignment.align(p, g);
        Map<Role, Scores.Prf> exact = new EnumMap<>(Role.class);
        Map<Role, Scores.Prf> overlap = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            exact.put(role, exact(p, g, role));
            overlap.put(role, overlap(p, g, pairs, role));
        }
        return new Scores(exact, overlap, speaker(p, g), gold.size(), predicted.size());
    }

    /**
     * Spans of a role that equal a gold span of that role, counted as a multiset: two predictions of one span
     * match only if the gold has it twice (as when one source says two things).
     */
    static Scores.Prf exact(List<TokenizedAttribution> predicted, List<TokenizedAttribution> gold, Role role) {
        Map<SpanSet, Integer> unmatched = new HashMap<>();
        int goldCount = 0;
        for (TokenizedAttribution a : gold) {
            if (!a.spans(role).isEmpty()) {
                unmatched.merge(a.spans(role), 1, Integer::sum);
                goldCount++;
            }
        }
        int predictedCount = 0;
        int matched = 0;
        for (TokenizedAttribution a : predicted) {
            if (!a.spans(role).isEmpty()) {
                predictedCount++;
                Integer left = unmatched.get(a.spans(role));
                if (left != null && left > 0) {
                    unmatched.put(a.spans(role), left - 1);
                    matched++;
                }
            }
        }
        return new Scores.Prf(matched, predictedCount, goldCount);
    }

    /** Tokens of a role shared by aligned pairs, over the tokens of all predictions and all gold. */
    static Scores.Prf overlap(List<TokenizedAttribution> predicted, List<TokenizedAttribution> gold,
                              List<Alignment.Pair> pairs, Role role) {
        long shared = 0;
        for (Alignment.Pair pair : pairs) {
            shared += predicted.get(pair.predicted()).tokens(role).shared(gold.get(pair.gold()).tokens(role));
        }
        long predictedTokens = predicted.stream().mapToLong(a -> a.tokens(role).size()).sum();
        long goldTokens = gold.stream().mapToLong(a -> a.tokens(role).size()).sum();
        return new Scores.Prf(shared, predictedTokens, goldTokens);
    }

    /** Gold attributions with a source whose best content match has a source overlapping it. */
    static Scores.Share speaker(List<TokenizedAttribution> predicted, List<TokenizedAttribution> gold) {
        long total = 0;
        long hits = 0;
        for (TokenizedAttribution g : gold) {
            if (g.spans(Role.SOURCE).isEmpty()) {
                continue;
            }
            total++;
            OptionalInt best = Alignment.bestContentMatch(g, predicted);
            if (best.isPresent() && predicted.get(best.getAsInt()).spans(Role.SOURCE).overlaps(g.spans(Role.SOURCE))) {
                hits++;
            }
        }
        return new Scores.Share(hits, total);
    }
}
