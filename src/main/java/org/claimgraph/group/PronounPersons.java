package org.claimgraph.group;

import java.util.Locale;
import java.util.Map;
import org.claimgraph.lexicon.TsvResource;

/** The person a personal pronoun points to ("she": "third-feminine"), from {@code pronoun-persons.tsv}. */
final class PronounPersons {

    private static final Map<String, String> PERSONS = TsvResource.pairs("pronoun-persons.tsv");

    private PronounPersons() {
    }

    /** The person of a pronoun, in any case; empty for a word that is none. */
    static String of(String pronoun) {
        return pronoun == null ? "" : PERSONS.getOrDefault(pronoun.toLowerCase(Locale.ROOT), "");
    }
}
