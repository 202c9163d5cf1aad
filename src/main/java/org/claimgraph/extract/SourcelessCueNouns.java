package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.claimgraph.group.WordNet;
import org.claimgraph.lexicon.TsvResource;

/**
 * Cue nouns that may stand without a named source before a topic phrase ("questions about X", "criticism of
 * X"): those whose commonest senses WordNet files under a class listed in {@code sourceless-cue-nouns.tsv}.
 */
final class SourcelessCueNouns {

    /** One class of nouns: a lexicographer file and how many of a noun's commonest senses are looked at. */
    private record NounClass(String file, int senses) {
    }

    private static final List<NounClass> CLASSES = TsvResource.rows("sourceless-cue-nouns.tsv").stream()
            .map(r -> new NounClass(r[0].strip(), Integer.parseInt(r[1].strip())))
            .toList();
    private static final Map<String, Boolean> CACHE = new ConcurrentHashMap<>();

    private SourcelessCueNouns() {
    }

    /** True when a cue noun of this lemma reports talk on its topic even with no source in the text. */
    static boolean standsAlone(String lemma) {
        if (lemma == null) {
            return false;
        }
        return CACHE.computeIfAbsent(lemma.toLowerCase(Locale.ROOT), l -> CLASSES.stream()
                .anyMatch(c -> WordNet.nounClasses(l, c.senses()).contains(c.file())));
    }
}
