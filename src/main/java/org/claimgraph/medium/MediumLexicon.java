package org.claimgraph.medium;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;

/** Known channel names and the head nouns of medium phrases, with the medium type each one gives. */
public final class MediumLexicon {
    private static final Map<String, MediumType> NAMES = new HashMap<>();
    private static final Map<String, MediumType> NOUNS = new HashMap<>();
    /** Nouns that head the names of bodies and collectives ("Committee", "Senate"), from the actor nouns. */
    private static final Set<String> BODIES = new HashSet<>();

    static {
        for (String[] row : TsvResource.rows("media.tsv")) {
            MediumType type = MediumType.valueOf(row[2].toUpperCase(Locale.ROOT));
            (row[0].equals("name") ? NAMES : NOUNS).put(key(row[1]), type);
        }
        for (String[] row : TsvResource.rows("actor-nouns.tsv")) {
            if (!row[1].equalsIgnoreCase("person")) {
                BODIES.add(key(row[0]));
            }
        }
    }

    private MediumLexicon() {
    }

    /** The type of a known channel, by its name as written ("The Washington Post" finds "Washington Post"). */
    public static Optional<MediumType> ofName(String name) {
        String k = key(name);
        MediumType t = NAMES.get(k);
        if (t == null && k.startsWith("the ")) {
            t = NAMES.get(k.substring(4));
        }
        return Optional.ofNullable(t);
    }

    /** The type a head noun gives, by its lemma alone or with the adjective before it ("social network"). */
    static Optional<MediumType> ofNoun(String modifier, String lemma) {
        if (modifier != null) {
            MediumType t = NOUNS.get(key(modifier + " " + lemma));
            if (t != null) {
                return Optional.of(t);
            }
        }
        return Optional.ofNullable(NOUNS.get(key(lemma)));
    }

    /** True for the head noun of a body's name ("Congress", "Committee"): a body told is no news outlet. */
    static boolean isBody(String lemma) {
        return lemma != null && BODIES.contains(key(lemma));
    }

    private static String key(String words) {
        return words.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
