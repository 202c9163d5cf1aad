package org.claimgraph.group;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;

/**
 * Sets of nouns that news uses for one participant although WordNet does not relate them ("data" ~ "records",
 * "company" ~ "firm"), from {@code argument-paraphrases.tsv}: two arguments in one set are related.
 */
final class ArgumentParaphrases {

    private static final Map<String, Set<String>> SETS = load();

    private ArgumentParaphrases() {
    }

    /** True when both lemmas are listed in one set. */
    static boolean related(String a, String b) {
        Set<String> x = SETS.get(a);
        Set<String> y = SETS.get(b);
        return x != null && y != null && x.stream().anyMatch(y::contains);
    }

    /** The names of the sets that list the lemma, none when no set does. */
    static Set<String> setsOf(String lemma) {
        return SETS.getOrDefault(lemma, Set.of());
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String[] row : TsvResource.rows("argument-paraphrases.tsv")) {
            out.computeIfAbsent(row[1].toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(row[0]);
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }
}
