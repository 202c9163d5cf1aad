package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * Widens a cue over a colon right after it ("added warily:") and over the words that run on from it to a colon
 * handing over to the content: "worded it even more
 * carefully: “P”", "tweeted this: “P”", "added a caveat: “P”", "argued that:" and the paragraph after. News
 * attribution annotation takes the whole stretch up to and with the colon into the cue. Not over a hearer ("told
 * Fox News:", "told the crowd:"), a topic or stance opened by a word of colon-gap-openers.tsv ("said of X:"), the
 * source ("Stated Stone:"), nor a stretch holding a comma, a quotation mark, a verb or a conjunction.
 */
final class CueToColon {

    /** At most this many words between a cue and its colon; a longer stretch is a clause of its own. */
    private static final int MAX_GAP_TOKENS = 12;

    /** Words that open a hearer, topic or stance phrase left out of the cue. */
    private static final Set<String> OPENERS = TsvResource.words("colon-gap-openers.tsv");

    /** Nouns for those addressed and for occasions: "told the crowd:" names a hearer. */
    private static final Set<String> HEARERS = TsvResource.words("hearers-and-occasions.tsv");

    /** Tokens that break the stretch: punctuation, quotation marks and brackets. */
    private static final Set<String> BREAKS = Set.of(",", ";", ".", "``", "''", "\"", "“", "”", "-LRB-", "-RRB-",
            "--", "-", "?", "!");

    private CueToColon() {
    }

    /** The attribution with its cue run on to the colon, or as it was. */
    static Attribution widen(ParsedArticle doc, Attribution a) {
        if (a.sentence() < 0 || a.sentence() >= doc.sentences().size()) {
            return a;
        }
        ParsedSentence s = doc.sentences().get(a.sentence());
        return colonAfter(doc.text(), s, a).map(colon -> runOn(doc.text(), a, colon)).orElse(a);
    }

    /**
     * The cue run on to the colon; content that the tree began on the words before the colon ("added a caveat: “P”"
     * read as adding "a caveat: P") begins after it instead.
     */
    private static Attribution runOn(String text, Attribution a, CoreLabel colon) {
        CharSpan cue = new CharSpan(a.cue().begin(), colon.endPosition());
        List<CharSpan> content = new ArrayList<>(a.content());
        CharSpan first = content.get(0);
        if (first.begin() < colon.endPosition()) {
            int begin = colon.endPosition();
            while (begin < first.end() && Character.isWhitespace(text.charAt(begin))) {
                begin++;
            }
            content.set(0, new CharSpan(begin, first.end()));
        }
        return new Attribution(a.source(), cue, a.cueLemma(), content, a.kind(), a.sentence());
    }

    /** The colon after the cue, when the words up to it belong to the cue and the content follows it. */
    private static Optional<CoreLabel> colonAfter(String text, ParsedSentence s, Attribution a) {
        CharSpan cue = a.cue();
        List<CoreLabel> gap = s.tokens().stream().filter(t -> t.beginPosition() >= cue.end()).toList();
        int colon = -1;
        for (int i = 0; i < gap.size() && i <= MAX_GAP_TOKENS; i++) {
            if (gap.get(i).word().equals(":")) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            return Optional.empty();
        }
        CoreLabel colonToken = gap.get(colon);
        if (colon == 0) {
            return rightAfter(text, a, colonToken);
        }
        List<CoreLabel> words = gap.subList(0, colon);
        CharSpan first = a.content().get(0);
        // The content follows the colon, or the tree began it on the words before it and runs on past it.
        boolean after = first.begin() >= colonToken.endPosition()
                && text.substring(colonToken.endPosition(), first.begin()).chars()
                .allMatch(c -> Character.isWhitespace(c) || "\"“'‘".indexOf(c) >= 0);
        // Only a bare object so: "defends his record in a commercial: P" has the record for its content.
        boolean across = first.begin() >= cue.end() && first.begin() < colonToken.beginPosition()
                && first.end() > colonToken.endPosition() + 1 && words.stream().noneMatch(t -> "IN".equals(t.tag()));
        boolean source = a.source().map(m -> m.span().end() > cue.end()
                && m.span().begin() < colonToken.beginPosition()).orElse(false);
        if (!(after || across) || source || !plainGap(words) || text.substring(cue.end(), colonToken.beginPosition())
                .indexOf('\n') >= 0) {
            return Optional.empty();
        }
        return Optional.of(colonToken);
    }

    /**
     * A colon right after the cue ("added warily:") is taken when it hands over to content that follows it: all 840
     * PolNeAR train articles have it in the cue 367 times and leave it out 12.
     */
    private static Optional<CoreLabel> rightAfter(String text, Attribution a, CoreLabel colon) {
        boolean adjacent = text.substring(a.cue().end(), colon.beginPosition()).isBlank();
        boolean handsOver = a.content().stream().anyMatch(c -> c.begin() >= colon.endPosition());
        CharSpan wide = new CharSpan(a.cue().begin(), colon.endPosition());
        return adjacent && handsOver && a.content().stream().noneMatch(wide::overlaps) ? Optional.of(colon)
                : Optional.empty();
    }

    /** True when the words are no hearer, topic or stance phrase and hold no break. */
    private static boolean plainGap(List<CoreLabel> words) {
        CoreLabel first = words.get(0);
        // Anywhere in the stretch: "underscores a question about X:", "delivered a blunt message to Y:".
        boolean opener = words.stream().anyMatch(t -> OPENERS.contains(t.word().toLowerCase(Locale.ROOT)));
        // A name or a personal pronoun right after the cue is a hearer or an inverted source: "told CNBC:",
        // "told him:".
        boolean named = first.tag() != null && (first.tag().startsWith("NNP")
                || ("PRP".equals(first.tag()) && !first.word().equalsIgnoreCase("it")));
        boolean hearer = words.stream().anyMatch(t -> t.lemma() != null
                && HEARERS.contains(t.lemma().toLowerCase(Locale.ROOT)));
        boolean broken = words.stream().anyMatch(t -> BREAKS.contains(t.word()));
        // A verb or a conjunction starts an act of its own: "said yes and took the opportunity to …:".
        boolean act = words.stream().anyMatch(t -> t.tag() != null
                && (t.tag().startsWith("VB") || "CC".equals(t.tag())));
        return !opener && !named && !hearer && !broken && !act;
    }
}
