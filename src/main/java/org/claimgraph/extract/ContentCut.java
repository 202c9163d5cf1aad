package org.claimgraph.extract;

import java.util.List;

/** Ends an attribution's content before a given offset, as the rules that find a content ran on too far need. */
final class ContentCut {

    private ContentCut() {
    }

    /**
     * The attribution with its content ended before the offset, less the spaces, commas and semicolons left before
     * it; the attribution unchanged if no word of its content would remain.
     */
    static Attribution endBefore(String text, Attribution a, int offset) {
        int end = offset;
        while (end > a.contentExtent().begin() && (Character.isWhitespace(text.charAt(end - 1))
                || text.charAt(end - 1) == ',' || text.charAt(end - 1) == ';')) {
            end--;
        }
        int cut = end;
        List<CharSpan> content = a.content().stream().filter(c -> c.begin() < cut)
                .map(c -> c.end() <= cut ? c : new CharSpan(c.begin(), cut)).toList();
        boolean hasWord = content.stream().anyMatch(c -> hasWords(text, c.begin(), c.end()));
        return hasWord ? a.withContent(content) : a;
    }

    /** True when the text between the offsets holds a letter or a digit: more than spaces and punctuation. */
    static boolean hasWords(String text, int begin, int end) {
        return begin < end && text.substring(begin, end).codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
