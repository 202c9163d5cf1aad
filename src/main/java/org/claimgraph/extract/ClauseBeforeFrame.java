package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;

/**
 * Gives a frame that closes its sentence ("P, Frankel said.", "P, according to the police.") the whole clause
 * before it, and ends any other content that ran on over the frame before its comma. The parser often hangs such a
 * frame on the clause's last verb, so the frame reads only "which is well known", while a report inside the
 * clause ("He promised …") runs on to the sentence's end and takes the frame's speaker's words as its own.
 */
final class ClauseBeforeFrame {

    /** What may stand between the content and the frame: words of the line ending in a comma ("P, Roe said"). */
    private static final Pattern COMMA_BEFORE_FRAME = Pattern.compile("[^\\n]*,[\\s\"”’']*");
    /** Marks a clause before a frame does not reach over: a colon, a semicolon, a line break. */
    private static final String CLAUSE_BOUNDARIES = ":;\n";
    /** What may follow the frame to the sentence's end: closing punctuation only. */
    private static final Pattern SENTENCE_END = Pattern.compile("[\\s.!?\"”’']*");

    private ClauseBeforeFrame() {
    }

    /**
     * The attributions with each closing frame's content widened to its clause, and the reports inside that clause
     * whose contents ran on over the frame ended before it.
     */
    static List<Attribution> apply(ParsedArticle doc, List<Attribution> all) {
        List<Attribution> out = new ArrayList<>(all);
        for (int f = 0; f < all.size(); f++) {
            Attribution frame = all.get(f);
            Optional<CharSpan> found = clause(doc, frame);
            if (found.isEmpty()) {
                continue;
            }
            CharSpan clause = found.get();
            int comma = clause.end();
            int frameBegin = frameBegin(frame);
            for (int i = 0; i < out.size(); i++) {
                Attribution other = out.get(i);
                if (i == f) {
                    out.set(i, other.withContent(List.of(clause)));
                } else if (other.cue().within(clause)
                        && other.content().stream().anyMatch(c -> c.begin() < comma && c.end() > frameBegin)) {
                    out.set(i, ContentCut.endBefore(doc.text(), other, comma));
                }
            }
        }
        return out;
    }

    /**
     * The clause before a frame that closes its sentence after a comma, when the frame's content, not a quotation,
     * lies in that clause but leaves words of it out. The clause runs from the sentence's start, or from the last
     * colon, semicolon or line break before the content ("Poll: P, according to Q"; a headline run into the lead),
     * to that comma.
     */
    private static Optional<CharSpan> clause(ParsedArticle doc, Attribution a) {
        String text = doc.text();
        CharSpan content = a.contentExtent();
        int frameBegin = frameBegin(a);
        int frameEnd = Math.max(a.cue().end(), a.source().map(s -> s.span().end()).orElse(0));
        Optional<ParsedSentence> sentence = doc.sentenceAt(content.begin());
        if (a.kind() == QuoteKind.DIRECT || frameBegin < content.end() || sentence.isEmpty()
                || frameEnd > sentence.get().end()
                || !COMMA_BEFORE_FRAME.matcher(text.substring(content.end(), frameBegin)).matches()
                || !SENTENCE_END.matcher(text.substring(frameEnd, sentence.get().end())).matches()) {
            return Optional.empty();
        }
        int start = sentence.get().begin();
        for (char boundary : CLAUSE_BOUNDARIES.toCharArray()) {
            start = Math.max(start, text.lastIndexOf(boundary, content.begin() - 1) + 1);
        }
        while (start < content.begin() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.lastIndexOf(',', frameBegin);
        while (end > content.end() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        end = Math.max(end, content.end());
        boolean widens = ContentCut.hasWords(text, start, content.begin())
                || ContentCut.hasWords(text, content.end(), end);
        return widens ? Optional.of(new CharSpan(start, end)) : Optional.empty();
    }

    private static int frameBegin(Attribution a) {
        return Math.min(a.cue().begin(), a.source().map(s -> s.span().begin()).orElse(Integer.MAX_VALUE));
    }
}
