package org.claimgraph.evaluate;

import java.util.Locale;

/** The three parts of an attribution that are scored, in the order reports list them. */
public enum Role {
    CUE("Cue"),
    SOURCE("Source"),
    CONTENT("Content");

    private final String bratType;

    Role(String bratType) {
        this.bratType = bratType;
    }

    /** The entity type brat files give spans of this role. */
    public String bratType() {
        return bratType;
    }

    /** The lower-case name used in tables and JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
