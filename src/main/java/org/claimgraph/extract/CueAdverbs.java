package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;
import org.claimgraph.annotate.ParsedSentence;

/**
 * Widens a cue over the adverbs right after its verb: "shot back", "said repeatedly", "replied sarcastically".
 * News-attribution annotation keeps them in the cue (all 840 PolNeAR train articles: 53 kept, 12 left out), as it
 * keeps the adverbs before the verb.
 */
final class CueAdverbs {

    private CueAdverbs() {
    }

    /** The cue extended over the adverbs that follow it and modify a word of it; the cue itself if none do. */
    static CharSpan widen(ParsedSentence s, String text, CharSpan cue, List<CharSpan> content,
                          Optional<Mention> source) {
        int end = cue.end();
        for (CoreLabel t : s.tokens()) {
            if (t.beginPosition() < end) {
                continue;
            }
            boolean adjacent = text.substring(end, t.beginPosition()).isBlank();
            if (!adjacent || !modifiesCue(s, t, cue) || TimeWords.isTimeWord(t.word())) {
                break;
            }
            end = t.endPosition();
        }
        CharSpan wide = new CharSpan(cue.begin(), end);
        boolean clashes = content.stream().anyMatch(wide::overlaps)
                || source.map(m -> wide.overlaps(m.span())).orElse(false);
        return clashes ? cue : wide;
    }

    /** An adverb whose governor is a word of the cue. */
    private static boolean modifiesCue(ParsedSentence s, CoreLabel t, CharSpan cue) {
        if (t.tag() == null || !t.tag().startsWith("RB")) {
            return false;
        }
        IndexedWord node = s.node(t.index());
        return node != null && s.relationToParent(node).startsWith("advmod")
                && s.parent(node).map(p -> cue.contains(s.token(p.index()).beginPosition())).orElse(false);
    }
}
