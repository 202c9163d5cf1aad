package org.claimgraph.extract;

/**
 * A half-open range of UTF-16 character offsets into an article's text, as CoreNLP reports them.
 *
 * @param begin first character
 * @param end   character after the last
 */
public record CharSpan(int begin, int end) implements Comparable<CharSpan> {

    public CharSpan {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
        }
    }

    /** The covered text. */
    public String of(String text) {
        return text.substring(begin, end);
    }

    /** True when the two spans share at least one character. */
    public boolean overlaps(CharSpan other) {
        return begin < other.end && other.begin < end;
    }

    /** True when this span lies wholly inside the other. */
    public boolean within(CharSpan other) {
        return begin >= other.begin && end <= other.end;
    }

    /** True when the offset falls inside this span. */
    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }

    /** True when the other span lies wholly inside this one. */
    public boolean covers(CharSpan other) {
        return other.begin >= begin && other.end <= end;
    }

    @Override
    public int compareTo(CharSpan o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
