package org.claimgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;

/**
 * The grammatical gender a person's name or title shows ("Maria Lopez", "Mrs. Roe": feminine), so that "she" is
 * not resolved to the latest man named. First names come from the name list CoreNLP's models ship for its own
 * coreference ({@code namegender.combine.txt}); a name listed for both genders shows none.
 */
public final class PersonGender {

    /** The genders a pronoun or a name can show. */
    public enum Gender { MASCULINE, FEMININE }

    private static final String NAMES = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Map<String, Optional<Gender>> FIRST_NAMES = load();
    /** Titles that show a gender ("Mrs.", "Sen." shows none), from {@code gendered-titles.tsv}. */
    private static final Map<String, Gender> TITLES = titles();
    private static final Set<String> MASCULINE_PRONOUNS = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMININE_PRONOUNS = Set.of("she", "her", "hers", "herself");

    private PersonGender() {
    }

    /** The gender a third-person pronoun shows; empty for any other word. */
    public static Optional<Gender> ofPronoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MASCULINE_PRONOUNS.contains(w) ? Optional.of(Gender.MASCULINE)
                : FEMININE_PRONOUNS.contains(w) ? Optional.of(Gender.FEMININE) : Optional.empty();
    }

    /** True when the word is a title that shows a gender ("Mrs.", "Sir", "Congresswoman"). */
    static boolean isGenderedTitle(String word) {
        return TITLES.containsKey(letters(word));
    }

    /**
     * The gender a person's name shows by its title or first name; empty when it shows none or both. Only the first
     * word decides: in "Jordan Lee", "Lee" is no first name; and a name's last word is its surname, whatever first
     * name it also is: "Carver" alone shows no gender.
     */
    public static Optional<Gender> ofName(String name) {
        List<String> words = java.util.Arrays.stream(name.split("\\s+")).map(PersonGender::letters)
                .filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String first = words.get(0);
        if (TITLES.containsKey(first)) {
            return Optional.of(TITLES.get(first));
        }
        return words.size() == 1 ? Optional.empty() : FIRST_NAMES.getOrDefault(first, Optional.empty());
    }

    /** True when the word is a first name in CoreNLP's list, whatever gender it shows ("Priya", "Jordan"). */
    public static boolean isFirstName(String word) {
        return FIRST_NAMES.containsKey(letters(word));
    }

    /** The word's letters in lower case: "Mrs." is "mrs". */
    private static String letters(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }

    private static Map<String, Optional<Gender>> load() {
        Map<String, Optional<Gender>> out = new HashMap<>();
        InputStream in = PersonGender.class.getResourceAsStream(NAMES);
        if (in == null) {
            // The list ships with the CoreNLP models the pipeline needs anyway; without it, no name shows a gender.
            return out;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cells = line.split("\t");
                if (cells.length != 2) {
                    continue;
                }
                Gender g = cells[1].strip().equalsIgnoreCase("FEMALE") ? Gender.FEMININE : Gender.MASCULINE;
                out.merge(cells[0].strip().toLowerCase(Locale.ROOT), Optional.of(g),
                        (a, b) -> a.equals(b) ? a : Optional.empty());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + NAMES, e);
        }
        return out;
    }

    private static Map<String, Gender> titles() {
        Map<String, Gender> out = new HashMap<>();
        for (String[] row : TsvResource.rows("gendered-titles.tsv")) {
            out.put(row[0].toLowerCase(Locale.ROOT), Gender.valueOf(row[1].toUpperCase(Locale.ROOT)));
        }
        return out;
    }
}
