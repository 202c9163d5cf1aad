package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.annotate.PosTags;

/**
 * A second act of the speaker that the parser hung inside the content of the first: in "X noted that the port had
 * been closed and praised the crews", "praised" is X's, not the port's, but the parser joins it to the reported
 * clause. It is told by its tense: a finite cue verb with neither subject nor auxiliary of its own, in the tense
 * of the outer cue and not in the clause's (whose verb has an auxiliary or another tense), continues the outer
 * sentence.
 */
final class SecondAct {

    /** Relations (with their subtypes) that give a verb a subject or tense of its own. */
    private static final List<String> OWN_SUBJECT_OR_TENSE = List.of("nsubj", "aux");
    /** Relations (with their subtypes) that show a clause's tense on a word of its own. */
    private static final List<String> TENSE_WORDS = List.of("aux", "cop");

    private SecondAct() {
    }

    /** The conjunct of the cue's clause that is the speaker's second act, if any. */
    static Optional<IndexedWord> in(ParsedSentence s, IndexedWord cue, IndexedWord clause, CueLexicon lexicon) {
        return s.children(clause, "conj").stream()
                .filter(k -> k.index() > clause.index() && isSecondAct(s, cue, clause, k, lexicon))
                .findFirst();
    }

    /** The outer cue whose speaker does this verb, when the verb is a second act hung in that cue's clause. */
    static Optional<IndexedWord> outerCue(ParsedSentence s, IndexedWord verb, CueLexicon lexicon) {
        if (!s.relationToParent(verb).equals("conj")) {
            return Optional.empty();
        }
        Optional<IndexedWord> clause = s.parent(verb).filter(c -> s.relationToParent(c).equals("ccomp"));
        Optional<IndexedWord> cue = clause.flatMap(s::parent);
        if (clause.isEmpty() || cue.isEmpty()) {
            return Optional.empty();
        }
        return isSecondAct(s, cue.get(), clause.get(), verb, lexicon) ? cue : Optional.empty();
    }

    private static boolean isSecondAct(ParsedSentence s, IndexedWord cue, IndexedWord clause, IndexedWord verb,
                                       CueLexicon lexicon) {
        String tag = verb.tag();
        if (!PosTags.isFinite(tag) || !tag.equals(cue.tag()) || lexicon.lookup(s, verb).isEmpty()) {
            return false;
        }
        if (OWN_SUBJECT_OR_TENSE.stream().anyMatch(r -> !s.children(verb, r).isEmpty())) {
            return false;
        }
        // The clause's own verb shows another tense: an auxiliary or copula ("would reopen", "had been closed",
        // "is safe"), or another finite form. With the same bare form ("found P and called Q") the conjunct may
        // as well be the clause subject's, and the content stays whole.
        boolean clauseTensed = TENSE_WORDS.stream().anyMatch(r -> !s.children(clause, r).isEmpty());
        return clauseTensed || !tag.equals(clause.tag());
    }
}
