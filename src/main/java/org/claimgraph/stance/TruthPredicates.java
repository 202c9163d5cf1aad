package org.claimgraph.stance;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.lexicon.TsvResource;

/** Predicates that judge a claim true or false ("untrue", "not correct"), from {@code truth-predicates.tsv}. */
final class TruthPredicates {
    private static final Map<String, Boolean> SAYS_TRUE = load();

    private TruthPredicates() {
    }

    /** True if the lemma calls its subject true, false if it calls it false, empty if it judges nothing. */
    static Optional<Boolean> judgement(String lemma) {
        return lemma == null ? Optional.empty() : Optional.ofNullable(SAYS_TRUE.get(lemma.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, Boolean> load() {
        Map<String, Boolean> out = new HashMap<>();
        for (String[] row : TsvResource.rows("truth-predicates.tsv")) {
            out.put(row[0].toLowerCase(Locale.ROOT), row[1].equalsIgnoreCase("true"));
        }
        return out;
    }
}
