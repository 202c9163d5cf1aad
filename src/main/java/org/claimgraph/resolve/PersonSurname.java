package org.claimgraph.resolve;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;

/**
 * The surname of a written person's name: its last word, passing over a generational suffix ("Jr.", "III") from
 * {@code name-suffixes.tsv}, which every person of a family line shares and which the text drops when it names the
 * person again ("Robert Kessler Jr. … Kessler added").
 */
public final class PersonSurname {

    private static final Set<String> SUFFIXES = TsvResource.words("name-suffixes.tsv");

    private PersonSurname() {
    }

    /** The surname as written: "Kessler" of "Robert Kessler Jr.", "Doe" of "Jane Doe"; the name itself if one word. */
    public static String of(String name) {
        List<String> words = withoutSuffixWords(name);
        return words.isEmpty() ? name.strip() : words.get(words.size() - 1);
    }

    /** The name without its generational suffix: "Robert Kessler" of "Robert Kessler, Jr."; unchanged without one. */
    public static String withoutSuffix(String name) {
        return String.join(" ", withoutSuffixWords(name));
    }

    /** The suffix a name ends with, in lower-case letters ("jr"), or "" when it ends with none. */
    public static String suffixOf(String name) {
        String[] words = name.strip().split("\\s+");
        String last = letters(words[words.length - 1]);
        return words.length > 1 && isSuffix(last) ? last : "";
    }

    /** True when the word, without case and punctuation, is a generational suffix ("Jr.", "III"). */
    public static boolean isSuffix(String word) {
        return SUFFIXES.contains(letters(word));
    }

    /** The words of a name without the generational suffixes at its end: [robert, kessler] of [robert, kessler, jr]. */
    public static List<String> withoutSuffix(List<String> words) {
        int end = words.size();
        // A suffix ends a name of two words at least: a lone "Sr." is no one's name.
        while (end > 1 && isSuffix(words.get(end - 1))) {
            end--;
        }
        return words.subList(0, end);
    }

    /**
     * True when a one-word name is the surname of a name with a generational suffix ([kessler] of [robert, kessler,
     * jr]): the text names the son again by his surname alone, while a fuller name without the suffix names the
     * father.
     */
    public static boolean isLoneSurnameOf(List<String> lone, List<String> suffixed) {
        if (lone.size() != 1 || isSuffix(lone.get(0))) {
            return false;
        }
        List<String> stem = withoutSuffix(suffixed);
        return stem.size() < suffixed.size() && letters(stem.get(stem.size() - 1)).equals(letters(lone.get(0)));
    }

    private static List<String> withoutSuffixWords(String name) {
        List<String> words = Arrays.stream(name.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        return withoutSuffix(words).stream().map(w -> w.replaceAll(",$", "")).toList();
    }

    private static String letters(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }
}
