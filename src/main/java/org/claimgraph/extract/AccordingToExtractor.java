package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;

/** Finds "according to X, P" and "P, according to X": X is the source, the rest of the clause the content. */
final class AccordingToExtractor {

    /** Attributions introduced by "according to", outside quotations. */
    List<Attribution> extract(ParsedArticle doc, List<CharSpan> quotes) {
        List<Attribution> out = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            for (IndexedWord w : s.nodes()) {
                // Inside a quotation the phrase is part of what the speaker said, not the reporter's attribution:
                // PolNeAR gold marks none of the 7 such phrases in its 840 train articles (394 of 422 outside).
                int at = s.token(w.index()).beginPosition();
                boolean quoted = quotes.stream().anyMatch(q -> q.contains(at));
                if (w.word().equalsIgnoreCase("according") && w.index() < s.tokens().size() && !quoted
                        && s.token(w.index() + 1).word().equalsIgnoreCase("to")) {
                    attribution(doc.text(), s, w, quotes).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static Optional<Attribution> attribution(String text, ParsedSentence s, IndexedWord according,
                                                     List<CharSpan> quotes) {
        Optional<IndexedWord> sourceHead = s.parent(according);
        if (sourceHead.isEmpty()) {
            return Optional.empty();
        }
        Optional<Mention> source = CueFrames.mention(s, sourceHead.get(), text, quotes);
        // A closing mark of a title in the source ("according to his book “The Long Count.”") that the parser hung
        // on the clause belongs to the source, not to what it reports.
        List<CharSpan> content = content(text, s, sourceHead.get()).stream()
                .filter(c -> source.isEmpty() || !c.within(source.get().span())).toList();
        if (source.isEmpty() || content.isEmpty()
                || content.stream().anyMatch(c -> c.overlaps(source.get().span()))) {
            return Optional.empty();
        }
        CharSpan cue = new CharSpan(s.token(according.index()).beginPosition(),
                s.token(according.index() + 1).endPosition());
        QuoteKind kind = QuoteKind.indirectOrMixed(content, quotes);
        return Optional.of(new Attribution(source, cue, "according to", content, kind, s.index()));
    }

    /**
     * The clause the phrase hangs on, without the phrase (in pieces when the phrase sits inside it); or, for
     * "That's according to X", the subject the phrase is predicated of.
     */
    private static List<CharSpan> content(String text, ParsedSentence s, IndexedWord sourceHead) {
        Optional<IndexedWord> governor = s.parent(sourceHead);
        if (governor.isPresent()) {
            return TreeSpans.runs(s, s.subtree(governor.get(), List.of(sourceHead)), text);
        }
        return s.child(sourceHead, "nsubj").flatMap(n -> TreeSpans.subtree(s, n, List.of(), text))
                .map(List::of).orElse(List.of());
    }
}
