package org.claimgraph.extract;

import java.util.List;
import java.util.Optional;

/**
 * One attribution found in an article: who (source), the words that attribute (cue), and what (content).
 *
 * @param source   the source mention; empty for attributions without a source ("it is claimed that …")
 * @param cue      the cue words, excluding source and content
 * @param cueLemma lemma of the cue's head word, the key into the cue lexicon
 * @param content  the content, one span or several when it is interrupted
 * @param kind     direct, indirect or mixed
 * @param sentence index of the sentence holding the cue
 */
public record Attribution(Optional<Mention> source, CharSpan cue, String cueLemma, List<CharSpan> content,
                          QuoteKind kind, int sentence) {

    public Attribution {
        if (content.isEmpty()) {
            throw new IllegalArgumentException("an attribution needs content");
        }
        content = List.copyOf(content);
    }

    /** The same attribution with other content words, as rules that widen, cut or split a content make it. */
    public Attribution withContent(List<CharSpan> newContent) {
        return withContent(newContent, kind);
    }

    /** The same attribution with other content words read as another kind of quotation. */
    public Attribution withContent(List<CharSpan> newContent, QuoteKind newKind) {
        return new Attribution(source, cue, cueLemma, newContent, newKind, sentence);
    }

    /** The smallest span covering all content spans. */
    public CharSpan contentExtent() {
        return new CharSpan(content.get(0).begin(), content.get(content.size() - 1).end());
    }
}
