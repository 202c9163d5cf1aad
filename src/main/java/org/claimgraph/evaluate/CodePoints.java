package org.claimgraph.evaluate;

import java.util.Arrays;

/** An article's text indexed by Unicode code points, the unit brat offsets count, with maps to UTF-16 indices. */
public final class CodePoints {

    private final String text;
    // charIndex[cp] is the UTF-16 index where code point cp starts; the last entry is text.length().
    private final int[] charIndex;

    /** Indexes the text's code points. */
    public CodePoints(String text) {
        this.text = text;
        this.charIndex = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            charIndex[cp++] = i;
        }
        charIndex[cp] = text.length();
    }

    /** The text as a Java string. */
    public String text() {
        return text;
    }

    /** The number of code points in the text. */
    public int length() {
        return charIndex.length - 1;
    }

    /** The UTF-16 index of a code point offset. */
    public int charIndex(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > length()) {
            throw new IndexOutOfBoundsException("code point offset " + codePointOffset + " outside text of "
                    + length() + " code points");
        }
        return charIndex[codePointOffset];
    }

    /** The code point offset of a UTF-16 index; an index inside a surrogate pair counts as its code point. */
    public int codePointOffset(int charIdx) {
        if (charIdx < 0 || charIdx > text.length()) {
            throw new IndexOutOfBoundsException("char index " + charIdx + " outside text of " + text.length());
        }
        int found = Arrays.binarySearch(charIndex, charIdx);
        return found >= 0 ? found : -found - 2;
    }

    /** The code point at a code point offset. */
    public int codePointAt(int codePointOffset) {
        return text.codePointAt(charIndex(codePointOffset));
    }

    /** The text between two code point offsets, end exclusive. */
    public String slice(int begin, int end) {
        return text.substring(charIndex(begin), charIndex(end));
    }
}
