package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * The verb before a cue that carries it and attributes nothing itself: "continued to express", "was quick to add",
 * "went on to say", "began dismissing". Annotators take the carrier into the cue (CueFrames.withCarrier).
 */
final class CueCarrier {

    /** Refusals that carry another cue's infinitive into one cue: "declined to offer", "refused to confirm". */
    private static final Set<String> REFUSALS = TsvResource.words("refusals.tsv");

    /** Relations of a gerund to the verb it completes; the parser leaves some unclassified ("began dismissing"). */
    private static final Set<String> GERUND_RELATIONS = Set.of("xcomp", "dep");

    private CueCarrier() {
    }

    /**
     * The verb or adjective whose infinitive or gerund the cue is, before it. Cues that take infinitives ("wants to
     * say") attribute it themselves, except refusals, which join the cue they carry ("refused to confirm";
     * refusals.tsv).
     */
    static Optional<IndexedWord> of(ParsedSentence s, IndexedWord verb, CueLexicon lexicon) {
        Optional<IndexedWord> governor = s.parent(verb);
        boolean complement = isInfinitive(s, verb) || CueFrames.particleInfinitive(s, verb)
                || governor.map(g -> isGerund(s, verb, g)).orElse(false);
        if (!complement || governor.isEmpty() || governor.get().index() > verb.index() || !canCarry(governor.get())
                || lexicon.lookup(governor.get().lemma()).map(c -> c.takes(CueLexicon.Frame.XCOMP)).orElse(false)
                        && !REFUSALS.contains(governor.get().lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return governor;
    }

    private static boolean isInfinitive(ParsedSentence s, IndexedWord verb) {
        return s.relationToParent(verb).equals("xcomp")
                && s.children(verb, "mark").stream().anyMatch(m -> m.word().equalsIgnoreCase("to"));
    }

    /**
     * A gerund complement with nothing but words between it and its verb ("began dismissing", "kept publicly
     * saying"); after a comma or dash ("left, saying P") the participle is an act of its own, not a carried one.
     * Only a verb that is no gerund itself carries one: "saying calling X" is a misparse of two acts, and an
     * adjective ("it's worth pointing out") weighs the act rather than doing it.
     */
    private static boolean isGerund(ParsedSentence s, IndexedWord verb, IndexedWord governor) {
        if (!GERUND_RELATIONS.contains(s.relationToParent(verb)) || !"VBG".equals(verb.tag())
                || governor.tag() == null || !governor.tag().startsWith("VB") || governor.tag().equals("VBG")) {
            return false;
        }
        // Any mark between counts, whatever its tag: the parser tags a dash "HYPH", not as punctuation.
        for (int i = governor.index() + 1; i < verb.index(); i++) {
            if (s.token(i).word().codePoints().noneMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }

    /** Verbs, and adjectives in predicate position ("was quick to add"), can carry a cue. */
    private static boolean canCarry(IndexedWord w) {
        return w.tag() != null && (w.tag().startsWith("VB") || w.tag().startsWith("JJ"));
    }
}
