package org.claimgraph.resolve;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.lexicon.TsvResource;

/** The nouns that head descriptions of actors ("minister", "ministry", "officials"), with their actor type. */
public final class ActorNouns {
    private static final Map<String, ActorType> NOUNS = load();

    private ActorNouns() {
    }

    /** The actor type a head noun describes, if it is one of ours. */
    public static Optional<ActorType> typeOf(String word) {
        return word == null ? Optional.empty() : Optional.ofNullable(NOUNS.get(word.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, ActorType> load() {
        Map<String, ActorType> out = new HashMap<>();
        for (String[] row : TsvResource.rows("actor-nouns.tsv")) {
            out.put(row[0].toLowerCase(Locale.ROOT), ActorType.valueOf(row[1].toUpperCase(Locale.ROOT)));
        }
        return out;
    }
}
