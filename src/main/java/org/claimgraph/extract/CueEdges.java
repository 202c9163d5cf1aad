package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimgraph.annotate.ParsedSentence;

/**
 * Widens a cue over a quantifier floating between the source and the cue, which news-attribution annotation takes
 * into it ("Roe and Lund both stressed": all 840 PolNeAR train articles, in the cue 18 times, left out 5); a colon
 * after the cue is {@link CueToColon}'s.
 */
final class CueEdges {

    private CueEdges() {
    }

    /** The cue with a floating quantifier before it, only where it clashes with nothing. */
    static CharSpan widen(ParsedSentence s, String text, CharSpan cue, List<CharSpan> content,
                          Optional<Mention> source) {
        Optional<CoreLabel> before = s.tokens().stream().filter(t -> t.endPosition() <= cue.begin())
                .reduce((a, b) -> b)
                .filter(t -> text.substring(t.endPosition(), cue.begin()).isBlank())
                .filter(t -> CueFrames.FLOATING_QUANTIFIERS.contains(t.word().toLowerCase(Locale.ROOT)));
        // Only after a source of its own: a sentence-initial "Both said" is the subject itself.
        boolean afterSource = before.isPresent() && source.map(m -> m.span().end() <= before.get().beginPosition())
                .orElse(false);
        if (!afterSource) {
            return cue;
        }
        CharSpan wide = new CharSpan(before.get().beginPosition(), cue.end());
        return content.stream().anyMatch(wide::overlaps) ? cue : wide;
    }
}
