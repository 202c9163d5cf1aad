package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.annotate.QuoteMarks;

/** Turns sets of tokens from a dependency tree into character spans, trimming punctuation at the edges. */
final class TreeSpans {

    private TreeSpans() {
    }

    /** The span from the first to the last of the tokens, without punctuation at either edge; quotes are balanced against {@code text} unless it is empty. */
    static Optional<CharSpan> span(ParsedSentence s, List<Integer> tokens, String text) {
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> sorted = tokens.stream().sorted().distinct().toList();
        int lo = 0;
        int hi = sorted.size() - 1;
        // Trim over the tokens themselves, not the range: a cut-out phrase must not pull the edge back in.
        while (lo <= hi && s.isPunctuation(sorted.get(lo)) && !isQuote(s.token(sorted.get(lo)))) {
            lo++;
        }
        while (hi >= lo && s.isPunctuation(sorted.get(hi)) && !isQuote(s.token(sorted.get(hi)))) {
            hi--;
        }
        if (lo > hi) {
            return Optional.empty();
        }
        int first = sorted.get(lo);
        int last = sorted.get(hi);
        CharSpan raw = new CharSpan(s.token(first).beginPosition(), s.token(last).endPosition());
        return Optional.of(text.isEmpty() ? raw : balanceQuotes(closeQuote(raw, text), text));
    }

    /** The tokens as contiguous pieces (a gap is a missing token), each trimmed of edge punctuation. */
    static List<CharSpan> runs(ParsedSentence s, List<Integer> tokens, String text) {
        List<CharSpan> out = new ArrayList<>();
        List<Integer> sorted = tokens.stream().sorted().distinct().toList();
        int start = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || sorted.get(i) != sorted.get(i - 1) + 1) {
                span(s, sorted.subList(start, i), text).ifPresent(out::add);
                start = i;
            }
        }
        return out;
    }

    /** The span of a node's subtree without the subtrees under {@code cut}. */
    static Optional<CharSpan> subtree(ParsedSentence s, IndexedWord node, List<IndexedWord> cut, String text) {
        return span(s, s.subtree(node, cut), text);
    }

    /**
     * Takes in the closing mark (and the punctuation before it) of a quote the span opened and nearly finished:
     * "called it “a disaster.”" ends after the mark, as annotators mark quoted words.
     */
    static CharSpan closeQuote(CharSpan span, String text) {
        if (countMarks(text, span.begin(), span.end()) % 2 == 0) {
            return span;
        }
        int e = span.end();
        while (e < text.length() && e - span.end() < 3 && ".,;:!?".indexOf(text.charAt(e)) >= 0) {
            e++;
        }
        String mark = e < text.length() ? QuoteFinder.markAt(text, e) : null;
        if (mark == null || mark.equals("\u201C")) {
            return span;
        }
        return new CharSpan(span.begin(), e + mark.length());
    }

    /** Drops a lone quotation mark at either edge, so a span never opens or closes a quote it does not hold. */
    static CharSpan balanceQuotes(CharSpan span, String text) {
        int b = span.begin();
        int e = span.end();
        if (countMarks(text, b, e) % 2 == 1) {
            String first = QuoteFinder.markAt(text, b);
            String last = lastMark(text, b, e);
            if (first != null && last == null) {
                b = skipSpace(text, b + first.length(), e);
            } else if (last != null) {
                e = trimSpace(text, b, e - last.length());
            }
        }
        return b < e ? new CharSpan(b, e) : span;
    }

    private static int countMarks(String text, int b, int e) {
        int n = 0;
        int i = b;
        while (i < e) {
            String m = QuoteFinder.markAt(text, i);
            n += m == null ? 0 : 1;
            i += m == null ? 1 : m.length();
        }
        return n;
    }

    /** The quotation mark that ends the span, if it ends with one. */
    private static String lastMark(String text, int b, int e) {
        if (e - 2 >= b && QuoteFinder.markAt(text, e - 2) != null && QuoteFinder.markAt(text, e - 2).length() == 2) {
            return "''";
        }
        String m = QuoteFinder.markAt(text, e - 1);
        return m != null && m.length() == 1 ? m : null;
    }

    private static int skipSpace(String text, int b, int e) {
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        return b;
    }

    private static int trimSpace(String text, int b, int e) {
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean isQuote(CoreLabel token) {
        return QuoteMarks.isQuoteMark(token.word());
    }

    /** Tokens of a sentence (1-based) whose characters lie in none of the given spans. */
    static List<Integer> tokensOutside(ParsedSentence s, List<CharSpan> spans) {
        List<Integer> out = new ArrayList<>();
        for (CoreLabel t : s.tokens()) {
            boolean inside = spans.stream().anyMatch(q -> q.contains(t.beginPosition()));
            if (!inside) {
                out.add(t.index());
            }
        }
        return out;
    }
}
