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

    private final TrailingFrame frame;

    ClauseFrame(CueLexicon lexicon) {
        this.frame = new TrailingFrame(lexicon);
    }

    /** The attributions of sentences that end in a frame whose cue no other reading took; their cues are marked used. */
    List<Attribution> extract(ParsedArticle doc, List<CharSpan> quotes, Set<CueToken> usedCues) {
        return doc.sentences().stream()
                .flatMap(s -> framed(doc, s, quotes, usedCues).stream())
                .toList();
    }

    /**
     * True when the quotations of the sentence leave the reading alone: its cue lies outside them, and each one its
     * content touches lies inside a piece of the content with words of its own ("The plan, which critics call
     * “a disaster,” will cost more, officials said"). A frame inside a quotation, or one that hands over to a
     * quotation ("…, Roe yelled, “Out!”"), is the direct-quote reader's.
     */
    private static boolean clearOfQuotes(String text, Attribution a, List<CharSpan> quotes) {
        int frameEnd = frameEnd(a);
        return quotes.stream().noneMatch(q -> q.overlaps(a.cue()) || a.content().stream()
                .anyMatch(c -> c.overlaps(q) && (!c.covers(q) || q.covers(c)))
                || q.begin() >= frameEnd && text.substring(frameEnd, q.begin()).matches("\\s*[,:]\\s*"));
    }

    /**
     * The clause before the first comma that a frame follows ("P, X said."), if a finite verb makes it a clause; or
     * the words after a frame that interrupts the sentence between commas ("Loyalty, he noted, has long been …"),
     * which {@link InterruptedFrame} then completes with the words before it.
     * A cue already read inside that clause does not stop it: "Roe plans to run again, her aide said" reports
     * Roe's plan and the aide's statement of it, one nested in the other.
     */
    private Optional<Attribution> framed(ParsedArticle doc, ParsedSentence s, List<CharSpan> quotes,
                                         Set<CueToken> usedCues) {
        List<CoreLabel> tokens = s.tokens();
        boolean clause = false;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (PosTags.isFiniteOrModal(t.tag())) {
                clause = true;
            }
            if (i > 0 && t.word().equals(",")) {
                CharSpan opening = new CharSpan(lineStart(doc.text(), s, i), tokens.get(i - 1).endPosition());
                boolean closedClause = clause;
                Optional<Attribution> found = frame.find(doc, opening, new HashSet<>(usedCues));
                Optional<List<CharSpan>> content = found.flatMap(a -> closedClause && closesSentence(s, a)
                        ? Optional.of(a.content()) : resumedPredicate(s, a).map(List::of));
                Optional<Attribution> read = content.map(c -> new Attribution(found.get().source(),
                        found.get().cue(), found.get().cueLemma(), c, QuoteKind.indirectOrMixed(c, quotes),
                        found.get().sentence()));
                if (read.isPresent() && clearOfQuotes(doc.text(), read.get(), quotes)) {
                    frame.find(doc, opening, usedCues); // again on the real set, which marks its cue word used
                    return read;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where the line holding token i begins, within the sentence: a heading on the line above ("“CALM AND
     * STEADY”") runs into the sentence when only one line break parts them, and is no part of what was said.
     */
    private static int lineStart(String text, ParsedSentence s, int i) {
        int lineBreak = text.lastIndexOf('\n', s.tokens().get(i).beginPosition());
        return s.tokens().stream().map(CoreLabel::beginPosition).filter(b -> b > lineBreak).findFirst()
                .filter(b -> b > s.begin()).orElse(s.begin());
    }

    /**
     * The words after a frame set off by commas in mid-sentence when they go on with the predicate of the words
     * before it: "Loyalty, he noted, has long been a core value." gives "has long been a core value" (a finite verb
     * or modal first, past any adverbs), to the end of the sentence without its closing mark.
     */
    private static Optional<CharSpan> resumedPredicate(ParsedSentence s, Attribution a) {
        int frameEnd = frameEnd(a);
        List<CoreLabel> tokens = s.tokens();
        int comma = 0;
        while (comma < tokens.size() && tokens.get(comma).beginPosition() < frameEnd) {
            comma++;
        }
        if (comma >= tokens.size() || !tokens.get(comma).word().equals(",")) {
            return Optional.empty();
        }
        int first = comma + 1;
        int verb = first;
        while (verb < tokens.size() && "RB".equals(tokens.get(verb).tag())) {
            verb++;
        }
        int last = tokens.size() - 1;
        while (last > first && s.isPunctuation(last + 1)) {
            last--;
        }
        if (verb > last || !PosTags.isFiniteOrModal(tokens.get(verb).tag())) {
            return Optional.empty();
        }
        return Optional.of(new CharSpan(tokens.get(first).beginPosition(), tokens.get(last).endPosition()));
    }

    /** Where the frame ends: after its cue or its source, whichever comes last. */
    private static int frameEnd(Attribution a) {
        return Math.max(a.cue().end(), a.source().map(m -> m.span().end()).orElse(a.cue().end()));
    }

    /**
     * True when the frame closes the sentence: no verb follows it before a comma, nor a finite verb right after that
     * comma. A verb after it shows the words were no frame ("…, suggested a tinge of regret about …").
     */
    private static boolean closesSentence(ParsedSentence s, Attribution a) {
        int frameEnd = frameEnd(a);
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
