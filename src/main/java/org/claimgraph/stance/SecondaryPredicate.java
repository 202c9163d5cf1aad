package org.claimgraph.stance;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.lexicon.TsvResource;

/**
 * The verdict a cue passes on its object through an "as" phrase: "dismissed the report as fake news", "described
 * the claims as baseless", "rejected it as a lie" say the object is false. ("called the report a lie" parses
 * with the object as the subject of "a lie", and the content reader judges it.)
 */
final class SecondaryPredicate {

    /**
     * A verdict on the cue's object.
     *
     * @param saysTrue true if the cue calls its object true, false if it calls it false
     * @param object   where the object is written, the claim judged; empty when the cue has none
     */
    record Verdict(boolean saysTrue, Optional<CharSpan> object) {
    }

    private static final Set<String> NAMING_VERBS = TsvResource.words("naming-verbs.tsv");

    private SecondaryPredicate() {
    }

    /** The verdict the cue passes on its object, if it passes one. */
    static Optional<Verdict> verdict(ParsedArticle doc, Attribution a) {
        ParsedSentence s = doc.sentences().get(a.sentence());
        Optional<IndexedWord> cue = CueStance.cueWord(s, a);
        if (cue.isEmpty()) {
            return Optional.empty();
        }
        Optional<IndexedWord> object = s.child(cue.get(), "obj");
        for (String rel : List.of("obl", "advcl")) {
            for (IndexedWord p : s.children(cue.get(), rel)) {
                Optional<Boolean> says = introducedByAs(s, p) ? judgement(s, p, object.map(IndexedWord::lemma))
                        : Optional.empty();
                if (says.isPresent()) {
                    // "dismissed it as not true": a negated verdict turns.
                    boolean saysTrue = says.get() == Negation.of(s, p).isEmpty();
                    return Optional.of(new Verdict(saysTrue, object.map(o -> span(s, s.subtree(o, List.of())))));
                }
            }
        }
        return NAMING_VERBS.contains(cue.get().lemma().toLowerCase(Locale.ROOT)) ? namedAtTheEnd(s, a)
                : Optional.empty();
    }

    /**
     * "calling a report on the subject “pure fabrication”": a naming verb's content that ends in a truth predicate
     * (with its modifiers), or in predicates coordinated with one ("absurd and insulting"), passes that verdict on
     * what comes before it, however the parser attached it.
     */
    private static Optional<Verdict> namedAtTheEnd(ParsedSentence s, Attribution a) {
        List<Integer> words = new ArrayList<>();
        for (int i = 1; i <= s.tokens().size(); i++) {
            int at = s.token(i).beginPosition();
            if (a.content().stream().anyMatch(c -> c.contains(at)) && !s.isPunctuation(i)) {
                words.add(i);
            }
        }
        if (words.size() < 2) {
            return Optional.empty();
        }
        int at = words.size() - 1;
        IndexedWord last = s.node(words.get(at));
        Optional<Boolean> says = last == null ? Optional.empty() : TruthPredicates.judgement(last.lemma());
        Optional<IndexedWord> firstConjunct = last == null || !"conj".equals(s.baseRelationToParent(last))
                ? Optional.empty() : s.parent(last).filter(p -> words.contains(p.index()));
        if (says.isEmpty() && firstConjunct.isPresent()) {
            // "called the allegation absurd and insulting": the verdict is the first of the coordinated predicates,
            // the one the parser makes the head; the others add to it.
            at = words.indexOf(firstConjunct.get().index());
            last = firstConjunct.get();
            says = TruthPredicates.judgement(last.lemma());
        }
        if (says.isEmpty()) {
            return Optional.empty();
        }
        int first = at;
        // The predicate's own words before it ("pure", "a"), but not its subject: "the report a lie".
        while (first > 1 && modifies(s, s.node(words.get(first - 1)), last)) {
            first--;
        }
        int claimEnd = s.token(words.get(first - 1)).endPosition();
        CharSpan claim = new CharSpan(a.content().get(0).begin(), claimEnd);
        return Optional.of(new Verdict(says.get(), Optional.of(claim)));
    }

    private static boolean modifies(ParsedSentence s, IndexedWord w, IndexedWord head) {
        boolean child = s.parent(w).map(p -> p.index() == head.index()).orElse(false);
        String rel = s.relationToParent(w);
        // Nor an unlabelled dependent: the parser leaves the subject it could not place so ("the allegation
        // “absurd and insulting”").
        return child && !rel.startsWith("nsubj") && !rel.startsWith("obj") && !rel.startsWith("csubj")
                && !rel.equals("dep");
    }

    private static CharSpan span(ParsedSentence s, List<Integer> tokens) {
        return new CharSpan(s.token(tokens.get(0)).beginPosition(),
                s.token(tokens.get(tokens.size() - 1)).endPosition());
    }

    private static boolean introducedByAs(ParsedSentence s, IndexedWord p) {
        return s.children(p, "case").stream().anyMatch(c -> c.word().equalsIgnoreCase("as"))
                || s.children(p, "mark").stream().anyMatch(c -> c.word().equalsIgnoreCase("as"));
    }

    private static Optional<Boolean> judgement(ParsedSentence s, IndexedWord p, Optional<String> object) {
        return TruthPredicates.judgementOf(p.lemma(), object).or(() -> s.children(p, "amod").stream()
                .map(m -> TruthPredicates.judgementOf(m.lemma(), object)).flatMap(Optional::stream).findFirst());
    }
}
