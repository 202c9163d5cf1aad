package org.claimgraph.group;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.lexicon.TsvResource;

/** The words a claim reader looks through to find what a claim is about, by role, from {@code claim-heads.tsv}. */
final class ClaimHeads {

    /** How a word passes the reader on to another. */
    enum Role {
        /** A noun naming a claim: on to its content, or back to an earlier claim. */
        CLAIM,
        /** A noun counting what follows: on to its "of" phrase. */
        QUANTITY,
        /** An aspectual verb: on to its complement or object. */
        ASPECT,
        /** A support verb: on to its object noun. */
        SUPPORT,
        /** A preposition opening a claim noun's content. */
        TOPIC
    }

    private static final Map<String, Role> ROLES = load();

    private ClaimHeads() {
    }

    /** True when the lemma has the role. */
    static boolean is(String lemma, Role role) {
        return lemma != null && ROLES.get(lemma.toLowerCase(Locale.ROOT)) == role;
    }

    private static Map<String, Role> load() {
        Map<String, Role> out = new HashMap<>();
        for (String[] row : TsvResource.rows("claim-heads.tsv")) {
            out.put(row[0].toLowerCase(Locale.ROOT), Role.valueOf(row[1].toUpperCase(Locale.ROOT)));
        }
        return Map.copyOf(out);
    }
}
