package org.claimgraph.stance;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.annotate.QuoteMarks;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.extract.CueLexicon;
import org.claimgraph.lexicon.TsvResource;

/**
 * Reads what a content says about its claim from the content's main clause: negation of that clause ("no school
 * is closed"), a truth predicate over a subject or clause ("the reports are untrue", "it is not true that P"),
 * reported distance on its head ("the so-called plan") and questions ("whether P"). Negations deeper down, in
 * embedded or relative clauses, are outside the main clause's scope and change nothing.
 */
final class ContentReader {

    private final CueLexicon lexicon;

    /** A reader that knows the cues of denial from the given lexicon. */
    ContentReader(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Conjunctions that make their conjunct the speaker's point: in "A, but B" the speaker stands on B. */
    private static final Set<String> CONTRASTIVE = Set.of("but", "yet");
    /** "whether" always asks; "if" asks only after a verb of asking, whose cue makes the question already. */
    private static final Set<String> INTERROGATIVE_MARKS = Set.of("whether");
    /** Marks of a clause an infinitive asks about: "to say whether P", "to see if P" ("if" asks after a verb). */
    private static final Set<String> OPEN_QUESTION_MARKS = TsvResource.words("question-subordinators.tsv");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "\u201C", "\u201D", "``", "''", "'");

    /** The head of a clause and the sentence it is in. */
    private record Clause(ParsedSentence sentence, IndexedWord head) {
    }

    /**
     * What the attribution's content says, part by part. A sentence of the content whose main clause is negated
     * or judged, and a negated or judged contrastive conjunct ("we cut costs, but no school is closed"), is a
     * part of its own with its own claim; the rest of the content is one more part, read as plain. A content
     * with nothing marked is one part, read from its first clause.
     */
    List<ContentReading> read(ParsedArticle doc, Attribution a, SpeakerSide side) {
        List<Clause> heads = clauseHeads(doc, a);
        if (heads.isEmpty()) {
            return List.of(plain(doc, a.content()));
        }
        List<ContentReading> marked = new ArrayList<>();
        for (Clause c : heads) {
            marked.addAll(markedParts(doc, a, c, side));
        }
        if (marked.isEmpty()) {
            // "We did not retreat, but the line is thin": the plain contrastive point outweighs the negation.
            Clause first = heads.get(0);
            return List.of(contrastivePoint(first.sentence(), first.head(), a.content()).isPresent()
                    ? plain(doc, a.content()) : readClause(doc, first, a.content(), true, side));
        }
        List<CharSpan> rest = a.content();
        for (ContentReading part : marked) {
            rest = ContentSpans.minus(doc.text(), rest, part.contentSpans());
        }
        if (rest.isEmpty()) {
            // One marked part that is all the content keeps the content's own spans, quotation marks included.
            return marked.size() == 1 ? List.of(marked.get(0).withContent(a.content())) : marked;
        }
        List<ContentReading> out = new ArrayList<>(List.of(plain(doc, rest)));
        out.addAll(marked);
        out.sort(Comparator.comparing(r -> r.contentSpans().get(0)));
        return out;
    }

    /**
     * The marked parts of one sentence of the content: its contrastive point ("A, but no B") and its main clause
     * ("no school is closed") when negated or judged. "A, but B" with a plain B is no part: B is the speaker's
     * point, so a negation in A does not make the sentence a denial.
     */
    private List<ContentReading> markedParts(ParsedArticle doc, Attribution a, Clause c, SpeakerSide side) {
        ParsedSentence s = c.sentence();
        List<CharSpan> sentence = ContentSpans.withinSentence(s, a.content());
        List<ContentReading> out = new ArrayList<>();
        Optional<IndexedWord> point = contrastivePoint(s, c.head(), a.content());
        if (point.isPresent()) {
            List<Integer> tokens = s.subtree(point.get(), List.of()).stream()
                    .filter(i -> ContentSpans.inside(s, s.node(i), a.content())).toList();
            List<CharSpan> pointSpan = List.of(ContentSpans.span(s, tokens));
            ContentReading reading = readClause(doc, new Clause(s, point.get()), pointSpan, true, side);
            if (!reading.marked()) {
                return out;
            }
            out.add(reading);
            sentence = ContentSpans.minus(doc.text(), sentence, pointSpan);
        }
        if (!sentence.isEmpty()) {
            ContentReading main = readClause(doc, c, sentence, true, side);
            if (main.marked()) {
                out.add(main);
            }
        }
        return out;
    }

