package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Optional;
import org.claimgraph.annotate.ParsedSentence;

/**
 * Finds the verb that a cue gerund after "by" tells the manner of, when the two stand side by side: "X responded
 * by saying P", "X began by praising Y". PolNeAR gold takes the verb's subject as source and "responded by
 * saying" whole as cue (all 840 train articles, an active verb right before "by" and a gerund cue: the verb,
 * "by" and the gerund 11 times out of 11). With words between ("won the nomination by promising") gold mostly
 * keeps the gerund alone (63 against 20), so only the adjacent verb counts.
 */
final class ByGerundFrame {

    private ByGerundFrame() {
    }

    /** The active verb right before "by" that the gerund hangs on, or empty. */
    static Optional<IndexedWord> frameVerb(ParsedSentence s, IndexedWord gerund) {
        if (!"VBG".equals(gerund.tag()) || gerund.index() < 3 || !s.children(gerund, "nsubj").isEmpty()) {
            return Optional.empty();
        }
        int by = gerund.index() - 1;
        if (!s.token(by).word().equalsIgnoreCase("by")) {
            return Optional.empty();
        }
        Optional<IndexedWord> verb = s.parent(gerund)
                .filter(v -> v.index() == by - 1 && v.tag() != null && v.tag().startsWith("VB"));
        // "was accompanied by saying", "is justified by arguing": a passive's "by" names its agent.
        return verb.filter(v -> s.children(v, "aux:pass").isEmpty() && s.children(v, "nsubj:pass").isEmpty()
                && !"VBG".equals(v.tag()));
    }
}
