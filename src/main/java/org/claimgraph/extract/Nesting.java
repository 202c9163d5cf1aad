package org.claimgraph.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Finds nested attributions: one whose cue lies inside another's content is reported by that other. */
public final class Nesting {

    private Nesting() {
    }

    /** For each nested attribution, the innermost attribution whose content holds its cue. */
    public static Map<Attribution, Attribution> reporters(List<Attribution> attributions) {
        Map<Attribution, Attribution> out = new IdentityHashMap<>();
        for (Attribution inner : attributions) {
            Attribution best = null;
            for (Attribution outer : attributions) {
                if (outer == inner || !holds(outer, inner.cue())) {
                    continue;
                }
                if (best == null || outer.contentExtent().within(best.contentExtent())) {
                    best = outer;
                }
            }
            if (best != null) {
                out.put(inner, best);
            }
        }
        return out;
    }

    private static boolean holds(Attribution outer, CharSpan cue) {
        return outer.content().stream().anyMatch(c -> cue.within(c));
    }
}