    /** A content that says nothing about its claim's truth: the claim is the content, distance markers aside. */
    private static ContentReading plain(ParsedArticle doc, List<CharSpan> spans) {
        return new ContentReading(spans, spans, distanceEdits(doc, spans), false, Optional.empty(), false, false);
    }

    /**
     * The heads of the content's clauses, one per sentence: the first content word whose parent is outside it,
     * passing over an adverbial clause when another such word follows.
     */
    private static List<Clause> clauseHeads(ParsedArticle doc, Attribution a) {
        List<Clause> out = new ArrayList<>();
        CharSpan extent = a.contentExtent();
        for (ParsedSentence s : doc.sentences()) {
            if (s.end() <= extent.begin() || s.begin() >= extent.end()) {
                continue;
            }
            List<IndexedWord> heads = new ArrayList<>();
            for (IndexedWord w : s.nodes()) {
                if (!ContentSpans.inside(s, w, a.content()) || !Character.isLetter(w.word().charAt(0))) {
                    continue;
                }
                Optional<IndexedWord> parent = s.parent(w);
                // The parser at times hangs a quotation's verb on its opening quotation mark: a mark heads nothing.
                if (parent.isEmpty() || !ContentSpans.inside(s, parent.get(), a.content())
                        || !Character.isLetterOrDigit(parent.get().word().charAt(0))) {
                    heads.add(w);
                }
            }
            // "If the demands are not met, X warned, members will strike": the parser may hang the "if" clause on
            // the cue, outside the content, but the claim is the main clause; the condition's "not" is not its.
            List<IndexedWord> mainHeads = heads.stream()
                    .filter(w -> !s.relationToParent(w).startsWith("advcl")).toList();
            mainHead(s, mainHeads.isEmpty() ? heads : mainHeads, a.cue())
                    .ifPresent(w -> out.add(new Clause(s, w)));
        }
        return out;
    }

    /**
     * The main head among several: a word that governs the cue if there is one, else the first. The parser
     * sometimes inverts a sentence, hanging the cue below the content's verb and the content's subject on the cue
     * ("It said passwords were not affected" with "said" a subject of "affected"): the subject then looks like the
     * first head, but the verb above the cue heads the content and its negation counts. Words the cue governs in
     * a sound parse ("urged people not to leave") stay passed over.
     */
    private static Optional<IndexedWord> mainHead(ParsedSentence s, List<IndexedWord> heads, CharSpan cue) {
        for (IndexedWord head : heads) {
            if (governsCue(s, head, cue)) {
                return Optional.of(head);
            }
        }
        return heads.stream().findFirst();
    }

    /** Whether a cue word lies below this word in the parse. */
    private static boolean governsCue(ParsedSentence s, IndexedWord head, CharSpan cue) {
        for (int i : s.subtree(head, List.of())) {
            if (cue.contains(s.token(i).beginPosition())) {
                return true;
            }
        }
        return false;
    }

    /** The last conjunct of a clause introduced by "but" or "yet", with a subject of its own, inside the content. */
    private static Optional<IndexedWord> contrastivePoint(ParsedSentence s, IndexedWord head, List<CharSpan> content) {
        Optional<IndexedWord> last = Optional.empty();
        for (IndexedWord conj : s.children(head, "conj")) {
            boolean contrastive = s.children(conj, "cc").stream()
                    .anyMatch(w -> CONTRASTIVE.contains(w.word().toLowerCase()));
            if (contrastive && !s.children(conj, "nsubj").isEmpty() && ContentSpans.inside(s, conj, content)) {
                last = Optional.of(conj);
            }
        }
        return last;
    }

