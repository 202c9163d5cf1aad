package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.annotate.ParsedSentence;

/**
 * Finds quotations in running text: curly “…” pairs, straight "…" pairs and the doubled-apostrophe ''…'' pairs
 * some newspapers print; a quote still open at a line break ends there (news style reopens it in the next
 * paragraph), and so does a curly quote that meets a second opener before its closer. Closers of the other style
 * close too, as typed text mixes them ("“We won," he said"), and so does an opener set where a closer belongs,
 * right after the quote's last comma or stop and before a space ("“We won,“ he said"). A straight mark set as an
 * opener after a finished sentence ("… we won. "Next year …") reopens the quote in a new paragraph whose line break
 * the text lost: the open quote ends before it, as at a line break.
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
            } else if (mark != null && reopens(text, i, mark)) {
                quotes.add(new CharSpan(open, trimEnd(text, i)));
                open = i;
                opener = mark;
            } else if (mark != null && (closes(opener, mark) || inCloserPosition(text, i, mark))) {
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

    /** The last character of a quote inside its quotation marks ("." in “We won.”); a space when there is none. */
    static char lastCharacter(String text, CharSpan quote) {
        for (int i = quote.end() - 1; i > quote.begin(); i--) {
            char c = text.charAt(i);
            if (markAt(text, i) == null && c != '\'') {
                return c;
            }
        }
        return ' ';
    }

    /**
     * True when no verb follows the cue in its sentence, so that the sentence is nothing but a quote's frame
     * ("Roe said on Tuesday."), not a report of its own ("The mayor asked if the budget was approved.").
     */
    static boolean frameIsAll(ParsedSentence s, CharSpan cue) {
        return s.tokens().stream().noneMatch(t -> t.beginPosition() >= cue.end() && t.tag() != null
                && t.tag().startsWith("VB"));
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

    // A curly or straight double quote closes a quote opened by either: typed and pasted text mixes the two.
    private static boolean closes(String opener, String mark) {
        if (opener.equals("''") || mark.equals("''")) {
            return opener.equals(mark);
        }
        return !mark.equals(String.valueOf(OPEN_CURLY));
    }

    /**
     * A straight mark after a sentence's final stop and a space, and right before a word: an opener, as a closer
     * follows the quote's last character without a space.
     */
    private static boolean reopens(String text, int i, String mark) {
        if (!mark.equals("\"") || i < 2 || i + 1 >= text.length() || !Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        int before = trimEnd(text, i) - 1;
        return before >= 0 && ".?!".indexOf(text.charAt(before)) >= 0 && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** A curly opener right after a comma or full stop and before a space or the end: a mistyped closer. */
    private static boolean inCloserPosition(String text, int i, String mark) {
        if (!mark.equals(String.valueOf(OPEN_CURLY)) || i == 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        boolean afterPunctuation = ",.?!".indexOf(before) >= 0;
        boolean beforeSpace = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        return afterPunctuation && beforeSpace;
    }

    private static int trimEnd(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
