package org.claimgraph.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of one role of an attribution: a set of half-open ranges of code point offsets, possibly discontinuous.
 *
 * @param ranges the ranges in the order given
 */
public record SpanSet(List<Range> ranges) {

    /** No text at all: the role is missing. */
    public static final SpanSet EMPTY = new SpanSet(List.of());

    /**
     * One contiguous range of code points.
     *
     * @param begin first code point
     * @param end   code point after the last
     */
    public record Range(int begin, int end) {
        public Range {
            if (begin < 0 || end < begin) {
                throw new IllegalArgumentException("bad range " + begin + "-" + end);
            }
        }
    }

    public SpanSet {
        ranges = List.copyOf(ranges);
    }

    /** A span set of the given ranges. */
    public static SpanSet of(List<Range> ranges) {
        return new SpanSet(ranges);
    }

    /** A span set of one range. */
    public static SpanSet of(int begin, int end) {
        return new SpanSet(List.of(new Range(begin, end)));
    }

    /** True when the set covers no text. */
    public boolean isEmpty() {
        return ranges.stream().allMatch(r -> r.begin() == r.end());
    }

    /** The offset after the last covered code point (0 when empty). */
    public int end() {
        return ranges.stream().mapToInt(Range::end).max().orElse(0);
    }

    /**
     * The canonical form for comparison: each range trimmed of whitespace, empty ones dropped, sorted, and ranges
     * that touch or are separated only by whitespace merged; annotators split spans at line breaks where
     * extractors do not, and that difference should not cost an exact match.
     */
    public SpanSet normalised(CodePoints text) {
        List<Range> trimmed = new ArrayList<>();
        for (Range r : ranges) {
            int b = r.begin();
            int e = r.end();
            while (b < e && isSpace(text.codePointAt(b))) {
                b++;
            }
            while (e > b && isSpace(text.codePointAt(e - 1))) {
                e--;
            }
            if (b < e) {
                trimmed.add(new Range(b, e));
            }
        }
        trimmed.sort(Comparator.comparingInt(Range::begin).thenComparingInt(Range::end));
        List<Range> merged = new ArrayList<>();
        for (Range r : trimmed) {
            Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && onlySpaceBetween(text, last.end(), r.begin())) {
                merged.set(merged.size() - 1, new Range(last.begin(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return new SpanSet(merged);
    }

    /** True when some code point lies in both sets. */
    public boolean overlaps(SpanSet other) {
        for (Range a : ranges) {
            for (Range b : other.ranges) {
                if (a.begin() < b.end() && b.begin() < a.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The tokens of the covered text: maximal runs of letters and digits within each range. */
    public TokenSet tokens(CodePoints text) {
        List<Range> tokens = new ArrayList<>();
        for (Range r : ranges) {
            int start = -1;
            for (int i = r.begin(); i <= r.end(); i++) {
                boolean word = i < r.end() && Character.isLetterOrDigit(text.codePointAt(i));
                if (word && start < 0) {
                    start = i;
                } else if (!word && start >= 0) {
                    tokens.add(new Range(start, i));
                    start = -1;
                }
            }
        }
        return TokenSet.of(tokens);
    }

    /** The covered text, fragments joined by a space as brat shows them. */
    public String text(CodePoints text) {
        return ranges.stream().map(r -> text.slice(r.begin(), r.end())).collect(Collectors.joining(" "));
    }

    /** The offsets as brat writes them: {@code b1 e1;b2 e2}. */
    public String bratOffsets() {
        return ranges.stream().map(r -> r.begin() + " " + r.end()).collect(Collectors.joining(";"));
    }

    private static boolean onlySpaceBetween(CodePoints text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(text.codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    // Character.isWhitespace misses the no-break space, which news text uses between words.
    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