    /**
     * Reads one clause: a truth predicate over its subject makes the subject (or, after "it is … that", the
     * clause) the claim; else its own negation, distance and question marks. {@code outer} allows one step
     * into a judged clause ("it is not true that no school is closed").
     */
    private ContentReading readClause(ParsedArticle doc, Clause clause, List<CharSpan> spans, boolean outer,
                                      SpeakerSide side) {
        ParsedSentence s = clause.sentence();
        IndexedWord head = clause.head();
        // "No patient is sent home without a bed": two negations in one scope cancel, and the clause is asserted.
        List<LabelEdit> negations = Negation.of(s, head);
        if (negations.isEmpty()) {
            negations = Negation.strayOpening(s, head, spans);
        }
        Optional<IndexedWord> subject = subject(s, head, spans);
        Optional<IndexedWord> saidClause = subject.flatMap(subj -> JudgedPredicate.saidClause(s, head, subj,
                w -> lexicon.lookup(s, w).isPresent()));
        Optional<IndexedWord> judgedClause = saidClause.or(() -> subject.flatMap(subj -> JudgedPredicate.clause(s,
                head, subj)));
        Optional<String> subjectNoun = judgedClause.isPresent() ? Optional.empty() : subject.map(IndexedWord::lemma);
        // "It is wrong to say that P" judges the saying of P, so P itself, as "the claim that P is wrong" would.
        Optional<Boolean> judgement = subject.isEmpty() ? Optional.empty() : saidClause.isPresent()
                ? TruthPredicates.judgement(head.lemma()) : JudgedPredicate.judgement(s, head, subjectNoun);
        if (judgement.isPresent()) {
            // "P is untrue" calls P false; "P is not untrue" calls it true; "P is not correct" calls it false.
            boolean saysTrue = judgement.get() == negations.isEmpty();
            if (judgedClause.isPresent() && outer) {
                IndexedWord judged = judgedClause.get();
                CharSpan claim = ContentSpans.span(s, s.subtree(judged, s.children(judged, "mark")));
                ContentReading inner = readClause(doc, new Clause(s, judgedClause.get()), List.of(claim), false, side);
                return new ContentReading(spans, inner.claimSpans(), inner.edits(), inner.negated(),
                        Optional.of(saysTrue), inner.distanced(), false);
            }
            if (judgedClause.isEmpty()) {
                List<CharSpan> claim = List.of(ContentSpans.span(s, s.subtree(subject.get(), List.of())));
                return new ContentReading(spans, claim, distanceEdits(doc, claim), false, Optional.of(saysTrue),
                        DistanceMarkers.marks(s, subject.get(), doc.text()), false);
            }
        }
        Optional<ContentReading> attitude = ownNegatedAttitude(doc, s, head, subject, spans, side, negations);
        if (attitude.isPresent()) {
            return attitude.get();
        }
        Optional<IndexedWord> open = openQuestion(s, head);
        if (open.isPresent()) {
            // "It is too early to say whether the dam cracked": the speaker leaves the dam's cracking open.
            IndexedWord asked = open.get();
            List<CharSpan> claim = List.of(ContentSpans.span(s, s.subtree(asked, s.children(asked, "mark"))));
            return new ContentReading(spans, claim, distanceEdits(doc, claim), false, Optional.empty(), false, true);
        }
        Optional<ContentReading> own = ownDenial(s, head, spans, side, !negations.isEmpty());
        if (own.isPresent()) {
            return own.get();
        }
        Optional<ContentReading> said = ownSaying(doc, s, head, spans, side, negations.isEmpty(), outer);
        if (said.isPresent()) {
            return said.get();
        }
        List<LabelEdit> edits = new ArrayList<>(negations);
        edits.addAll(distanceEdits(doc, spans));
        return new ContentReading(spans, spans, edits, !negations.isEmpty(), Optional.empty(),
                DistanceMarkers.marks(s, head, doc.text()),
                interrogative(doc.text(), s, head, spans) && !RhetoricalQuestion.in(doc, spans)
                        || Negation.unknowing(s, head));
    }

    /**
     * The clause's subject. The parser at times inverts a sentence and takes the cue for the subject of the content's
     * predicate, hanging the content's own subject on the cue as its object ("said reports that the mill was sold
     * were wrong", with "said" the clausal subject of "wrong"): the cue's object inside the content is the subject.
     */
    private static Optional<IndexedWord> subject(ParsedSentence s, IndexedWord head, List<CharSpan> spans) {
        Optional<IndexedWord> subject = s.child(head, "nsubj").or(() -> s.child(head, "csubj"));
        if (subject.isPresent() && !ContentSpans.inside(s, subject.get(), spans)) {
            Optional<IndexedWord> object = s.child(subject.get(), "obj").filter(o -> ContentSpans.inside(s, o, spans));
            if (object.isPresent()) {
                return object;
            }
        }
        return subject;
    }

