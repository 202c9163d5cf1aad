package org.claimgraph.wikidata;

import java.text.Normalizer;
import java.util.Locale;

/** The form in which names are compared: "the U.S. F.B.I." and "us fbi" meet, "Erdoğan" and "Erdogan" too. */
final class NameKey {

    private NameKey() {
    }

    /** Lower case, accents dropped, dots removed, quotes straightened, spaces collapsed, a leading "the" dropped. */
    static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.replace('\u2019', '\'').replace('\u2018', '\'').replace(".", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
