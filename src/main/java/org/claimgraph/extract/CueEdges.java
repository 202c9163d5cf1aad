package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;

/**
 * Widens a cue over the marks at its edges that news-attribution annotation takes into it: a quantifier floating
 * between the source and the cue ("Roe and Lund both stressed": all 840 PolNeAR train articles, in the cue 18
 * times, left out 5) and a colon handing over to the content after an adverb or phrase ("added warily:", in the
 * cue 367 times, left out 12).
 */
final class CueEdges {


    private CueEdges() {
    }

    /** The cue with a floating quantifier before it and a colon after it; each only where it clashes with nothing. */
    static CharSpan widen(ParsedSentence s, String text, CharSpan cue, List<CharSpan> content,
                          Optional<Mention> source) {
        return withColon(s, text, withQuantifier(s, text, cue, content, source), content);
    }

    private static CharSpan withQuantifier(ParsedSentence s, String text, CharSpan cue, List<CharSpan> content,
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

    private static CharSpan withColon(ParsedSentence s, String text, CharSpan cue, List<CharSpan> content) {
        Optional<CoreLabel> after = s.tokens().stream().filter(t -> t.beginPosition() >= cue.end()).findFirst()
                .filter(t -> text.substring(cue.end(), t.beginPosition()).isBlank())
                .filter(t -> t.word().equals(":"));
        // The colon hands over only to content that follows it.
        boolean handsOver = after.isPresent()
                && content.stream().anyMatch(c -> c.begin() >= after.get().endPosition());
        if (!handsOver) {
            return cue;
        }
        CharSpan wide = new CharSpan(cue.begin(), after.get().endPosition());
        return content.stream().anyMatch(wide::overlaps) ? cue : wide;
    }
}
