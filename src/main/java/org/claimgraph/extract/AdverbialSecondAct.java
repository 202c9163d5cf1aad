package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * An adverbial clause of a cue that is the speaker's next act, not part of what the cue says about its object: in
 * "X acknowledged the board's effort, while arguing that P" and "X praised the plan before warning that P", the
 * clause is a report of its own, so the first cue's content is its object alone.
 */
final class AdverbialSecondAct {

    /** Words that open a subordinate clause ("while", "before", "as"), from {@code subordinators.tsv}. */
    private static final Set<String> SUBORDINATORS = TsvResource.words("subordinators.tsv");

    private AdverbialSecondAct() {
    }

    /**
     * True when the clause's head is a cue verb of the lexicon opened by a subordinator or set off by a comma;
     * "accused him of lying", whose clause opens with a preposition, still predicates of the object.
     */
    static boolean is(ParsedSentence s, IndexedWord clause, CueLexicon lexicon) {
        boolean cue = clause.tag() != null && clause.tag().startsWith("VB") && lexicon.lookup(s, clause).isPresent();
        boolean subordinated = s.children(clause, "mark").stream()
                .anyMatch(m -> SUBORDINATORS.contains(m.word().toLowerCase(Locale.ROOT)));
        int first = s.subtree(clause, List.of()).stream().min(Integer::compare).orElse(clause.index());
        boolean setOff = first > 1 && s.token(first - 1).word().equals(",");
        return cue && (subordinated || setOff);
    }
}
