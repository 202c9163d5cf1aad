package org.claimgraph.evaluate;

import java.util.Arrays;
import java.util.List;

/** The tokens of a span set, each identified by its position in the text, so shared tokens can be counted. */
public final class TokenSet {

    /** No tokens. */
    public static final TokenSet EMPTY = new TokenSet(new long[0]);

    // Each token packed as begin << 32 | end, sorted and distinct, so intersecting is one merge.
    private final long[] tokens;

    private TokenSet(long[] tokens) {
        this.tokens = tokens;
    }

    /** The set of the given token ranges. */
    public static TokenSet of(List<SpanSet.Range> ranges) {
        long[] packed = ranges.stream().mapToLong(r -> (long) r.begin() << 32 | r.end()).sorted().distinct().toArray();
        return new TokenSet(packed);
    }

    /** The number of tokens. */
    public int size() {
        return tokens.length;
    }

    /** The number of tokens in both sets. */
    public int shared(TokenSet other) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < tokens.length && j < other.tokens.length) {
            int c = Long.compare(tokens[i], other.tokens[j]);
            if (c == 0) {
                n++;
            }
            if (c <= 0) {
                i++;
            }
            if (c >= 0) {
                j++;
            }
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenSet t && Arrays.equals(tokens, t.tokens);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tokens);
    }
}
