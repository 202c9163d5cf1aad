package org.claimgraph.stance;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Optional;
import java.util.function.Predicate;
import org.claimgraph.annotate.ParsedSentence;

/** Finds a truth predicate heading a clause ("are untrue") and a clause it judges ("it is false that P"). */
final class JudgedPredicate {

    private JudgedPredicate() {
    }

    /**
     * What a truth predicate heading the clause says: a copular or passive predicate ("are untrue", "is a lie",
     * "are fake news", "were fabricated"), a secondary predicate on an object ("called the report a lie"), or an
     * active verb of truth ("corresponds to reality"). "X was wrong to leave" judges X's act, not a claim.
     */
    static Optional<Boolean> judgement(ParsedSentence s, IndexedWord head, Optional<String> subjectNoun) {
        // An adjective or noun with a subject is a predicate even where the parser misses its copula ("that's").
        boolean verb = head.tag() != null && head.tag().startsWith("VB");
        boolean predicate = !verb || !s.children(head, "cop").isEmpty() || !s.children(head, "aux:pass").isEmpty()
                || s.relationToParent(head).startsWith("xcomp");
        if (!predicate) {
            return TruthPredicates.verbJudgement(head.lemma());
        }
        if (subjectNoun.isPresent() && !s.children(head, "xcomp").isEmpty()) {
            return Optional.empty();
        }
        return TruthPredicates.judgementOf(head.lemma(), subjectNoun).or(() -> s.children(head, "amod").stream()
                .map(m -> TruthPredicates.judgementOf(m.lemma(), subjectNoun))
                .flatMap(Optional::stream).findFirst());
    }

    /**
     * The clause a predicate judges by judging its saying: "it is wrong to say that P", "it would be false to claim
     * P" (P's head), where the predicate's subject is "it" and its infinitive a verb of saying with a clause.
     */
    static Optional<IndexedWord> saidClause(ParsedSentence s, IndexedWord head, IndexedWord subject,
                                            Predicate<IndexedWord> saying) {
        if (!subject.word().equalsIgnoreCase("it")) {
            return Optional.empty();
        }
        return s.children(head, "xcomp").stream().filter(saying)
                .flatMap(verb -> s.children(verb, "ccomp").stream()).findFirst();
    }

    /** The clause a predicate judges: a clausal subject ("that P is false"), or "it is false that P". */
    static Optional<IndexedWord> clause(ParsedSentence s, IndexedWord head, IndexedWord subject) {
        if (s.relationToParent(subject).startsWith("csubj")) {
            return Optional.of(subject);
        }
        if (subject.word().equalsIgnoreCase("it")) {
            return s.child(head, "ccomp").or(() -> s.child(head, "csubj"));
        }
        return Optional.empty();
    }
}
