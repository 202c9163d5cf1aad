package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.annotate.PosTags;
import org.claimgraph.lexicon.TsvResource;

/** Finds, around a cue verb in the dependency tree, its source mention and the full extent of its cue words. */
public final class CueFrames {

    /** Relations whose dependents belong to the cue itself ("has also said", "pointed out"). */
    private static final Set<String> CUE_PARTS = Set.of("aux", "aux:pass", "compound:prt", "neg", "cop");
    /** Relations through which a verb shares its governor's subject ("said, adding that …"). */
    private static final Set<String> SHARES_SUBJECT = Set.of("conj", "advcl", "xcomp", "parataxis");

    /** Marks after which a verb opens an inverted frame: the end of a quote, or the comma closing the content. */
    private static final Set<String> INVERSION_OPENERS = Set.of(",", "”", "’", "\"", "'", "''");

    /** Case markers that belong to the source mention: the possessive clitic of "Trump's claim". */
    private static final Set<String> SOURCE_MARKERS = TsvResource.words("source-markers.tsv");

    /** Focus adverbs before a source's name that weigh the speaker but do not name them ("Even the hawks say"). */
    private static final Set<String> FOCUS_ADVERBS = TsvResource.words("source-focus-adverbs.tsv");

    /** Verbs whose subject, not their object, does the infinitive they govern ("promised voters to …"). */
    private static final Set<String> SUBJECT_CONTROL = TsvResource.words("subject-control.tsv");
    /** Cue verbs news puts before their speaker and that take no hearer as object ("…, says Roe, is that P"). */
    private static final Set<String> INVERTING = TsvResource.words("inverting-cues.tsv");
    /** Nouns for people and bodies, which can do what an infinitive says ("urged officials to …"). */
    private static final Set<String> ACTOR_NOUNS = TsvResource.words("actor-nouns.tsv");
    /** Quantifiers that stand for people as the object handed an infinitive ("led some to speculate"). */
    private static final Set<String> CONTROLLING_QUANTIFIERS = TsvResource.words("controlling-quantifiers.tsv");
    /** Quantifiers that float after the subject they quantify: "have both argued", "all said". */
    static final Set<String> FLOATING_QUANTIFIERS = TsvResource.words("floating-quantifiers.tsv");

    /**
     * Tokens that close a double quotation, as the tokenizer writes them; a lone single mark is left out, as it is
     * as often a plural possessive ("Cross’ speech").
     */
    private static final Set<String> CLOSING_QUOTES = Set.of("”", "''");
    /** Tokens that open a double quotation; a straight mark ('"') opens or closes by turns. */
    private static final Set<String> OPENING_QUOTES = Set.of("“", "``");

    /** Adverbs this close before the verb belong to the cue ("has also said"); farther ones frame the sentence. */
    private static final int ADVERB_REACH = 3;

    private CueFrames() {
    }

