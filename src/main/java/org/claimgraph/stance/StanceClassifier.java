package org.claimgraph.stance;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.extract.CueLexicon;

/**
 * Decides a speaker's stance from the cue ("denied" denies) and the content: a content that calls its subject
 * false ("the reports are untrue", "the claims are not correct") or negates its main clause ("no school
 * will close") turns the stance around, toward the positive claim.
 */
public final class StanceClassifier {

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> NEGATIVE_SUBJECTS = Set.of("no", "none", "nobody", "nothing", "neither");

    private final CueLexicon lexicon;
    private final ClaimWording wording = new ClaimWording();

    /** A classifier over the given cue lexicon. */
    public StanceClassifier(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The stance of an attribution and the claim it is toward. */
    public StanceReading classify(ParsedArticle doc, Attribution a) {
        Stance base = lexicon.lookup(a.cueLemma()).map(CueLexicon.Cue::stance).orElse(Stance.ASSERT);
        Optional<Clause> head = mainClause(doc, a);
        if (head.isEmpty()) {
            return new StanceReading(base, a.content(), wording.label(doc, a.content(), List.of()));
        }
        ParsedSentence s = head.get().sentence();
        IndexedWord predicate = head.get().head();
        boolean negated = isNegated(s, predicate);
        Optional<Boolean> judgement = TruthPredicates.judgement(predicate.lemma());
        if (judgement.isPresent() && judgement.get() == negated) {
            // "P is untrue" / "P is not correct": the claim is P, and the speaker holds it false.
            Optional<IndexedWord> subject = subjectOf(s, predicate);
            if (subject.isPresent()) {
                List<CharSpan> claim = List.of(span(s, s.subtree(subject.get(), List.of())));
                return new StanceReading(base.negated(), claim, wording.label(doc, claim, List.of()));
            }
        }
        if (negated && judgement.isEmpty()) {
            return new StanceReading(base.negated(), a.content(),
                    wording.label(doc, a.content(), negationTokens(s, predicate)));
        }
        return new StanceReading(base, a.content(), wording.label(doc, a.content(), List.of()));
    }

    /** The head of the content's first clause: the content token whose parent lies outside the content. */
    private static Optional<Clause> mainClause(ParsedArticle doc, Attribution a) {
        CharSpan content = a.content().get(0);
        for (ParsedSentence s : doc.sentences()) {
            if (s.end() <= content.begin() || s.begin() >= content.end()) {
                continue;
            }
            for (IndexedWord w : s.nodes()) {
                if (!inside(s, w, content) || !Character.isLetter(w.word().charAt(0))) {
                    continue;
                }
                Optional<IndexedWord> parent = s.parent(w);
                if (parent.isEmpty() || !inside(s, parent.get(), content)) {
                    return Optional.of(new Clause(s, w));
                }
            }
        }
        return Optional.empty();
    }

    private record Clause(ParsedSentence sentence, IndexedWord head) {
    }

    private static boolean inside(ParsedSentence s, IndexedWord w, CharSpan span) {
        return span.contains(s.token(w.index()).beginPosition());
    }

    private static boolean isNegated(ParsedSentence s, IndexedWord predicate) {
        return !negationTokens(s, predicate).isEmpty();
    }

    /** The tokens that negate a clause: "not"/"never" on its head, or "no" on its subject. */
    private static List<CoreLabel> negationTokens(ParsedSentence s, IndexedWord predicate) {
        List<CoreLabel> out = new ArrayList<>();
        for (String rel : List.of("advmod", "neg")) {
            s.children(predicate, rel).stream().filter(w -> NEGATORS.contains(w.word().toLowerCase()))
                    .forEach(w -> out.add(s.token(w.index())));
        }
        subjectOf(s, predicate).ifPresent(subj -> {
            if (NEGATIVE_SUBJECTS.contains(subj.word().toLowerCase())) {
                out.add(s.token(subj.index()));
            }
            s.children(subj, "det").stream().filter(d -> NEGATIVE_SUBJECTS.contains(d.word().toLowerCase()))
                    .forEach(d -> out.add(s.token(d.index())));
        });
        return out;
    }

    private static Optional<IndexedWord> subjectOf(ParsedSentence s, IndexedWord predicate) {
        return s.child(predicate, "nsubj").or(() -> s.child(predicate, "csubj"));
    }

    private static CharSpan span(ParsedSentence s, List<Integer> tokens) {
        int first = tokens.get(0);
        int last = tokens.get(tokens.size() - 1);
        return new CharSpan(s.token(first).beginPosition(), s.token(last).endPosition());
    }
}
