package org.claimgraph.group;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;
import org.claimgraph.resolve.Actor;

/**
 * Tells whether the pronoun subjects of two claims name different people, given who says each: a first-person
 * pronoun names its speaker, so another speaker's third person may name the same people
 * ({@code first-person-referents.tsv}: "we found water", "they found water").
 */
final class PronounSubjects {

    /** The third persons that may name whom each first person names. */
    private static final Map<String, Set<String>> REFERENTS = load();

    private PronounSubjects() {
    }

    /** True when the two claims' pronoun subjects name different people. */
    static boolean differ(ClaimSignature a, Actor speakerA, ClaimSignature b, Actor speakerB) {
        if (!a.otherSubject(b)) {
            return false;
        }
        if (speakerA == speakerB) {
            return true;
        }
        return !REFERENTS.getOrDefault(a.subject(), Set.of()).contains(b.subject())
                && !REFERENTS.getOrDefault(b.subject(), Set.of()).contains(a.subject());
    }

    /** The lexicon's rows: a first person and the third persons, comma-separated, that may name the same people. */
    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String[] row : TsvResource.rows("first-person-referents.tsv")) {
            out.put(row[0].strip(), Set.of(row[1].strip().split("\\s*,\\s*")));
        }
        return Map.copyOf(out);
    }
}