    /**
     * The head of the verb's source: its active subject (unless the parser found it inside a quotation before an
     * inverted frame, or it cannot speak and a name follows the verb), its passive agent ("by X"), the object that
     * controls its infinitive, or a governor's subject.
     */
    static Optional<IndexedWord> sourceHead(ParsedSentence s, IndexedWord verb) {
        // "X, who declined to say P", misparsed with "declined" as the subject of "say": "who" speaks.
        Optional<IndexedWord> relative = RelativeVerbMisread.pronoun(s, verb);
        if (relative.isPresent()) {
            return relative;
        }
        // The subject nearest the verb: a misparse can hang a second one inside a quotation ("… all the
        // Muslims …,” Barkley said").
        List<IndexedWord> subjects = participleSubjects(s, verb).stream()
                .filter(n -> !s.relationToParent(n).equals("nsubj:pass")).toList();
        // "Ruiz and Cole have both argued": a quantifier floating after the subject is no subject of its own.
        Optional<IndexedWord> subject = subjects.stream()
                .filter(n -> !isFloatingQuantifier(n) || subjects.stream().noneMatch(o -> o.index() < n.index()))
                .min(java.util.Comparator.comparingInt(n -> Math.abs(n.index() - verb.index())));
        if (subject.isPresent()) {
            // "“P” if …, said X": a subject the parser found inside the quotation yields to the one after the verb.
            if (behindQuote(s, subject.get(), verb)) {
                return postposedSubject(s, verb).or(() -> subject);
            }
            // "The paradox of the plan, says Jane Roe, is that P": a subject that cannot speak yields to a name or
            // person after the verb, which the parser read as an object.
            return displacing(s, verb, subject.get()).or(() -> subject);
        }
        Optional<IndexedWord> agent = agent(s, verb);
        if (agent.isPresent()) {
            return agent;
        }
        // The parser sometimes reads "as X observed" as an oblique "as X": X is still the one observing.
        for (IndexedWord obl : s.children(verb, "obl")) {
            boolean before = obl.index() < verb.index();
            if (before && s.children(obl, "case").stream().anyMatch(c -> c.word().equalsIgnoreCase("as"))) {
                return Optional.of(obl);
            }
        }
        Optional<IndexedWord> postposed = postposedSubject(s, verb);
        if (postposed.isPresent()) {
            return postposed;
        }
        // "X is keeping a lid on Y -- by touting Z": a gerund the parser hung on a bare "by" (itself hung on the
        // verb) is done by that verb's subject, as when "by" is the gerund's own case marker.
        Optional<IndexedWord> byVerb = verbAbovePreposition(s, verb);
        if (byVerb.isPresent()) {
            return sourceHead(s, byVerb.get());
        }
        // "X released a statement saying P": the one who issues the message speaks through it, not the message.
        // So does the one who "responded by saying P" (ByGerundFrame).
        Optional<IndexedWord> issuer = IssuedMessage.issuer(s, verb).or(() -> ByGerundFrame.frameVerb(s, verb))
                .flatMap(v -> sourceHead(s, v));
        if (issuer.isPresent()) {
            return issuer;
        }
        // "Carson said he plans to P, insisting that Q": after a comma a participle closes the sentence's main
        // clause, whatever embedded verb the parser hung it on, and speaks for that clause's source.
        Optional<IndexedWord> mainLine = SubjectFallback.isTrailingParticiple(s, verb)
                ? mainClause(s, verb).flatMap(v -> sourceHead(s, v)) : Optional.empty();
        if (mainLine.isPresent()) {
            return mainLine;
        }
        // "Roe was booed after telling P", "X accused Roe of claiming P", "Roe has a record of backing P": a gerund
        // after a preposition is done by its controller, never by a passive governor's agent or by the noun.
        if (GerundController.decides(s, verb)) {
            return GerundController.doer(s, verb);
        }
        String base = s.baseRelationToParent(verb);
        // "results showing that P", "a statement saying P": the noun a gerund modifies is its source.
        if (base.equals("acl") && "VBG".equals(verb.tag())) {
            // "…, urging voters to act and promising P" hung on "resentment": after a comma the participle speaks
            // for the clause it closes (see SubjectFallback), whatever noun the parser hung it on.
            return SubjectFallback.isTrailingParticiple(s, verb) ? clauseAbove(s, verb).flatMap(v -> sourceHead(s, v))
                    : s.parent(verb);
        }
        // "X is one of the first speakers to confirm Y": an infinitive on a noun the copula equates with X.
        if (base.equals("acl")) {
            Optional<IndexedWord> doer = InfinitiveOnNoun.doer(s, verb);
            if (doer.isPresent()) {
                return doer;
            }
        }
        // "…, thanking the staff and praising P": a participle joined to an earlier one shares its doer, whatever
        // word the parser hung it on.
        Optional<IndexedWord> firstParticiple = ParticipleConjunct.earlier(s, verb);
        if (firstParticiple.isPresent()) {
            Optional<IndexedWord> doer = sourceHead(s, firstParticiple.get());
            if (doer.isPresent()) {
                return doer;
            }
        }
        // "When asked, X replied" is passive: the asker is not X. "…, adding that" often parses as a bare dep.
        boolean participle = "VBN".equals(verb.tag()) && !activeConjunct(s, verb, base);
        boolean sharesSubject = SHARES_SUBJECT.contains(base) || (base.equals("dep") && "VBG".equals(verb.tag()))
                || gerundAfterPreposition(s, verb, base) || particleInfinitive(s, verb);
        if (sharesSubject && !participle) {
            // "X said P after Y won the primary, remarking that Q": a participle after a comma that the parser hung
            // on a subordinate clause's verb speaks for the clause that the subordinate one modifies.
            Optional<IndexedWord> parent = s.parent(verb)
                    .map(p -> SubjectFallback.isTrailingParticiple(s, verb) && isSubordinate(s, p)
                            ? s.parent(p).orElse(p) : p);
            if (parent.isPresent()) {
                Optional<IndexedWord> controller = base.equals("xcomp") ? objectController(s, parent.get(), verb)
                        : Optional.empty();
                if (controller.isPresent()) {
                    return controller;
                }
                Optional<IndexedWord> inherited = base.equals("conj")
                        ? passiveSubject(s, parent.get()).or(() -> sourceHead(s, parent.get()))
                        : sourceHead(s, parent.get());
                // "X is expected to endorse Y": a raising verb's passive subject is the one who will speak; so is
                // the one who "is left wondering whether P" (a participle the parser hangs as a bare dep), but not
                // after a comma, where the participle closes the sentence for someone else ("X was expanded, noting").
                boolean complement = base.equals("xcomp") || base.equals("dep") && "VBG".equals(verb.tag())
                        && !SubjectFallback.isTrailingParticiple(s, verb);
                return inherited.isPresent() || !complement ? inherited
                        : s.children(parent.get(), "nsubj").stream().findFirst();
            }
        }
        return Optional.empty();
    }

