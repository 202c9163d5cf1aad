package org.claimgraph.stance;

import java.util.Locale;

/** A speaker's commitment to a claim. */
public enum Stance {
    /** The speaker holds the claim true. */
    ASSERT,
    /** The speaker holds the claim false. */
    DENY,
    /** The speaker raises the claim as open or doubtful. */
    QUESTION;

    /** Parses a lexicon value ("assert", "deny", "question"). */
    public static Stance parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    /** The stance after the speaker calls the claim false: assert and deny swap, a question stays one. */
    public Stance negated() {
        return switch (this) {
            case ASSERT -> DENY;
            case DENY -> ASSERT;
            case QUESTION -> QUESTION;
        };
    }
}
