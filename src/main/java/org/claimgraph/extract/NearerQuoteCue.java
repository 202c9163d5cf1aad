package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Optional;
import org.claimgraph.annotate.ParsedSentence;

/**
 * Tells when a quotation hangs under another cue below a verb: in "X announced her deputy, calling him “my
 * partner”" and "X acknowledged A while noting that it was “B”" the quote is what the participle says, not what
 * the main verb reports, which keeps its own object.
 */
final class NearerQuoteCue {

    private NearerQuoteCue() {
    }

    /**
     * True when every path up the tree from the quote to the verb passes a cue word of the lexicon first. Words
     * inside the quote do not count: "he said “I think so”" is still "said"'s quote.
     */
    static boolean takenBelow(ParsedSentence s, IndexedWord verb, CharSpan quote, CueLexicon lexicon) {
        boolean anyPath = false;
        for (IndexedWord node : s.nodes()) {
            if (!inside(s, node, quote) || s.isPunctuation(node.index())) {
                continue;
            }
            Optional<IndexedWord> exit = firstOutside(s, node, quote);
            if (exit.isEmpty()) {
                continue;
            }
            Optional<IndexedWord> cue = firstCueUpTo(s, exit.get(), verb, lexicon);
            if (cue.isEmpty()) {
                return false;
            }
            anyPath |= !cue.get().equals(verb);
        }
        return anyPath;
    }

    /** The nearest ancestor of a word of the quote that lies outside it; the parser hangs words on quote marks. */
    private static Optional<IndexedWord> firstOutside(ParsedSentence s, IndexedWord node, CharSpan quote) {
        Optional<IndexedWord> parent = s.parent(node);
        while (parent.isPresent() && inside(s, parent.get(), quote)) {
            parent = s.parent(parent.get());
        }
        return parent;
    }

    /**
     * The first cue word from the node up to the verb, the verb itself when none comes before it; empty when the path
     * never meets the verb, as when the quote is no part of its clause.
     */
    private static Optional<IndexedWord> firstCueUpTo(ParsedSentence s, IndexedWord from, IndexedWord verb,
                                                      CueLexicon lexicon) {
        Optional<IndexedWord> node = Optional.of(from);
        while (node.isPresent()) {
            IndexedWord n = node.get();
            if (n.equals(verb)) {
                return node;
            }
            // Any cue, whatever its frames: "calling him “my partner”" names what is called with the quote.
            if (n.tag() != null && n.tag().startsWith("VB") && lexicon.lookup(s, n).isPresent()) {
                return node;
            }
            node = s.parent(n);
        }
        return Optional.empty();
    }

    /** True when the word begins inside the quotation. */
    private static boolean inside(ParsedSentence s, IndexedWord node, CharSpan quote) {
        return quote.contains(s.token(node.index()).beginPosition());
    }
}
