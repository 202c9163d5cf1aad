package org.claimgraph.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.TsvResource;

/**
 * Tells a quoted title ("the author of “Quiet Rivers and Loud Towns”", "a host of “Morning Table”") from quoted
 * words: a title is set in title case, its long words capitalised, where reported speech runs in sentence case.
 */
final class QuotedTitle {

    /** Long words a title may leave in lower case ("from", "with"). */
    private static final Set<String> MINOR_WORDS = TsvResource.words("title-minor-words.tsv");
    /** Words shorter than this ("of", "the", "and") are left in lower case by titles and not looked at. */
    private static final int LONG_WORD = 4;
    /** More words than this make a quotation, not a name. */
    private static final int MAX_WORDS = 12;
    /** What goes before a quotation's first word: its marks and any other signs. */
    private static final Pattern LEADING_SIGNS = Pattern.compile("^[^\\p{L}\\p{N}]+");
    /** What separates a quotation's words: anything but letters, digits and apostrophes. */
    private static final Pattern WORD_GAP = Pattern.compile("[^\\p{L}\\p{N}’']+");

    private QuotedTitle() {
    }

    /**
     * True when the quotation (marks included) opens with a capital and capitalises every long word, or, when it
     * has no long word, every word.
     */
    static boolean isTitle(String quotation) {
        // Compiled once: the test runs on every quotation beside every candidate source.
        String[] words = WORD_GAP.split(LEADING_SIGNS.matcher(quotation).replaceAll(""));
        if (words.length == 0 || words[0].isEmpty() || words.length > MAX_WORDS
                || !startsCapitalised(words[0])) {
            return false;
        }
        boolean hasLongWord = false;
        for (String word : words) {
            boolean minor = word.length() < LONG_WORD || MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT));
            hasLongWord |= !minor;
            if (!minor && !startsCapitalised(word)) {
                return false;
            }
        }
        // "“No way,”" opens with a capital only because a sentence does; a title of short words ("The Pit")
        // capitalises each of them.
        return hasLongWord || Arrays.stream(words).allMatch(QuotedTitle::startsCapitalised);
    }

    /** True when the word opens with a capital letter or a digit. */
    private static boolean startsCapitalised(String word) {
        return !word.isEmpty()
                && (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0)));
    }
}
