package org.claimgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;

/**
 * A source mention: where it is written and which token heads it, so later stages can resolve it.
 *
 * @param span      the mention's characters
 * @param sentence  index of its sentence in the article
 * @param headToken 1-based index of its head token in that sentence
 */
public record Mention(CharSpan span, int sentence, int headToken) {

    /** Markers a source span may end with that are no part of the speaker's name: the clitic of "Trump's claim". */
    private static final Set<String> MARKERS = TsvResource.words("source-markers.tsv");

    /** The words that name the speaker: the span's text without a possessive clitic at its end. */
    public String naming(String text) {
        String words = span.of(text).strip();
        for (String marker : MARKERS) {
            if (words.toLowerCase(Locale.ROOT).endsWith(marker) && words.length() > marker.length()) {
                return words.substring(0, words.length() - marker.length()).strip();
            }
        }
        return words;
    }
}