    /**
     * The verb's subjects, less a time word the parser made a participle's subject ("issued a statement Tuesday
     * saying P"): a day names no speaker, and the participle's doer is found as if it had no subject.
     */
    static List<IndexedWord> participleSubjects(ParsedSentence s, IndexedWord verb) {
        return s.children(verb, "nsubj").stream()
                .filter(n -> !("VBG".equals(verb.tag()) && TimeWords.isTimeWord(n.word()) && !isNamed(s, n)))
                .toList();
    }

    /** True when the named-entity tagger calls the word a person or an organisation ("May" the minister). */
    private static boolean isNamed(ParsedSentence s, IndexedWord word) {
        String ner = s.token(word.index()).ner();
        return ner != null && (ner.equals("PERSON") || ner.equals("ORGANIZATION"));
    }

    /**
     * "X was forced into a retreat and said P": an active verb joined to a passive one shares its subject, not its
     * agent ("X was endorsed by the union and said P" is X's) nor a time phrase the parser read as one ("by the end
     * of the day").
     */
    private static Optional<IndexedWord> passiveSubject(ParsedSentence s, IndexedWord first) {
        boolean active = s.children(first, "nsubj").stream()
                .anyMatch(n -> !s.relationToParent(n).equals("nsubj:pass"));
        return active ? Optional.empty() : s.children(first, "nsubj:pass").stream().findFirst();
    }

    /**
     * "X has criticized Y and called for Z", "X speculated about Y, referred to Z and considered W": a verb in the
     * past participle form (or mistagged as one) coordinated with an active verb shares that verb's subject; it is
     * passive only with a passive auxiliary of its own or a passive first conjunct ("was arrested and charged").
     */
    private static boolean activeConjunct(ParsedSentence s, IndexedWord verb, String relation) {
        if (!relation.equals("conj") || s.isPassive(verb)) {
            return false;
        }
        // "X are well aware of Y and have focused on it": a participle after its own "have" is a perfect, active
        // whatever the first conjunct is (here an adjective).
        if (s.children(verb, "aux").stream().anyMatch(a -> a.index() < verb.index()
                && a.lemma() != null && a.lemma().equalsIgnoreCase("have"))) {
            return true;
        }
        Optional<IndexedWord> first = s.parent(verb);
        return first.isPresent() && first.get().tag() != null && first.get().tag().startsWith("VB")
                && !s.isPassive(first.get())
                && !s.relationToParent(first.get()).startsWith("acl");
    }

    /**
     * "Trump responded to the tweet by calling X Y", "began the day in a hole after questioning X": a gerund after
     * a preposition, which the parser hangs on the verb as an oblique, is done by the verb's subject, unless the
     * verb is passive ("was criticized by Y for saying P" is not said by Y).
     */
    private static boolean gerundAfterPreposition(ParsedSentence s, IndexedWord verb, String relation) {
        if (!relation.equals("obl") || !"VBG".equals(verb.tag()) || s.children(verb, "case").isEmpty()) {
            return false;
        }
        Optional<IndexedWord> governor = s.parent(verb);
        return governor.isPresent() && governor.get().tag() != null && governor.get().tag().startsWith("VB")
                && !s.isPassive(governor.get());
    }

    /**
     * The active verb above a gerund that the parser hung on a preposition instead of taking the preposition as its
     * case marker ("by-16 dep keeping-4, touting-17 dep by-16"); empty for any other gerund, or a passive verb
     * ("was criticized by saying" names no agent).
     */
    private static Optional<IndexedWord> verbAbovePreposition(ParsedSentence s, IndexedWord gerund) {
        Optional<IndexedWord> preposition = s.parent(gerund);
        if (!"VBG".equals(gerund.tag()) || !s.children(gerund, "nsubj").isEmpty() || preposition.isEmpty()
                || !"IN".equals(preposition.get().tag()) || preposition.get().index() != gerund.index() - 1) {
            return Optional.empty();
        }
        return s.parent(preposition.get())
                .filter(v -> v.tag() != null && v.tag().startsWith("VB") && v.index() < gerund.index())
                .filter(v -> !s.isPassive(v));
    }

    /**
     * "She went on to say P": the parser read the governor's particle as a preposition before the infinitive and
     * hung the infinitive on the governor as an oblique or adverbial clause. A preposition cannot introduce an
     * infinitive, so the word right before "to" is the governor's particle and the infinitive its complement.
     */
    static boolean particleInfinitive(ParsedSentence s, IndexedWord verb) {
        String relation = s.relationToParent(verb);
        Optional<IndexedWord> to = s.children(verb, "mark").stream()
                .filter(m -> m.word().equalsIgnoreCase("to") && m.index() < verb.index()).findFirst();
        Optional<IndexedWord> governor = s.parent(verb);
        return (relation.equals("obl") || relation.equals("advcl")) && to.isPresent() && governor.isPresent()
                && governor.get().tag() != null && governor.get().tag().startsWith("VB")
                && governor.get().index() < verb.index()
                && s.children(verb, "case").stream().anyMatch(c -> c.index() == to.get().index() - 1);
    }

