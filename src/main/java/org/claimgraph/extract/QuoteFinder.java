package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in running text: curly “…” pairs, straight "…" pairs and the doubled-apostrophe ''…'' pairs
 * some newspapers print; a quote still open at a line break ends there (news style reopens it in the next
 * paragraph), and so does a curly quote that meets a second opener before its closer.
 */
public final class QuoteFinder {

    private static final char OPEN_CURLY = '\u201C';
    private static final char CLOSE_CURLY = '\u201D';

    /** Every quotation in the text, with its marks, in order. */
    public List<CharSpan> find(String text) {
        List<CharSpan> quotes = new ArrayList<>();
        int open = -1;
        String opener = null;
        int i = 0;
        while (i < text.length()) {
            String mark = markAt(text, i);
            char c = text.charAt(i);
            if (open < 0) {
                if (mark != null && !mark.equals(String.valueOf(CLOSE_CURLY))) {
                    open = i;
                    opener = mark;
                }
            } else if (mark != null && closes(opener, mark)) {
                quotes.add(new CharSpan(open, i + mark.length()));
                open = -1;
            } else if (c == '\n' || (mark != null && mark.equals(String.valueOf(OPEN_CURLY))
                    && opener.equals(mark))) {
                quotes.add(new CharSpan(open, trimEnd(text, i)));
                open = c == '\n' ? -1 : i;
            }
            i += mark == null ? 1 : mark.length();
        }
        if (open >= 0) {
            quotes.add(new CharSpan(open, trimEnd(text, text.length())));
        }
        return quotes;
    }

    /** The quotation mark starting at {@code i}, if any: “, ”, " or ''. */
    static String markAt(String text, int i) {
        char c = text.charAt(i);
        if (c == OPEN_CURLY || c == CLOSE_CURLY || c == '"') {
            return String.valueOf(c);
        }
        if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
            return "''";
        }
        return null;
    }

    private static boolean closes(String opener, String mark) {
        if (opener.equals(String.valueOf(OPEN_CURLY))) {
            return mark.equals(String.valueOf(CLOSE_CURLY));
        }
        return opener.equals(mark);
    }

    private static int trimEnd(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
