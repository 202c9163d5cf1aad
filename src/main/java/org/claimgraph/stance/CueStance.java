package org.claimgraph.stance;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.Lemmas;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.CueLexicon;
import org.claimgraph.extract.CueNouns;
import org.claimgraph.lexicon.TsvResource;

/**
 * The stance a cue gives on its own: its lexicon default (cue verbs in {@code cues.tsv}, cue nouns in
 * {@code cue-nouns.tsv}), turned by negation of the cue ("did not deny", "refused to confirm") as
 * {@code negated-cues.tsv} says.
 */
final class CueStance {

    private static final Map<String, Stance> NEGATED_BY_STANCE = new HashMap<>();
    private static final Map<String, Stance> NEGATED_BY_LEMMA = new HashMap<>();
    private static final Set<String> NEGATING_GOVERNORS = new HashSet<>();
    private static final Set<String> CORRELATIVES = new HashSet<>();
    private static final Map<String, Stance> FACTIVE = new HashMap<>();
    /** Marks of a clause that asks rather than states ("did not know whether P"). */
    private static final Set<String> ASKING_MARKS = TsvResource.words("question-subordinators.tsv");
    /** Cues that dispute a claim but may take on a rival or dare someone instead ("challenge"). */
    private static final Set<String> CONTEST_CUES = TsvResource.words("contest-cues.tsv");

    static {
        for (String[] row : TsvResource.rows("negated-cues.tsv")) {
            String key = row[1].toLowerCase(Locale.ROOT);
            switch (row[0]) {
                case "stance" -> NEGATED_BY_STANCE.put(key, Stance.parse(row[2]));
                case "lemma" -> NEGATED_BY_LEMMA.put(key, Stance.parse(row[2]));
                case "correlative" -> CORRELATIVES.add(key);
                case "factive" -> FACTIVE.put(key, Stance.parse(row[2]));
                default -> NEGATING_GOVERNORS.add(key);
            }
        }
    }

    private final CueLexicon lexicon;