    /**
     * "We're not so sure", "I don't know whether it will reopen", "we don't think it will close", "I never doubted
     * it would work", "I didn't know he was there": the speaker's own negated belief, doubt or knowledge is a stance
     * toward its clause, as the same words would be as a cue (negated-cues.tsv): not sure or not knowing whether
     * leaves it open, not thinking denies it, never doubting or not knowing that asserts it. The claim is the
     * clause, or the content when there is none.
     */
    private static Optional<ContentReading> ownNegatedAttitude(ParsedArticle doc, ParsedSentence s, IndexedWord head,
                                                                Optional<IndexedWord> subject, List<CharSpan> spans,
                                                                SpeakerSide side, List<LabelEdit> negations) {
        Optional<IndexedWord> clause = s.child(head, "ccomp");
        Optional<Stance> stance = CueStance.negatedByLemma(s, head, clause);
        if (negations.isEmpty() || stance.isEmpty() || subject.isEmpty() || !side.includes(s, subject.get())) {
            return Optional.empty();
        }
        if (clause.isEmpty() && stance.get() != Stance.QUESTION) {
            return Optional.empty();
        }
        List<CharSpan> claim = clause.map(c -> List.of(ContentSpans.span(s, s.subtree(c, s.children(c, "mark")))))
                .orElse(spans);
        List<LabelEdit> edits = clause.isPresent() ? distanceEdits(doc, claim) : negations;
        return Optional.of(new ContentReading(spans, claim, edits, stance.get() == Stance.DENY, Optional.empty(),
                false, stance.get() == Stance.QUESTION));
    }

