package org.claimgraph.stance;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.Attribution;

/**
 * The verdict a cue passes on its object through a predicate outside the content: "dismissed the report as fake
 * news", "described the claims as baseless", "rejected it as a lie" say the object is false.
 */
final class SecondaryPredicate {

    private SecondaryPredicate() {
    }

    /** True if the cue calls its object true, false if false, empty if it passes no verdict on it. */
    static Optional<Boolean> verdict(ParsedArticle doc, Attribution a) {
        ParsedSentence s = doc.sentences().get(a.sentence());
        Optional<IndexedWord> cue = CueStance.cueWord(s, a);
        if (cue.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> object = s.child(cue.get(), "obj").map(IndexedWord::lemma);
        for (String rel : List.of("xcomp", "obl", "advcl")) {
            for (IndexedWord p : s.children(cue.get(), rel)) {
                boolean inContent = a.content().stream().anyMatch(c -> c.contains(s.token(p.index()).beginPosition()));
                if (inContent || (!rel.equals("xcomp") && !introducedByAs(s, p))) {
                    continue;
                }
                Optional<Boolean> says = judgement(s, p, object);
                if (says.isPresent()) {
                    // "dismissed it as not true": a negated verdict turns.
                    return Optional.of(says.get() == Negation.of(s, p).isEmpty());
                }
            }
        }
        return Optional.empty();
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
