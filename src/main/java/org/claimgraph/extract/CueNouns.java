package org.claimgraph.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;
import org.claimgraph.stance.Stance;

/** The cue nouns ("statement", "claim", "denial") with their stance, and the light verbs that carry them. */
public final class CueNouns {
    private static final Map<String, Stance> NOUNS = loadNouns();
    private static final Set<String> LIGHT_VERBS = TsvResource.words("light-verbs.tsv");
    private static final Map<String, Set<String>> OWN_PREPOSITIONS = loadOwnPrepositions();
    /** Nouns whose content only their own prepositions introduce: marked "only" in the fourth column. */
    private static final Set<String> OWN_ONLY = loadMarked("only");
    /** Nouns whose topic the common prepositions introduce only on a light verb: marked "carried". */
    private static final Set<String> CARRIED_ONLY = loadMarked("carried");

    private CueNouns() {
    }

    /** The stance a cue noun carries, if the lemma is one. */
    public static Optional<Stance> stanceOf(String lemma) {
        return lemma == null ? Optional.empty() : Optional.ofNullable(NOUNS.get(lemma.toLowerCase(Locale.ROOT)));
    }

    /** True for "make", "issue" and the like. */
    static boolean isLightVerb(String lemma) {
        return lemma != null && LIGHT_VERBS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The prepositions, beyond the common ones, that introduce this noun's content ("a swipe at X": "at"). */
    static Set<String> ownPrepositions(String lemma) {
        return lemma == null ? Set.of() : OWN_PREPOSITIONS.getOrDefault(lemma.toLowerCase(Locale.ROOT), Set.of());
    }

    /**
     * True when the common prepositions introduce no content of this noun: "took issue with X" attributes, but
     * "took up the issue of X" names a topic, not something said.
     */
    static boolean takesOnlyOwnPrepositions(String lemma) {
        return lemma != null && OWN_ONLY.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * True when the common prepositions introduce this noun's topic only where a light verb makes the noun an act:
     * "made comments about X" reports, "his comments about X were shared" names what was talked about.
     */
    static boolean takesTopicOnlyOnLightVerb(String lemma) {
        return lemma != null && CARRIED_ONLY.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The nouns whose fourth column holds the given mark. */
    private static Set<String> loadMarked(String mark) {
        Set<String> out = new java.util.HashSet<>();
        for (String[] r : TsvResource.rows("cue-nouns.tsv")) {
            if (r.length > 3 && r[3].trim().equalsIgnoreCase(mark)) {
                out.add(r[0].toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    private static Map<String, Set<String>> loadOwnPrepositions() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String[] r : TsvResource.rows("cue-nouns.tsv")) {
            // "-" holds the column for a noun with no prepositions of its own that is still marked "only".
            if (r.length > 2 && !r[2].isBlank() && !r[2].equals("-")) {
                out.put(r[0].toLowerCase(Locale.ROOT), Set.of(r[2].toLowerCase(Locale.ROOT).split(",")));
            }
        }
        return Map.copyOf(out);
    }

    private static Map<String, Stance> loadNouns() {
        Map<String, Stance> out = new HashMap<>();
        TsvResource.rows("cue-nouns.tsv").forEach(r -> out.put(r[0].toLowerCase(Locale.ROOT), Stance.parse(r[1])));
        return Map.copyOf(out);
    }
}
