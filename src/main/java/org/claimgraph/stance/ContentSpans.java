package org.claimgraph.stance;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.CharSpan;

/** Arithmetic on a content's character spans: cutting parts out, keeping one sentence, covering tokens. */
final class ContentSpans {

    private ContentSpans() {
    }

    /** The spans without the parts that the cut covers; pieces left with no word in them are dropped. */
    static List<CharSpan> minus(String text, List<CharSpan> spans, List<CharSpan> cut) {
        List<CharSpan> out = new ArrayList<>();
        for (CharSpan sp : spans) {
            List<CharSpan> pieces = new ArrayList<>(List.of(sp));
            for (CharSpan c : cut) {
                List<CharSpan> next = new ArrayList<>();
                for (CharSpan p : pieces) {
                    if (!p.overlaps(c)) {
                        next.add(p);
                        continue;
                    }
                    if (p.begin() < c.begin()) {
                        next.add(new CharSpan(p.begin(), c.begin()));
                    }
                    if (c.end() < p.end()) {
                        next.add(new CharSpan(c.end(), p.end()));
                    }
                }
                pieces = next;
            }
            pieces.stream().filter(p -> hasWord(text, p)).forEach(out::add);
        }
        return out;
    }

    private static boolean hasWord(String text, CharSpan span) {
        return span.of(text).codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The parts of the spans that lie in this sentence. */
    static List<CharSpan> withinSentence(ParsedSentence s, List<CharSpan> spans) {
        List<CharSpan> out = new ArrayList<>();
        for (CharSpan sp : spans) {
            int begin = Math.max(sp.begin(), s.begin());
            int end = Math.min(sp.end(), s.end());
            if (begin < end) {
                out.add(new CharSpan(begin, end));
            }
        }
        return out.isEmpty() ? spans : out;
    }

    /** True when the word begins inside one of the spans. */
    static boolean inside(ParsedSentence s, IndexedWord w, List<CharSpan> spans) {
        int at = s.token(w.index()).beginPosition();
        return spans.stream().anyMatch(sp -> sp.contains(at));
    }

    /** The span from the first to the last of these (1-based) tokens. */
    static CharSpan span(ParsedSentence s, List<Integer> tokens) {
        int first = tokens.stream().min(Integer::compare).orElseThrow();
        int last = tokens.stream().max(Integer::compare).orElseThrow();
        return new CharSpan(s.token(first).beginPosition(), s.token(last).endPosition());
    }
}
