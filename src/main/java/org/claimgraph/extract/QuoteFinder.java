package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in running text: curly “…” and straight "…" pairs, and quotes that run over several
 * paragraphs, where each continued paragraph reopens the quote without closing the previous one.
 */
public final class QuoteFinder {

    private static final char OPEN_CURLY = '\u201C';
    private static final char CLOSE_CURLY = '\u201D';
    private static final char STRAIGHT = '"';

    /** Every quotation in the text, with its marks, in order; unclosed quotes end at their paragraph. */
    public List<CharSpan> find(String text) {
        List<CharSpan> quotes = new ArrayList<>();
        int open = -1;
        char opener = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == OPEN_CURLY || c == STRAIGHT) {
                    open = i;
                    opener = c;
                }
            } else if ((opener == OPEN_CURLY && c == CLOSE_CURLY) || (opener == STRAIGHT && c == STRAIGHT)) {
                quotes.add(new CharSpan(open, i + 1));
                open = -1;
            } else if (c == '\n') {
                // News style: a quote running into the next paragraph is left open and reopened there,
                // so a line break always ends the quote it interrupts.
                quotes.add(new CharSpan(open, trimEnd(text, i)));
                open = -1;
            } else if (opener == OPEN_CURLY && c == OPEN_CURLY) {
                // A second opener before any closer: the first was never closed; restart here.
                quotes.add(new CharSpan(open, trimEnd(text, i)));
                open = i;
            }
        }
        if (open >= 0) {
            quotes.add(new CharSpan(open, trimEnd(text, text.length())));
        }
        return quotes;
    }

    private static int trimEnd(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