    /** A verb heading an adverbial clause opened by a conjunction ("after Y won", "as they met"), not by "to". */
    private static boolean isSubordinate(ParsedSentence s, IndexedWord verb) {
        return s.relationToParent(verb).startsWith("advcl") && s.children(verb, "mark").stream()
                .anyMatch(m -> m.index() < verb.index() && !m.word().equalsIgnoreCase("to"));
    }

    /**
     * The clause a word closes: the nearest cue verb above it ("“P,” X said, adding …", whose head the parser may put
     * inside the quotation) that does not modify a noun, else the head of the sentence; empty unless it comes before
     * the word.
     */
    private static Optional<IndexedWord> mainClause(ParsedSentence s, IndexedWord word) {
        IndexedWord top = word;
        for (Optional<IndexedWord> up = s.parent(word); up.isPresent(); up = s.parent(up.get())) {
            top = up.get();
            // A cue in a clause on a noun ("no details about how he planned to P, saying Q") is inside the main
            // clause's object; the participle closes the main clause.
            boolean cue = top.tag() != null && top.tag().startsWith("VB")
                    && CueLexicon.standard().lookup(top.lemma()).isPresent()
                    && !s.relationToParent(top).startsWith("acl");
            if (cue) {
                break;
            }
        }
        return top.index() < word.index() ? Optional.of(top) : Optional.empty();
    }

    /** The nearest verb above a word in the tree, past the nouns and phrases between. */
    private static Optional<IndexedWord> clauseAbove(ParsedSentence s, IndexedWord word) {
        Optional<IndexedWord> up = s.parent(word);
        while (up.isPresent() && (up.get().tag() == null || !up.get().tag().startsWith("VB"))) {
            up = s.parent(up.get());
        }
        return up;
    }

