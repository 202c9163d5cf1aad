package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;

/**
 * Finds the participle a present participle is coordinated with, however the parser joined them. In "X spoke for an
 * hour, thanking the staff and praising the volunteers" the parser often hangs the second participle on a noun of
 * the first one's object ("staff and praising"), or on a word inside its clause ("saying she is ready but warning
 * P"), so the second would inherit no subject or the wrong one; both participles have the one doer.
 */
final class ParticipleConjunct {

    /** Relations of a participle that carries an act of its own, not a modifier of the noun after it. */
    private static final Set<String> ACT_RELATIONS = Set.of("advcl", "xcomp", "dep", "conj", "obl", "parataxis");

    private ParticipleConjunct() {
    }

    /**
     * The earlier participle a "-ing" conjunct after "and", "but" or "or" is joined to, when the parser hung the
     * conjunct on some other word; empty when it hung it on that participle itself, whose subject it then shares.
     */
    static Optional<IndexedWord> earlier(ParsedSentence s, IndexedWord verb) {
        if (!"VBG".equals(verb.tag()) || !s.relationToParent(verb).equals("conj")
                || s.children(verb, "cc").stream().noneMatch(c -> c.index() < verb.index())
                || s.parent(verb).map(p -> "VBG".equals(p.tag())).orElse(true)) {
            return Optional.empty();
        }
        for (int i = verb.index() - 1; i >= 1; i--) {
            IndexedWord w = s.node(i);
            if (w != null && "VBG".equals(w.tag())) {
                boolean act = SubjectFallback.isTrailingParticiple(s, w)
                        || ACT_RELATIONS.contains(s.baseRelationToParent(w));
                return act ? Optional.of(w) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