    /** Cue stances over the given cue verb lexicon. */
    CueStance(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The stance the attribution's cue gives, negation of the cue included. */
    Stance of(ParsedArticle doc, Attribution a) {
        String lemma = a.cueLemma() == null ? "" : a.cueLemma().toLowerCase(Locale.ROOT);
        // The cue word in its tree names a phrasal cue by its particle ("ruled out" denies, "rule" is no cue).
        ParsedSentence sentence = doc.sentences().get(a.sentence());
        Optional<CueLexicon.Cue> verb = cueWord(sentence, a).flatMap(w -> lexicon.lookup(sentence, w))
                .or(() -> lexicon.lookup(lemma));
        Stance base = verb.map(CueLexicon.Cue::stance)
                .or(() -> CueNouns.stanceOf(lemma)).orElse(Stance.ASSERT);
        boolean contest = CONTEST_CUES.contains(lemma);
        if ((base == Stance.QUESTION || contest) && cueWord(sentence, a).map(w -> takesOn(sentence, w)).orElse(false)
                || base == Stance.QUESTION && RhetoricalQuestion.in(doc, a.content())) {
            // "asked him to condemn", "challenged her to debate", "asked for help": a request or a dare states
            // what the speaker wants, it does not hold anything open or dispute anything; nor does challenging a
            // rival by its name, or asking "Who would pay for that now?".
            return Stance.ASSERT;
        }
        if (!negated(doc, a) || limited(doc, a)) {
            // "is not expected to start until 2027" says when it starts, not that it is not expected.
            return base;
        }
        Optional<IndexedWord> clause = cueWord(sentence, a).flatMap(w -> sentence.child(w, "ccomp"));
        if (FACTIVE.containsKey(lemma) && clause.isPresent() && !asks(sentence, clause.get())) {
            // "I didn't know he was there": the knowing is denied, not what was not known.
            return FACTIVE.get(lemma);
        }
        if (NEGATED_BY_LEMMA.containsKey(lemma)) {
            return NEGATED_BY_LEMMA.get(lemma);
        }
        // Only a verb of saying, denying or questioning leaves the content open when negated; "would not support X"
        // keeps its stance, as "opposes X" does (see negated-cues.tsv).
        boolean saying = verb.map(c -> c.takes(CueLexicon.Frame.QUOTE) || c.stance() != Stance.ASSERT).orElse(true);
        return saying ? NEGATED_BY_STANCE.getOrDefault(base.name().toLowerCase(Locale.ROOT), Stance.QUESTION) : base;
    }

    /**
     * The stance a negated verb or adjective of belief, doubt or knowledge takes over its clause, if it has one
     * ("did not think" denies, "never doubted" asserts, "is not sure" leaves open, "did not know that P" holds P
     * true, "did not know whether P" leaves it open), from {@code negated-cues.tsv}; empty for other words.
     */
    static Optional<Stance> negatedByLemma(ParsedSentence s, IndexedWord word, Optional<IndexedWord> clause) {
        String lemma = lemma(word);
        if (FACTIVE.containsKey(lemma) && clause.isPresent() && !asks(s, clause.get())) {
            return Optional.of(FACTIVE.get(lemma));
        }
        return Optional.ofNullable(NEGATED_BY_LEMMA.get(lemma));
    }

    /** True when a clause asks: it opens with "whether" or "if", or with a wh-word ("what", "who", "how"). */
    private static boolean asks(ParsedSentence s, IndexedWord clause) {
        if (s.children(clause, "mark").stream()
                .anyMatch(m -> ASKING_MARKS.contains(m.word().toLowerCase(Locale.ROOT)))) {
            return true;
        }
        int first = s.subtree(clause, List.of()).stream().mapToInt(Integer::intValue).min().orElse(0);
        String tag = first > 0 ? s.tag(first) : null;
        return tag != null && tag.startsWith("W");
    }

    /**
     * True when a negating adverb is among the cue's words ("did not deny", "has never confirmed"), the cue is one
     * of a negative pair ("would neither confirm nor deny"), or the cue is the infinitive or "of" phrase of a
     * negating verb ("refused to confirm", "declined to deny", "stopped short of confirming").
     */
    static boolean negated(ParsedArticle doc, Attribution a) {
        ParsedSentence s = doc.sentences().get(a.sentence());
        for (int i = 1; i <= s.tokens().size(); i++) {
            if (a.cue().contains(s.token(i).beginPosition()) && Negation.isNegatingAdverb(s, i)) {
                return true;
            }
        }
        Optional<IndexedWord> cue = cueWord(s, a);
        if (cue.isEmpty()) {
            return false;
        }
        // The cue's words may leave out a negation the parser hung on the cue elsewhere in the sentence; one inside
        // the content is the content's own, however the parser hung it ("\"If you are not on X, you pay," he said").
        for (String rel : List.of("advmod", "neg")) {
            if (s.children(cue.get(), rel).stream().anyMatch(w -> Negation.isNegatingAdverb(s, w.index())
                    && a.content().stream().noneMatch(c -> c.contains(s.token(w.index()).beginPosition())))) {
                return true;
            }
        }
        if (s.children(cue.get(), "cc").stream()
                .anyMatch(w -> CORRELATIVES.contains(w.word().toLowerCase(Locale.ROOT)))) {
            return true;
        }
        if (quantifiedSubject(s, cue.get())) {
            return true;
        }
        String rel = s.relationToParent(cue.get());
        Optional<IndexedWord> governor = s.parent(cue.get());
        // An "of" phrase negates only a gerund cue ("stopped short of confirming"): "Shares declined on reports that
        // P" is a fall in price, not a refusal to report.
        boolean gerund = "VBG".equals(cue.get().tag());
        boolean governed = rel.startsWith("xcomp") || rel.startsWith("advcl") || rel.startsWith("obl") && gerund;
        return governed && governor.map(g -> NEGATING_GOVERNORS.contains(governorKey(s, g))
                || NEGATING_GOVERNORS.contains(lemma(g))).orElse(false);
    }

    /**
     * True when the cue's subject is a negative quantifier ("nobody denied", "no official confirmed"): no one took
     * the stance, as in "did not deny", unless a second negation cancels it ("nobody never denied").
     */
    private static boolean quantifiedSubject(ParsedSentence s, IndexedWord cue) {
        boolean quantified = s.children(cue, "nsubj").stream().anyMatch(n -> Negation.isQuantifier(s, n.index())
                || s.children(n, "det").stream().anyMatch(d -> Negation.isQuantifier(s, d.index())));
        return quantified && !Negation.of(s, cue).isEmpty();
    }

    /** The governor's lemma after its own governor's ("stop short" for "short" in "stopped short of"). */
    private static String governorKey(ParsedSentence s, IndexedWord governor) {
        return s.parent(governor).map(g -> lemma(g) + " ").orElse("") + lemma(governor);
    }

    private static String lemma(IndexedWord w) {
        return Lemmas.lowerOf(w);
    }

    /**
     * True when a cue of asking or contest takes on someone rather than a claim: an infinitive ("asked him to leave",
     * "challenged her to debate"), a "for" phrase ("asked for help", "challenging for the medals"), or a name as its
     * object and no clause ("to challenge Vista Box", "questioned Smith").
     */
    static boolean takesOn(ParsedSentence s, IndexedWord cue) {
        boolean request = !s.children(cue, "xcomp").isEmpty() || s.children(cue, "obl").stream()
                .anyMatch(o -> s.children(o, "case").stream().anyMatch(c -> c.word().equalsIgnoreCase("for")));
        boolean rival = s.children(cue, "ccomp").isEmpty() && s.children(cue, "obj").stream()
                .anyMatch(o -> o.tag() != null && o.tag().startsWith("NNP"));
        return request || rival;
    }

    /** True for a cue of contest (contest-cues.tsv), which disputes a claim unless it takes someone on. */
    static boolean contest(IndexedWord cue) {
        return cue.lemma() != null && CONTEST_CUES.contains(cue.lemma().toLowerCase(Locale.ROOT));
    }

    /** True when a phrase of the cue or of its infinitive says until when the negation holds ("until 2027"). */
    private static boolean limited(ParsedArticle doc, Attribution a) {
        ParsedSentence s = doc.sentences().get(a.sentence());
        return cueWord(s, a).map(w -> Negation.limited(s, w)).orElse(false);
    }

    /** The tree node of the cue's head word: the word in the cue whose lemma is the cue lemma. */
    static Optional<IndexedWord> cueWord(ParsedSentence s, Attribution a) {
        for (IndexedWord w : s.nodes()) {
            if (a.cue().contains(s.token(w.index()).beginPosition()) && w.lemma() != null
                    && w.lemma().equalsIgnoreCase(a.cueLemma())) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
