package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;

/** Finds "according to X, P" and "P, according to X": X is the source, the rest of the clause the content. */
final class AccordingToExtractor {

    /** Attributions introduced by "according to". */
    List<Attribution> extract(ParsedArticle doc, List<CharSpan> quotes) {
        List<Attribution> out = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            for (IndexedWord w : s.nodes()) {
                if (w.word().equalsIgnoreCase("according") && w.index() < s.tokens().size()
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
        Optional<IndexedWord> governor = s.parent(sourceHead.get());
        if (governor.isEmpty()) {
            return Optional.empty();
        }
        Optional<Mention> source = CueFrames.mention(s, sourceHead.get(), text);
        Optional<CharSpan> content = TreeSpans.subtree(s, governor.get(), List.of(sourceHead.get()), text);
        if (source.isEmpty() || content.isEmpty() || content.get().overlaps(source.get().span())) {
            return Optional.empty();
        }
        CharSpan cue = new CharSpan(s.token(according.index()).beginPosition(),
                s.token(according.index() + 1).endPosition());
        QuoteKind kind = quotes.stream().anyMatch(q -> q.overlaps(content.get())) ? QuoteKind.MIXED
                : QuoteKind.INDIRECT;
        return Optional.of(new Attribution(source, cue, "according to", List.of(content.get()), kind, s.index()));
    }
}
