package org.claimgraph.resolve;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;

/**
 * Tells a title before a person's name ("President Trump", "Mrs. Roe", "Sen. Cruz") from a given name ("Eric
 * Trump"): an abbreviation, a form of address ({@code gendered-titles.tsv}) or an office ({@code actor-nouns.tsv},
 * nouns for persons).
 */
public final class NameTitles {

    private static final Set<String> TITLES = load();

    private NameTitles() {
    }

    /** True when the word, as written before a name, is a title rather than a given name. */
    public static boolean isTitle(String word) {
        String w = word.strip();
        return w.endsWith(".") || TITLES.contains(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        TsvResource.rows("actor-nouns.tsv").stream().filter(r -> r.length > 1 && r[1].equals("person"))
                .forEach(r -> out.add(r[0].toLowerCase(Locale.ROOT)));
        TsvResource.rows("gendered-titles.tsv").forEach(r -> out.add(r[0].toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }
}
