package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.annotate.PosTags;

/**
 * Reads reported speech closed by its frame from the words alone: "The plan had two goals, the admiral said." and
 * "P, said Jane Roe, a spokeswoman." The parser often hangs the name after the comma on the clause's last noun
 * ("goals, the admiral") and the verb on that, so the tree gives no cue; the words, framed as news frames quotes,
 * still name speaker and cue.
 */
final class ClauseFrame {

    /** Finite verb tags: what makes the words before a frame a clause, or shows one resuming after it. */

    private final TrailingFrame frame;

    ClauseFrame(CueLexicon lexicon) {
        this.frame = new TrailingFrame(lexicon);
    }

    /** The attributions of sentences that end in a frame whose cue no other reading took; their cues are marked used. */
    List<Attribution> extract(ParsedArticle doc, List<CharSpan> quotes, Set<CueToken> usedCues) {
        return doc.sentences().stream()
                .filter(s -> quotes.stream().noneMatch(q -> q.overlaps(new CharSpan(s.begin(), s.end()))))
                .flatMap(s -> framed(doc, s, usedCues).stream())
                .toList();
    }

    /**
     * The clause before the first comma that a frame follows ("P, X said."), if a finite verb makes it a clause.
     * A cue already read inside that clause does not stop it: "Roe plans to run again, her aide said" reports
     * Roe's plan and the aide's statement of it, one nested in the other.
     */
    private Optional<Attribution> framed(ParsedArticle doc, ParsedSentence s, Set<CueToken> usedCues) {
        List<CoreLabel> tokens = s.tokens();
        boolean clause = false;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (PosTags.isFiniteOrModal(t.tag())) {
                clause = true;
            }
            if (clause && i > 0 && t.word().equals(",")) {
                CharSpan content = new CharSpan(s.begin(), tokens.get(i - 1).endPosition());
                Optional<Attribution> found = frame.find(doc, content, new HashSet<>(usedCues))
                        .filter(a -> closesSentence(s, a));
                if (found.isPresent()) {
                    frame.find(doc, content, usedCues); // again on the real set, which marks its cue word used
                    Attribution a = found.get();
                    return Optional.of(new Attribution(a.source(), a.cue(), a.cueLemma(), a.content(),
                            QuoteKind.INDIRECT, a.sentence()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * True when the frame closes the sentence: no verb follows it before a comma, nor a finite verb right after that
     * comma. A verb after it shows the words were no frame ("…, suggested a tinge of regret about …").
     */
    private static boolean closesSentence(ParsedSentence s, Attribution a) {
        int frameEnd = Math.max(a.cue().end(), a.source().map(m -> m.span().end()).orElse(a.cue().end()));
        List<CoreLabel> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (t.beginPosition() < frameEnd) {
                continue;
            }
            if (t.word().equals(",")) {
                // "…, Roe said, adding that …" and "…, said Roe, who …" close it; "X, Roe recalled, was …" does not.
                return i + 1 >= tokens.size() || !PosTags.isFiniteOrModal(tokens.get(i + 1).tag());
            }
            if (t.tag() != null && (t.tag().startsWith("VB") || t.tag().equals("MD"))) {
                return false;
            }
        }
        return true;
    }
}
