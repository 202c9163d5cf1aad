package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Optional;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.annotate.PosTags;

/**
 * Repairs a misparse of "X, who declined to say P": the parser makes the relative pronoun the object of "say"
 * and the finite verb "declined" its subject. A verb cannot speak: the pronoun is the source, as PolNeAR gold
 * marks relative pronouns, and the verb belongs to the cue ("declined to say"), as it does when the parse is right.
 */
final class RelativeVerbMisread {

    private RelativeVerbMisread() {
    }

    /**
     * The finite verb the parser made the subject of the cue verb, right after a relative pronoun it also governs
     * and right before the cue's infinitive marker ("who declined to say"; not "who has …, clearly intended").
     */
    static Optional<IndexedWord> verbAsSubject(ParsedSentence s, IndexedWord cue) {
        return s.children(cue, "nsubj").stream()
                .filter(n -> n.index() < cue.index() && n.tag() != null && PosTags.isFiniteOrModal(n.tag())
                        && !"MD".equals(n.tag()))
                .filter(n -> s.children(cue, "mark").stream()
                        .anyMatch(m -> m.index() == n.index() + 1 && m.word().equalsIgnoreCase("to")))
                .filter(n -> relativeBefore(s, cue, n).isPresent())
                .findFirst();
    }

    /** The relative pronoun that speaks when the cue's subject is such a misread verb. */
    static Optional<IndexedWord> pronoun(ParsedSentence s, IndexedWord cue) {
        return verbAsSubject(s, cue).flatMap(v -> relativeBefore(s, cue, v));
    }

    private static Optional<IndexedWord> relativeBefore(ParsedSentence s, IndexedWord cue, IndexedWord verb) {
        IndexedWord before = s.node(verb.index() - 1);
        boolean governed = before != null && s.parent(before).map(p -> p.index() == cue.index()).orElse(false);
        return governed && PosTags.isRelativePronoun(before.tag()) ? Optional.of(before) : Optional.empty();
    }
}
