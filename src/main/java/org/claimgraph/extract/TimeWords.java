package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;

/** Words that name times ("Monday", "morning", "March"), so "spoke on Monday" is not a topic. */
final class TimeWords {
    private static final Set<String> WORDS = TsvResource.words("time-words.tsv");

    private TimeWords() {
    }

    /** True when the word names a time ("Tuesday", "yesterday"). */
    static boolean isTimeWord(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when the phrase head is a time word or a number ("on Monday", "in 2024"). */
    static boolean isTime(IndexedWord head) {
        return WORDS.contains(head.word().toLowerCase(Locale.ROOT)) || "CD".equals(head.tag());
    }
}
