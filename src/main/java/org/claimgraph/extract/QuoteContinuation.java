package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gives the quote after a closing frame to the speaker it frames, whichever reading found the frame: in "“P,” said
 * Roe, speaking for the first time. “Q.”" the speaker goes on, and annotators mark Q as more of Roe's content (on
 * PolNeAR dev, 12 of 13 such quotes). The quote reader joins such quotes itself when it read the frame; this
 * catches the frames the tree or the words read instead, and quotes that the splitter ran into other sentences.
 */
final class QuoteContinuation {

    /** What may lie between the frame and the next quote: the rest of the frame's sentence, then a paragraph break. */
    private static final Pattern FRAME_END = Pattern.compile("[^.?!\"\u201C\u201D\\n]*[.?!]\\s*");
    /** At most this many line breaks between the frame and the quote going on from it. */
    private static final int MAX_BREAKS = 2;
    /** Characters a reading may leave between its content's end and the quotation's: a comma and a mark. */
    private static final int MARKS_LEFT_OUT = 2;

    private QuoteContinuation() {
    }

    /** The attributions, each quote-then-frame one given the whole quote that follows its frame, if it is free. */
    static List<Attribution> apply(String text, List<CharSpan> quotes, List<Attribution> attributions) {
        List<Attribution> out = handedBack(text, quotes, attributions);
        for (int i = 0; i < out.size(); i++) {
            Attribution a = out.get(i);
            Optional<CharSpan> next = following(text, quotes, a).filter(q -> isFree(q, out));
            if (next.isPresent()) {
                List<CharSpan> content = new ArrayList<>(a.content());
                content.add(next.get());
                out.set(i, a.withContent(content, receiving(a.kind(), true)));
            }
        }
        return out;
    }

    /**
     * The quote right after the frame's sentence when the content is a quote the frame closes and nothing of it
     * follows the frame yet: a full sentence opening in upper case.
     */
    private static Optional<CharSpan> following(String text, List<CharSpan> quotes, Attribution a) {
        CharSpan last = a.content().get(a.content().size() - 1);
        int frameEnd = Math.max(a.cue().end(), a.source().map(m -> m.span().end()).orElse(0));
        // The reading may have left the quotation's closing marks out of the content ("P" for "“P,”").
        boolean closedQuote = quotes.stream().anyMatch(q -> q.begin() <= last.begin() && q.end() >= last.end()
                && q.end() - last.end() <= MARKS_LEFT_OUT);
        if (last.end() > a.cue().begin() || !closedQuote) {
            return Optional.empty();
        }
        return quotes.stream().filter(q -> q.begin() >= frameEnd).findFirst().filter(q -> {
            String between = text.substring(frameEnd, q.begin());
            return FRAME_END.matcher(between).matches() && between.chars().filter(c -> c == '\n').count() <= MAX_BREAKS
                    && q.end() - q.begin() > 2 && Character.isUpperCase(text.charAt(q.begin() + 1));
        });
    }

    /**
     * The attributions with each content piece that a quote reader carried over a paragraph break past another
     * speaker's frame given to that frame, with the pieces after it: in "“P,” Roe replied. ¶ Lee asked whether Q.
     * “R?”" the question is Lee's (on PolNeAR dev, all 6 such pieces are the nearer frame's in gold).
     */
    private static List<Attribution> handedBack(String text, List<CharSpan> quotes, List<Attribution> attributions) {
        List<Attribution> out = new ArrayList<>(attributions);
        for (int i = 0; i < out.size(); i++) {
            List<CharSpan> content = out.get(i).content();
            for (int k = 1; k < content.size(); k++) {
                int paragraph = text.lastIndexOf('\n', content.get(k).begin());
                if (paragraph < content.get(k - 1).end()) {
                    continue;
                }
                int taker = nearerFrame(out, i, paragraph, content.get(k).begin());
                if (taker >= 0) {
                    List<CharSpan> moved = content.subList(k, content.size());
                    boolean quoted = moved.stream().anyMatch(m -> quotes.stream().anyMatch(m::overlaps));
                    Attribution nearer = out.get(taker);
                    out.set(taker, withPieces(nearer, nearer.content(), moved, receiving(nearer.kind(), quoted)));
                    out.set(i, withPieces(out.get(i), content.subList(0, k), List.of(), out.get(i).kind()));
                    break;
                }
            }
        }
        return out;
    }

    /** The last other attribution whose cue lies between the paragraph's start and the piece, and its content too. */
    private static int nearerFrame(List<Attribution> attributions, int self, int from, int to) {
        int best = -1;
        for (int j = 0; j < attributions.size(); j++) {
            Attribution b = attributions.get(j);
            boolean between = b.cue().begin() > from && b.cue().end() <= to && b.contentExtent().end() <= to;
            if (j != self && between && (best < 0 || b.cue().begin() > attributions.get(best).cue().begin())) {
                best = j;
            }
        }
        return best;
    }

    /** The attribution with the given content pieces and more, in text order, reporting them as the given kind. */
    private static Attribution withPieces(Attribution a, List<CharSpan> pieces, List<CharSpan> more, QuoteKind kind) {
        List<CharSpan> content = new ArrayList<>(pieces);
        content.addAll(more);
        content.sort(null);
        return a.withContent(content, kind);
    }

    /**
     * The kind of a content after it receives more pieces: the writer's words that take in a quotation ("Lee asked
     * whether Q. “R?”") now hold quoted words too, so they are mixed; a direct or mixed content stays as it was.
     */
    private static QuoteKind receiving(QuoteKind kind, boolean quotationAdded) {
        return kind == QuoteKind.INDIRECT && quotationAdded ? QuoteKind.MIXED : kind;
    }

    /** True when no attribution holds any of the quote in its content or cue. */
    private static boolean isFree(CharSpan quote, List<Attribution> attributions) {
        return attributions.stream().noneMatch(a -> a.cue().overlaps(quote)
                || a.content().stream().anyMatch(c -> c.overlaps(quote)));
    }
}
