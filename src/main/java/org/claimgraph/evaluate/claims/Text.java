package org.claimgraph.evaluate.claims;

import java.util.Locale;

/** The light normalisation used to compare annotators' strings with the converter's. */
final class Text {

    private Text() {
    }

    /** Runs of whitespace (line breaks included) become one space, so a wrapped anchor still matches. */
    static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** A name in lower case with whitespace collapsed and a leading "the" dropped: "The Herald" is "herald". */
    static String normalName(String s) {
        String name = collapse(s).toLowerCase(Locale.ROOT);
        return name.startsWith("the ") ? name.substring(4) : name;
    }
}
