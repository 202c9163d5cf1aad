package org.claimgraph.resolve;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.lexicon.TsvResource;

/**
 * Tells a title before a person's name ("President Trump", "Mrs. Roe", "Sen. Cruz") from a given name ("Eric
 * Trump"): an abbreviation, a form of address ({@code gendered-titles.tsv}) or an office ({@code actor-nouns.tsv},
 * nouns for persons).
 */
public final class NameTitles {

    private static final Set<String> TITLES = Stream.concat(TsvResource.words("actor-nouns.tsv", "person").stream(),
            TsvResource.words("gendered-titles.tsv").stream()).collect(Collectors.toUnmodifiableSet());

    private NameTitles() {
    }

    /** True when the word, as written before a name, is a title rather than a given name. */
    public static boolean isTitle(String word) {
        String w = word.strip();
        return w.endsWith(".") || TITLES.contains(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
    }
}
