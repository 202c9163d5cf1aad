package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;

/**
 * "the deals, which he estimates will not expire for years", "a show of muscle that Roe hopes can help block X": a
 * relative pronoun that is the subject of the cue's clause, which the parser reads as the cue's fronted object and
 * hangs the rest of the clause on the cue as an unclassified dependent. The content is the pronoun and that clause.
 */
final class RelativeSubjectClause {

    /** Relative pronouns that can stand for the subject of a clause. */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "who");

    private RelativeSubjectClause() {
    }

    /**
     * The words of the content, the pronoun and the clause after the cue, or empty when the cue has no relative
     * pronoun before it as object or no clause of its own kind right after it.
     */
    static List<Integer> words(ParsedSentence s, IndexedWord verb, List<IndexedWord> cut) {
        Optional<IndexedWord> pronoun = s.children(verb, "obj").stream()
                .filter(o -> o.index() < verb.index() && o.tag() != null && o.tag().startsWith("W"))
                .filter(o -> RELATIVE_PRONOUNS.contains(o.word().toLowerCase(Locale.ROOT)))
                .findFirst()
                .or(() -> thatAsMarker(s, verb));
        if (pronoun.isEmpty()) {
            return List.of();
        }
        // The clause's own subject is the pronoun: one with a subject of its own is another sentence's.
        Optional<IndexedWord> clause = s.children(verb, "dep").stream()
                .filter(d -> d.tag() != null && (d.tag().startsWith("VB") || !s.children(d, "cop").isEmpty()))
                .filter(d -> s.children(d, "nsubj").isEmpty() && s.children(d, "nsubj:pass").isEmpty())
                .filter(d -> s.subtree(d, List.of()).get(0) == verb.index() + 1)
                .findFirst();
        if (clause.isEmpty()) {
            return List.of();
        }
        List<Integer> tokens = new ArrayList<>(s.subtree(pronoun.get(), cut));
        tokens.addAll(s.subtree(clause.get(), cut));
        return tokens;
    }

    /**
     * "a rule change that he said would P", "a deadline that insiders said went unnoticed": the parser also reads
     * the relative "that" as the marker of a clause the cue heads, or leaves it unclassified.
     */
    private static Optional<IndexedWord> thatAsMarker(ParsedSentence s, IndexedWord verb) {
        List<IndexedWord> candidates = new ArrayList<>(s.children(verb, "mark"));
        candidates.addAll(s.children(verb, "dep"));
        return candidates.stream()
                .filter(m -> m.index() < verb.index() && RELATIVE_PRONOUNS.contains(m.word().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