    /**
     * The one who does an infinitive that a verb with an object governs: "forced Sanders to acknowledge", "urged
     * voters to reject". The object controls the infinitive, not the subject, unless the verb is one of the few
     * whose subject keeps control ("promised them to", subject-control.tsv). Only an object that can act counts:
     * in "took the time to say" or "paid $2 million to X to advocate" the object does not speak.
     */
    static Optional<IndexedWord> objectController(ParsedSentence s, IndexedWord governor, IndexedWord infinitive) {
        boolean toInfinitive = s.children(infinitive, "mark").stream().anyMatch(m -> m.word().equalsIgnoreCase("to"));
        // A governor that is a cue itself ("urged women to vote", "asked him to condemn") is the report PolNeAR
        // marks, with the infinitive inside its content; only a governor that reports nothing ("force X to
        // acknowledge", "allow X to support") hands the infinitive to its object.
        boolean governorIsCue = CueLexicon.standard().lookup(governor.lemma()).isPresent();
        if (!toInfinitive || governorIsCue || SUBJECT_CONTROL.contains(governor.lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        // "steeled myself not to show", "turned out Saturday to support": a reflexive or a time is no one else.
        return s.children(governor, "obj").stream()
                .filter(o -> o.index() > governor.index() && o.index() < infinitive.index())
                .filter(o -> (canAct(s, o) || CONTROLLING_QUANTIFIERS.contains(o.word().toLowerCase(Locale.ROOT)))
                        && !o.word().toLowerCase(Locale.ROOT).endsWith("self")
                        && !o.word().toLowerCase(Locale.ROOT).endsWith("selves") && !TimeWords.isTime(o))
                .findFirst();
    }

    /** A noun that can act: a name, a person's pronoun, or a noun for people or bodies (actor-nouns.tsv). */
    public static boolean canAct(ParsedSentence s, IndexedWord noun) {
        String tag = noun.tag() == null ? "" : noun.tag();
        String ner = s.token(noun.index()).ner();
        boolean named = ner != null && (ner.equals("PERSON") || ner.equals("ORGANIZATION"));
        boolean personal = tag.equals("PRP") && !noun.word().equalsIgnoreCase("it");
        return named || tag.startsWith("NNP") || personal
                || ACTOR_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * The subject of an inverted frame ("“…,” said Bolton", "…, said campaign adviser Dan Miller"), which the
     * parser reads as an object: a noun right after a finite verb that follows the quote's closing mark or comma.
     */
    static Optional<IndexedWord> postposedSubject(ParsedSentence s, IndexedWord verb) {
        if (!PosTags.isFinite(verb.tag()) || verb.index() < 2
                || !INVERSION_OPENERS.contains(s.token(verb.index() - 1).word()) || inPredicateList(s, verb)) {
            return Optional.empty();
        }
        return s.children(verb, "obj").stream()
                .filter(o -> o.index() > verb.index() && o.tag() != null
                        && (o.tag().startsWith("NN") || o.tag().equals("PRP")))
                .findFirst();
    }

    /**
     * "Roe praised the mayor, mocked the party and left": a verb after a comma in a list of predicates joined by a
     * conjunction shares the first one's subject, and the noun after it is its object, not an inverted speaker. The
     * list shows by a conjunction on this verb or on a later conjunct of the same first verb, and only where the first
     * verb's subject can speak: in "The plan will fail, said Roe, and …" the parser may join "said" to the content.
     */
    private static boolean inPredicateList(ParsedSentence s, IndexedWord verb) {
        Optional<IndexedWord> first = s.parent(verb);
        if (!s.relationToParent(verb).equals("conj") || first.isEmpty() || first.get().index() > verb.index()) {
            return false;
        }
        boolean listed = s.children(first.get(), "conj").stream()
                .filter(c -> c.index() >= verb.index())
                .anyMatch(c -> !s.children(c, "cc").isEmpty());
        return listed && s.children(first.get(), "nsubj").stream()
                .anyMatch(n -> n.index() < first.get().index() && canAct(s, n));
    }

    /**
     * True when a subject before the verb stands inside a quotation that closes before the verb: opened before the
     * subject and not closed until after it ("“Many would call that a defeat” if …, said X"). A quoted title inside
     * the subject's own phrase ("Washington, star of “Scandal,” thanked Obama") does not count.
     */
    private static boolean behindQuote(ParsedSentence s, IndexedWord subject, IndexedWord verb) {
        boolean inside = false;
        for (int i = 1; i < subject.index(); i++) {
            String w = s.token(i).word();
            if (OPENING_QUOTES.contains(w)) {
                inside = true;
            } else if (CLOSING_QUOTES.contains(w)) {
                inside = false;
            } else if (w.equals("\"")) {
                inside = !inside;
            }
        }
        if (!inside) {
            return false;
        }
        for (int i = subject.index() + 1; i < verb.index(); i++) {
            String w = s.token(i).word();
            if (CLOSING_QUOTES.contains(w) || w.equals("\"")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker after the verb that displaces a subject the parser gave it: "The paradox of the plan, says Jane
     * Roe, is that P" has "paradox" as subject and "Roe" as object. Only a noun or gerund that cannot speak yields,
     * only to one that can (a name, a person's pronoun, an actor noun), and only after a verb that takes no hearer
     * (inverting-cues.tsv): "The harbour master, in a letter, told Reuters" stays the master's.
     */
    private static Optional<IndexedWord> displacing(ParsedSentence s, IndexedWord verb, IndexedWord subject) {
        String tag = subject.tag() == null ? "" : subject.tag();
        boolean thing = (tag.startsWith("NN") || tag.equals("VBG")) && !canAct(s, subject);
        if (!thing || subject.index() > verb.index() || !INVERTING.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return postposedSubject(s, verb).filter(o -> canAct(s, o));
    }

    /**
     * The subject the parser gave a verb whose speaker stands after it ({@link #displacing}): it opens the content,
     * "The paradox of the plan" in "The paradox of the plan, says Jane Roe, is that P".
     */
    static Optional<IndexedWord> displacedSubject(ParsedSentence s, IndexedWord verb, IndexedWord sourceHead) {
        return s.children(verb, "nsubj").stream()
                .filter(n -> displacing(s, verb, n).map(sourceHead::equals).orElse(false))
                .findFirst();
    }

    /** True when the word is a quantifier that can float after its noun ("both", "all", "each"). */
    private static boolean isFloatingQuantifier(IndexedWord word) {
        return FLOATING_QUANTIFIERS.contains(word.word().toLowerCase(Locale.ROOT))
                && ("DT".equals(word.tag()) || "PDT".equals(word.tag()) || "RB".equals(word.tag()));
    }

    /**
     * The agent of a passive verb: an oblique introduced by "by". A finite active verb has none: "the poll showed
     * Reyes ahead by six points" is not said by the points.
     */
    static Optional<IndexedWord> agent(ParsedSentence s, IndexedWord verb) {
        // A verb that carries its own tense is active unless a passive auxiliary says otherwise.
        boolean finiteActive = PosTags.isFinite(verb.tag()) && s.children(verb, "aux:pass").isEmpty();
        if (finiteActive) {
            return Optional.empty();
        }
        for (IndexedWord obl : s.children(verb, "obl")) {
            for (IndexedWord c : s.children(obl, "case")) {
                if (c.word().equalsIgnoreCase("by")) {
                    return Optional.of(obl);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The source mention headed by a token: its whole noun phrase, appositions and relative clauses included
     * ("Joseph Biden, who was to travel to Ohio,"), as news-attribution annotation marks it; asides cut.
     */
    static Optional<Mention> mention(ParsedSentence s, IndexedWord head, String text, List<CharSpan> quotes) {
        return mention(s, head, text, quotes, List.of());
    }

    /** The source mention headed by a token, leaving out the subtrees under {@code notSource}. */
    static Optional<Mention> mention(ParsedSentence s, IndexedWord head, String text, List<CharSpan> quotes,
                                     List<IndexedWord> notSource) {
        return mention(s, head, text, quotes, notSource, List.of());
    }

    /**
     * The source mention headed by a token, leaving out the subtrees under {@code notSource} and the asides that
     * frame the speaking (see SourceAsides), except those headed by a word in {@code keep}.
     */
    static Optional<Mention> mention(ParsedSentence s, IndexedWord head, String text, List<CharSpan> quotes,
                                     List<IndexedWord> notSource, List<IndexedWord> keep) {
        // "BOSTON - …, Mayor Ann Lee said": the place where the story was filed is never the speaker.
        int dateline = Dateline.end(s);
        if (head.index() <= dateline) {
            return Dateline.speakerBelow(s, head, dateline)
                    .flatMap(speaker -> mention(s, speaker, text, quotes, notSource, keep));
        }
        // "Speaking at a rally in Reno, Roe said": the parser made the opening clause the subject.
        Optional<IndexedWord> afterClause = OpeningClause.speakerAfter(s, head);
        if (afterClause.isPresent()) {
            return mention(s, afterClause.get(), text, quotes, notSource, keep);
        }
        List<IndexedWord> cut = new ArrayList<>(s.children(head, "parataxis"));
        // "The first member to endorse him was X": the copula of a predicate that speaks is not its name.
        cut.addAll(s.children(head, "cop"));
        // "… and those describing themselves as Y": a conjunct's conjunction joins it to the list, it names no one.
        // "both X and Y" keeps its "both" (cc:preconj), which is part of the name.
        s.children(head, "cc").stream().filter(c -> c.index() < head.index())
                .filter(c -> s.relationToParent(c).equals("cc")).forEach(cut::add);
        cut.addAll(notSource);
        s.children(head, "case").stream()
                .filter(c -> !SOURCE_MARKERS.contains(c.word().toLowerCase(Locale.ROOT)))
                .forEach(cut::add);
        s.children(head, "advmod").stream()
                .filter(a -> a.index() < head.index() && FOCUS_ADVERBS.contains(a.word().toLowerCase(Locale.ROOT)))
                .forEach(cut::add);
        // "The owners all said": the quantifier after the name floats off the verb, it is no part of the name.
        s.children(head, "dep").stream()
                .filter(d -> d.index() > head.index() && isFloatingQuantifier(d))
                .forEach(cut::add);
        SourceAsides.framing(s, head).stream()
                .filter(a -> keep.stream().noneMatch(k -> k.index() == a.index()))
                .forEach(cut::add);
        List<Integer> tokens = s.subtree(head, cut);
        tokens.addAll(splitNameStart(s, head, tokens));
        tokens.removeIf(i -> i <= dateline);
        // A quotation the parser hung on the name is what was said, not who said it; a quoted title in the name's
        // description is part of it ("the author of “Quiet Rivers”"; all 840 PolNeAR train articles: gold keeps
        // such a title in the source every time).
        int headAt = s.token(head.index()).beginPosition();
        if (quotes.stream().noneMatch(q -> q.contains(headAt))) {
            List<CharSpan> said = quotes.stream().filter(q -> !QuotedTitle.isTitle(q.of(text))).toList();
            tokens.removeIf(i -> said.stream().anyMatch(q -> q.contains(s.token(i).beginPosition())));
        }
        List<Integer> run = runAround(tokens, head.index());
        return TreeSpans.span(s, run, text).map(span -> new Mention(closeAside(span, text), s.index(), head.index()));
    }

    /**
     * "Tom Devine, an adviser, said": the parser that mistagged the surname gave the verb two subjects, "Tom" and
     * "Devine"; a subject of the same verb that ends right where the mention starts is the first part of the name.
     */
    private static List<Integer> splitNameStart(ParsedSentence s, IndexedWord head, List<Integer> tokens) {
        int start = tokens.stream().min(Integer::compare).orElse(head.index());
        String rel = s.relationToParent(head);
        if (!rel.equals("nsubj") || start < 2) {
            return List.of();
        }
        IndexedWord verb = s.parent(head).orElseThrow();
        return s.children(verb, "nsubj").stream()
                .filter(n -> n.index() != head.index() && "NNP".equals(n.tag()))
                .map(n -> s.subtree(n, List.of()))
                .filter(sub -> sub.stream().max(Integer::compare).orElse(0) == start - 1)
                .filter(sub -> sub.stream().allMatch(i -> "NNP".equals(s.tag(i))))
                .findFirst().orElse(List.of());
    }

    /**
     * Takes in the mark that closes an aside the mention opened: the bracket of "Sen. Ted Cruz (R-Texas)" and
     * the comma after an apposition ("Jane Roe, a spokeswoman for the company,"), as annotators mark them.
     */
    static CharSpan closeAside(CharSpan span, String text) {
        int end = span.end();
        String inside = text.substring(span.begin(), end);
        if (end < text.length() && text.charAt(end) == ')' && count(inside, '(') > count(inside, ')')) {
            end++;
        }
        if (end < text.length() && text.charAt(end) == ',' && inside.indexOf(',') >= 0) {
            end++;
        }
        return new CharSpan(span.begin(), end);
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    /** The unbroken stretch of (sorted) tokens that holds the head. */
    private static List<Integer> runAround(List<Integer> tokens, int head) {
        List<Integer> sorted = tokens.stream().sorted().toList();
        int at = sorted.indexOf(head);
        if (at < 0) {
            return sorted;
        }
        int lo = at;
        int hi = at;
        while (lo > 0 && sorted.get(lo - 1) == sorted.get(lo) - 1) {
            lo--;
        }
        while (hi < sorted.size() - 1 && sorted.get(hi + 1) == sorted.get(hi) + 1) {
            hi++;
        }
        return sorted.subList(lo, hi + 1);
    }

    /** The adverbs between the source and a verb that modify it ("also said", "later recalled"). */
    private static List<Integer> adverbsBefore(ParsedSentence s, IndexedWord verb, Optional<Mention> source) {
        int sourceEnd = source.map(m -> m.span().end()).orElse(-1);
        int verbBegin = s.token(verb.index()).beginPosition();
        List<Integer> out = new ArrayList<>();
        for (IndexedWord adv : s.children(verb, "advmod")) {
            int b = s.token(adv.index()).beginPosition();
            boolean close = verb.index() - adv.index() <= ADVERB_REACH;
            // "however, says", "when asked": a sentence adverb set off by a comma, or a wh-word, frames the clause.
            boolean framesSentence = "WRB".equals(adv.tag())
                    || (adv.index() < s.tokens().size() && s.token(adv.index() + 1).word().equals(","));
            if (b >= sourceEnd && b < verbBegin && close && !framesSentence) {
                out.add(adv.index());
            }
        }
        return out;
    }

    /**
     * The cue widened over what belongs to it by convention: adverbs ("said again"), a channel phrase ("said in a
     * statement"), a bare day ("said Tuesday"), and a floating quantifier ("both added"), each only where it
     * clashes with neither content nor source.
     */
    static CharSpan withAdjuncts(ParsedSentence s, String text, CharSpan cue, List<CharSpan> content,
                                 Optional<Mention> source) {
        CharSpan adverbs = CueAdverbs.widen(s, text, cue, content, source);
        CharSpan day = DayAfterCue.widen(s, text, ChannelPhrase.widen(s, text, adverbs, content, source), content,
                source);
        return CueEdges.widen(s, text, day, content, source);
    }

    /**
     * The cue words around a verb: the verb, its auxiliaries and particles, adverbs between source and verb,
     * and a preposition that introduces the content ("talked about"). Hearers and venues ("told reporters",
     * "said on Twitter") stay out, as news-attribution annotation leaves them.
     */
    static CharSpan cueSpan(ParsedSentence s, IndexedWord verb, Optional<Mention> source, CharSpan content) {
        CharSpan verbSpan = spanOf(s, verb.index());
        List<Integer> tokens = new ArrayList<>(List.of(verb.index()));
        for (String rel : CUE_PARTS) {
            s.children(verb, rel).forEach(c -> tokens.add(c.index()));
        }
        RelativeVerbMisread.verbAsSubject(s, verb).ifPresent(v -> tokens.add(v.index()));
        // The infinitive marker belongs to the cue: "is expected to endorse", "as if to say".
        s.children(verb, "mark").stream()
                .filter(m -> m.word().equalsIgnoreCase("to") && m.index() < verb.index())
                .forEach(m -> tokens.add(m.index()));
        tokens.addAll(adverbsBefore(s, verb, source));
        if (content.begin() >= verbSpan.end()) {
            // The preposition that introduces the content belongs to the cue: "talked about".
            for (IndexedWord obl : s.children(verb, "obl")) {
                if (!content.contains(s.token(obl.index()).beginPosition())) {
                    continue;
                }
                for (IndexedWord prep : s.children(obl, "case")) {
                    int at = s.token(prep.index()).beginPosition();
                    if (at >= verbSpan.end() && at < content.begin()) {
                        tokens.add(prep.index());
                    }
                }
            }
            // ... or a clause of its own: "called for the state to review X".
            for (IndexedWord clause : s.children(verb, "advcl")) {
                if (!content.contains(s.token(clause.index()).beginPosition())) {
                    continue;
                }
                for (IndexedWord mark : s.children(clause, "mark")) {
                    int at = s.token(mark.index()).beginPosition();
                    if (at >= verbSpan.end() && at < content.begin() && !mark.word().equalsIgnoreCase("to")) {
                        tokens.add(mark.index());
                    }
                }
            }
        }
        CharSpan words = TreeSpans.span(s, tokens, "").orElse(verbSpan);
        // A colon that hands over to the content ends the cue: "he added:".
        int after = tokens.stream().max(Integer::compare).orElse(verb.index()) + 1;
        boolean colon = after <= s.tokens().size() && s.token(after).word().equals(":")
                && s.token(after).beginPosition() < content.begin();
        CharSpan span = colon ? new CharSpan(words.begin(), s.token(after).endPosition()) : words;
        boolean clashes = span.overlaps(content) || source.map(m -> span.overlaps(m.span())).orElse(false);
        return clashes ? verbSpan : withIssuer(s, verb, span, source, content);
    }

    /**
     * The cue widened back to the verb that issued the message the participle hangs on, with that verb's
     * auxiliaries: "has released a statement Tuesday saying" (see IssuedMessage), or to the verb a gerund after
     * "by" tells the manner of: "responded by saying" (ByGerundFrame); unchanged when there is none or the
     * widened cue would reach the source or the content.
     */
    private static CharSpan withIssuer(ParsedSentence s, IndexedWord verb, CharSpan cue, Optional<Mention> source,
                                       CharSpan content) {
        Optional<IndexedWord> issuer = IssuedMessage.issuer(s, verb).or(() -> ByGerundFrame.frameVerb(s, verb));
        if (issuer.isEmpty()) {
            return cue;
        }
        List<Integer> tokens = new ArrayList<>(List.of(issuer.get().index()));
        for (String rel : CUE_PARTS) {
            s.children(issuer.get(), rel).forEach(c -> tokens.add(c.index()));
        }
        int from = s.token(tokens.stream().min(Integer::compare).orElse(issuer.get().index())).beginPosition();
        CharSpan wide = new CharSpan(Math.min(from, cue.begin()), cue.end());
        boolean clashes = wide.overlaps(content) || source.map(m -> wide.overlaps(m.span())).orElse(false);
        return clashes ? cue : wide;
    }

    /**
     * The cue widened back over the expletive "it" that is its adjective's subject ("it's unclear whether", "it
     * is clear that"), as PolNeAR annotation marks these impersonal frames (all 840 train articles: "it" in the
     * cue 23 times, left out once; after "seem" and "appear", by contrast, left out 15 times, kept 6, so
     * "it seems" is left as it was). Empty when the word has no "it" subject before the cue.
     */
    static Optional<CharSpan> withExpletive(ParsedSentence s, IndexedWord verb, CharSpan cue) {
        return s.children(verb, "nsubj").stream()
                .filter(n -> n.word().equalsIgnoreCase("it"))
                .map(n -> s.token(n.index()))
                .filter(t -> t.beginPosition() < cue.begin())
                .findFirst()
                .map(t -> new CharSpan(t.beginPosition(), cue.end()));
    }

    /**
     * The cue widened to the verb that carries it: "continued to express", "was quick to add", "tend to dislike".
     * Annotators take the carrying verb into the cue; it stays out when the widened cue would reach the source or
     * the content. The carrier's adverbs come along ("also attempted to portray") when it is no cue of its own.
     */
    static CharSpan withCarrier(ParsedSentence s, IndexedWord carrier, CharSpan cue, Optional<Mention> source,
                                List<CharSpan> content, CueLexicon lexicon) {
        List<Integer> tokens = new ArrayList<>(List.of(carrier.index()));
        for (String rel : CUE_PARTS) {
            s.children(carrier, rel).forEach(c -> tokens.add(c.index()));
        }
        // Train articles 101-840 keep an adverb between source and cue in the cue 615 times in 627. A carrier that
        // is a cue itself keeps its adverbs to its own attribution ("also stated" P beside "stated his intention
        // to vote for" Q), which a carried cue covering it would otherwise replace (AttributionExtractor).
        if (lexicon.lookup(carrier.lemma()).isEmpty()) {
            tokens.addAll(adverbsBefore(s, carrier, source));
        }
        int from = s.token(tokens.stream().min(Integer::compare).orElse(carrier.index())).beginPosition();
        CharSpan wide = new CharSpan(Math.min(from, cue.begin()), cue.end());
        boolean clashes = content.stream().anyMatch(wide::overlaps)
                || source.map(m -> wide.overlaps(m.span())).orElse(false);
        return clashes ? cue : wide;
    }

    private static CharSpan spanOf(ParsedSentence s, int token) {
        return new CharSpan(s.token(token).beginPosition(), s.token(token).endPosition());
    }
}