    /**
     * The clause an infinitive of the head asks about: "too early to say whether P", "wait to see if P" (P's head).
     * The infinitive's own clause, not the head's: "said whether P" is read by its mark, and the cue's negation.
     */
    private static Optional<IndexedWord> openQuestion(ParsedSentence s, IndexedWord head) {
        for (IndexedWord infinitive : s.children(head, "xcomp")) {
            for (IndexedWord clause : s.children(infinitive, "ccomp")) {
                if (s.children(clause, "mark").stream().anyMatch(m -> OPEN_QUESTION_MARKS.contains(
                        m.word().toLowerCase()))) {
                    return Optional.of(clause);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "She said the company had ruled out a cyberattack": a clause headed by a cue of denial ("rule out", "reject")
     * whose subject is the speaker's own side makes the speaker deny what is ruled out, as "we have ruled out a
     * cyberattack" would; the claim is the cue's object or clause. Said of anyone else ("analysts said the regulator
     * had rejected the bid") the clause stays a report of that other's act. Negated ("we have not ruled out a
     * cyberattack", "he did not rule them out"), the speaker leaves what is not ruled out open: a question, as a
     * negated cue of denial is.
     */
    private Optional<ContentReading> ownDenial(ParsedSentence s, IndexedWord head, List<CharSpan> spans,
                                               SpeakerSide side, boolean negated) {
        // "He said he had been denied a visa": a passive "deny" refuses the subject something; it denies no claim.
        if (s.isPassive(head) || head.tag() == null || !head.tag().startsWith("VB")
                || lexicon.lookup(s, head).map(c -> c.stance() != Stance.DENY).orElse(true)) {
            return Optional.empty();
        }
        if (CueStance.contest(head) && CueStance.takesOn(s, head)) {
            // "We challenge him to take the same test": a dare, no denial.
            return Optional.empty();
        }
        Optional<IndexedWord> subject = s.child(head, "nsubj");
        // A verb that takes its content only as a clause takes no claim as its object: "I wish you peace" greets.
        boolean takesObject = lexicon.lookup(s, head).map(c -> c.takes(CueLexicon.Frame.OBJ)).orElse(false);
        Optional<IndexedWord> denied = s.child(head, "obj").filter(o -> takesObject).or(() -> s.child(head, "ccomp"));
        if (subject.isEmpty() || denied.isEmpty() || !side.includes(s, subject.get())) {
            return Optional.empty();
        }
        IndexedWord d = denied.get();
        CharSpan claim = ContentSpans.span(s, s.subtree(d, s.children(d, "mark")));
        return Optional.of(new ContentReading(spans, List.of(claim), List.of(), false,
                negated ? Optional.empty() : Optional.of(false), false, negated));
    }

    /**
     * "We said last week that no data was lost", "I have always said nothing would change": the speaker's own side,
     * in the first person or as the body it speaks for ("he thinks P" in a quotation is someone else's view), saying
     * a clause, plainly and not negated, holds the stance the clause holds, so a negated or judged clause makes
     * the speaker deny, as the same clause said outright would. The claim is the clause's. A plain clause leaves the
     * content as it is: only a marked one turns the stance.
     */
    private Optional<ContentReading> ownSaying(ParsedArticle doc, ParsedSentence s, IndexedWord head,
                                               List<CharSpan> spans, SpeakerSide side, boolean plain, boolean outer) {
        if (!plain || s.isPassive(head) || head.tag() == null || !head.tag().startsWith("VB")
                || lexicon.lookup(s, head).map(c -> c.stance() != Stance.ASSERT).orElse(true)) {
            return Optional.empty();
        }
        Optional<IndexedWord> subject = s.child(head, "nsubj");
        Optional<IndexedWord> clause = s.child(head, "ccomp").filter(c -> ContentSpans.inside(s, c, spans));
        if (subject.isEmpty() || clause.isEmpty() || !side.speaks(s, subject.get())) {
            return Optional.empty();
        }
        IndexedWord c = clause.get();
        List<CharSpan> claim = List.of(ContentSpans.span(s, s.subtree(c, s.children(c, "mark"))));
        ContentReading inner = readClause(doc, new Clause(s, c), claim, outer, side);
        return inner.marked() ? Optional.of(new ContentReading(spans, inner.claimSpans(), inner.edits(),
                inner.negated(), inner.judgement(), inner.distanced(), inner.interrogative())) : Optional.empty();
    }

    /**
     * A clause asking: "whether P", or a quotation whose first sentence ends in a question mark. A question quoted
     * inside the content is another speaker's ("she was often asked: \"Who will buy books now?\""): the content
     * reports it, and asks nothing itself.
     */
    private static boolean interrogative(String text, ParsedSentence s, IndexedWord head, List<CharSpan> spans) {
        if (s.children(head, "mark").stream().anyMatch(m -> INTERROGATIVE_MARKS.contains(m.word().toLowerCase()))) {
            return true;
        }
        String last = "";
        int lastAt = -1;
        for (int i = 1; i <= s.tokens().size(); i++) {
            int at = s.token(i).beginPosition();
            String word = s.token(i).word();
            if (spans.stream().anyMatch(sp -> sp.contains(at)) && !QUOTE_MARKS.contains(word)) {
                last = word;
                lastAt = at;
            }
        }
        return last.equals("?") && !quotedWithin(text, spans, lastAt);
    }

    /**
     * True when the character at {@code at} lies in a quotation opened inside the content: an odd number of double
     * quotation marks stands between them, not counting one that opens the content itself.
     */
    private static boolean quotedWithin(String text, List<CharSpan> spans, int at) {
        int first = spans.get(0).begin();
        while (first < at && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        int marks = 0;
        for (int i = first; i < at; i++) {
            if (QuoteMarks.isQuoteCharacter(text.charAt(i))) {
                marks++;
            }
        }
        boolean opensWithQuote = first < at && QuoteMarks.isQuoteCharacter(text.charAt(first));
        return (marks - (opensWithQuote ? 1 : 0)) % 2 == 1;
    }

    private static List<LabelEdit> distanceEdits(ParsedArticle doc, List<CharSpan> spans) {
        List<LabelEdit> out = new ArrayList<>();
        for (CharSpan span : spans) {
            for (ParsedSentence s : doc.sentences()) {
                if (s.end() > span.begin() && s.begin() < span.end()) {
                    out.addAll(DistanceMarkers.in(s, span, doc.text()));
                }
            }
        }
        return out;
    }
}
