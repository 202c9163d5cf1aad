package org.claimgraph.medium;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.lexicon.TsvResource;

/** Known channel names and the head nouns of medium phrases, with the medium type each one gives. */
final class MediumLexicon {
    private static final Map<String, MediumType> NAMES = new HashMap<>();
    private static final Map<String, MediumType> NOUNS = new HashMap<>();

    static {
        for (String[] row : TsvResource.rows("media.tsv")) {
            MediumType type = MediumType.valueOf(row[2].toUpperCase(Locale.ROOT));
            (row[0].equals("name") ? NAMES : NOUNS).put(key(row[1]), type);
        }
    }

    private MediumLexicon() {
    }

    /** The type of a known channel, by its name as written ("The Washington Post" finds "Washington Post"). */
    static Optional<MediumType> ofName(String name) {
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

    private static String key(String words) {
        return words.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
