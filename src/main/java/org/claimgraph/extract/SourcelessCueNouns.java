package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.claimgraph.group.WordNet;
import org.claimgraph.lexicon.TsvResource;

/**
 * Cue nouns that may stand without a named source before a topic phrase ("questions about X", "criticism of
 * X"): those whose commonest senses WordNet files under a class listed in {@code sourceless-cue-nouns.tsv}.
 */
final class SourcelessCueNouns {

    /**
     * One class of nouns: a lexicographer file, how many of a noun's commonest senses are looked at, and the
     * prepositions that open its topic (empty: any that opens a cue noun's content).
     */
    private record NounClass(String file, int senses, Set<String> prepositions) {

        boolean opens(String preposition) {
            return prepositions.isEmpty() || prepositions.contains(preposition);
        }
    }

    private static final List<NounClass> CLASSES = TsvResource.rows("sourceless-cue-nouns.tsv").stream()
            .map(r -> new NounClass(r[0].strip(), Integer.parseInt(r[1].strip()),
                    r.length > 2 ? Set.of(r[2].strip().toLowerCase(Locale.ROOT).split(",")) : Set.of()))
            .toList();
    private static final Map<String, List<NounClass>> CACHE = new ConcurrentHashMap<>();

    private SourcelessCueNouns() {
    }

    /**
     * True when a cue noun of this lemma reports talk on its topic even with no source in the text, its topic
     * opened by one of these prepositions.
     */
    static boolean standsAlone(String lemma, List<String> prepositions) {
        if (lemma == null) {
            return false;
        }
        return CACHE.computeIfAbsent(lemma.toLowerCase(Locale.ROOT), l -> CLASSES.stream()
                        .filter(c -> WordNet.nounClasses(l, c.senses()).contains(c.file())).toList())
                .stream().anyMatch(c -> prepositions.stream().anyMatch(p -> c.opens(p.toLowerCase(Locale.ROOT))));
    }
}
