package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.annotate.PosTags;

/**
 * Finds the subject of a cue verb whose subject the parser read as a clause of its own. A noun with a participle
 * after it ("one of the delegates chosen Sunday has signaled P", "a survey released last week showed P") comes out
 * with the participle as a verb whose subject is the noun, and the cue above it (the participle its clausal subject)
 * or below it (a bare dependent); the noun phrase with its participle, up to the cue, is who speaks.
 */
final class SubjectReadAsClause {

    private SubjectReadAsClause() {
    }

    /** The noun phrase and participle before a subjectless cue the parser split into a clause, as a mention. */
    static Optional<Mention> find(ParsedSentence s, IndexedWord verb, String text) {
        Optional<IndexedWord> participle = misreadParticiple(s, verb);
        if (participle.isEmpty()) {
            return Optional.empty();
        }
        Optional<IndexedWord> subject = Stream.of("nsubj", "nsubj:pass")
                .flatMap(rel -> s.children(participle.get(), rel).stream())
                .filter(n -> n.index() < participle.get().index())
                .findFirst();
        int end = verb.index() - 1;
        while (end > participle.get().index() && SubjectFallback.isCuePart(s, end)) {
            end--;
        }
        int last = end;
        return subject.flatMap(n -> CueFrames.mention(s, n, text, List.of(), List.of(participle.get())))
                .filter(m -> m.span().begin() < s.token(participle.get().index()).beginPosition())
                .map(m -> new Mention(new CharSpan(m.span().begin(), s.token(last).endPosition()), s.index(),
                        m.headToken()));
    }

    /**
     * The past participle the cue hangs on or governs as a clausal subject, when it comes before the cue with no
     * comma or object of its own between: a clause of its own would have one ("The bill was passed, said Roe").
     */
    private static Optional<IndexedWord> misreadParticiple(ParsedSentence s, IndexedWord verb) {
        Stream<IndexedWord> above = s.relationToParent(verb).equals("dep") ? s.parent(verb).stream() : Stream.empty();
        return Stream.concat(s.children(verb, "csubj").stream(), above)
                .filter(p -> "VBN".equals(p.tag()) && p.index() < verb.index())
                .filter(p -> s.children(p, "obj").isEmpty() && !hasTense(s, p))
                .filter(p -> IntStream.range(p.index() + 1, verb.index()).noneMatch(i -> isBreak(s, i)))
                .findFirst();
    }

    /** "Roe is seen as able - voters said P": a participle with a tensed auxiliary heads a clause of its own. */
    private static boolean hasTense(ParsedSentence s, IndexedWord participle) {
        return Stream.of("aux", "aux:pass").flatMap(rel -> s.children(participle, rel).stream())
                .anyMatch(a -> PosTags.isFiniteOrModal(a.tag()));
    }

    /** Punctuation, dashes included, which the tagger files under their own tag. */
    private static boolean isBreak(ParsedSentence s, int i) {
        return s.isPunctuation(i) || s.token(i).word().chars().noneMatch(Character::isLetterOrDigit);
    }
}
