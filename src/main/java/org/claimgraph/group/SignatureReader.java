package org.claimgraph.group;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.claimgraph.annotate.Lemmas;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.group.ClaimHeads.Role;
import org.claimgraph.lexicon.TsvResource;

/**
 * Reads a claim's signature from the dependency tree of its text: the head of the claim, followed through
 * words that only frame it ("the claims that P", "thousands of X", "continued to fight", "conducted a
 * redeployment"), gives the event; the head words of the event's dependents give the arguments. A claim
 * whose head is another speaker's cue ("a statement … was made by X") reports that statement instead.
 */
final class SignatureReader {

    private static final Set<String> NOISE = TsvResource.words("claim-noise.tsv");
    private static final Set<String> TIME_WORDS = TsvResource.words("time-words.tsv");
    private static final Set<String> PROVENANCE = TsvResource.words("provenance-participles.tsv");
    /** Relations from an event to its participants, places and times. */
    private static final List<String> ARGUMENTS = List.of("nsubj", "obj", "iobj", "obl", "nmod", "compound",
            "amod", "xcomp");
    /**
     * Relations from an argument to words that are part of its name or stand for the same thing ("Baltic region",
     * "the maker Acme", "forces and troops"); adjectives and prepositional phrases only narrow it down
     * ("American people" and "American administration" are not one argument).
     */
    private static final List<String> MODIFIERS = List.of("compound", "conj", "appos");
    /** Relations of the words a bare judgement may carry besides its subject: "That was simply not true". */
    private static final Set<String> JUDGEMENT_DEPENDENTS = Set.of("nsubj", "cop", "advmod", "det", "aux",
            "punct", "cc");
    /** Steps of look-through before giving up: a parse with a cycle of framing words must not loop. */
    private static final int MAX_STEPS = 8;

    private final WordNet wordNet;

    SignatureReader(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    /**
     * The signature of the claim written at {@code spans}; {@code nested} are the statements its content reports,
     * {@code bodies} the bodies the article names, for a description of one ("the group") in the claim.
     */
    ClaimSignature read(ParsedArticle doc, List<CharSpan> spans, List<Attribution> allNested,
                        Supplier<DescribedBodies> bodies) {
        // "the group intends to acquire X", "was planning to raise taxes": an intention is read through to what
        // is intended, as any aspect verb is, not taken as a report that someone intends something.
        List<Attribution> nested = allNested.stream().filter(a -> !ClaimHeads.is(a.cueLemma(), Role.ASPECT)).toList();
        List<CharSpan> nestedContent = nested.stream().flatMap(a -> a.content().stream()).toList();
        for (ParsedSentence s : doc.sentences()) {
            if (!s.hasTree() || s.end() <= spans.get(0).begin() || s.begin() >= spans.get(spans.size() - 1).end()) {
                continue;
            }
            List<CharSpan> speakersWords = speakersWords(s, spans, nested);
            List<IndexedWord> heads = tops(s, spans, List.of(), List.of());
            if (!heads.isEmpty() && reportsStatement(s, heads.get(0), nested)) {
                return ClaimSignature.of(ClaimSignature.Kind.REPORTING);
            }
            List<IndexedWord> tops = tops(s, spans, speakersWords, nestedContent);
            if (tops.isEmpty()) {
                continue;
            }
            if (tops.size() == 1 && (refersBack(s, tops.get(0), spans) || judgesEarlier(s, tops.get(0), spans))) {
                return ClaimSignature.of(ClaimSignature.Kind.ANAPHORIC);
            }
            boolean nounPhraseOnly = false;
            for (IndexedWord top : tops) {
                Walk walk = new Walk(s, spans, speakersWords, bodies);
                IndexedWord head = walk.follow(mainClause(s, top, spans));
                if (!walk.anaphoric) {
                    return walk.signature(head);
                }
                if (walk.adhered) {
                    return ClaimSignature.of(ClaimSignature.Kind.OWN_ANAPHORIC);
                }
                nounPhraseOnly |= top == tops.get(0) && covers(s, top, spans, speakersWords);
            }
            // A claim noun refers back only when it is the whole claim ("denied these claims"); one that opens
            // a sentence of its own ("The information that is sensitive, I'd like …") does not.
            return ClaimSignature.of(nounPhraseOnly ? ClaimSignature.Kind.ANAPHORIC : ClaimSignature.Kind.EMPTY);
        }
        return ClaimSignature.of(ClaimSignature.Kind.EMPTY);
    }

    /**
     * The words of the nested statements' cues and speakers, which are not part of the claim. A speaker who is
     * also the subject of a predicate of the claim stays in it: in "the board had received the approach and would
     * consider it", the board is who received the approach, whatever "would consider" is read as.
     */
    private static List<CharSpan> speakersWords(ParsedSentence s, List<CharSpan> spans, List<Attribution> nested) {
        List<CharSpan> cues = nested.stream().map(Attribution::cue).toList();
        List<CharSpan> out = new ArrayList<>(cues);
        for (Attribution a : nested) {
            a.source().map(m -> m.span()).filter(span -> !subjectOfClaim(s, span, spans, cues)).ifPresent(out::add);
        }
        return out;
    }

    /** True when a word of {@code source} is the subject of a word of the claim that is no nested cue. */
    private static boolean subjectOfClaim(ParsedSentence s, CharSpan source, List<CharSpan> spans,
                                          List<CharSpan> cues) {
        for (IndexedWord w : s.nodes()) {
            if (!inside(s, w, List.of(source)) || !s.relationToParent(w).startsWith("nsubj")) {
                continue;
            }
            Optional<IndexedWord> head = s.parent(w);
            if (head.isPresent() && inside(s, head.get(), spans) && !inside(s, head.get(), cues)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Content words of the claim whose governor lies outside it: the heads of its clauses, in text order. When the
     * claim opens with a nested speaker's words ("denied a rival's claim that P"), the head of what that speaker
     * said is one too.
     */
    private static List<IndexedWord> tops(ParsedSentence s, List<CharSpan> spans, List<CharSpan> excluded,
                                          List<CharSpan> nestedContent) {
        List<IndexedWord> out = new ArrayList<>();
        for (IndexedWord w : s.nodes()) {
            if (!inside(s, w, spans) || inside(s, w, excluded) || !Character.isLetter(w.word().charAt(0))) {
                continue;
            }
            // A word hung on a quotation mark heads its clause: the parser may root a quoted sentence at its opening
            // mark ("“We said last week that …").
            boolean top = s.parent(w).map(p -> !inside(s, p, spans) || s.isPunctuation(p.index())
                    || (inside(s, p, excluded) && inside(s, w, nestedContent)
                    && s.parent(p).map(pp -> !inside(s, pp, spans)).orElse(true)))
                    .orElse(true);
            if (top) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The main clause when the parser made a habitual "every time" clause the head ("Every time X buys a firm,
     * the layoffs follow": the claim is that layoffs follow, and "buys" only says when); the top word otherwise.
     */
    private static IndexedWord mainClause(ParsedSentence s, IndexedWord top, List<CharSpan> spans) {
        boolean habitual = s.children(top, "obl:tmod").stream().anyMatch(t -> ClaimHeads.is(lemma(t), Role.HABITUAL)
                && s.children(t, "det").stream().anyMatch(d -> ClaimHeads.is(lemma(d), Role.HABITUAL)));
        if (!habitual) {
            return top;
        }
        return s.children(top, "parataxis").stream()
                .filter(p -> inside(s, p, spans) && !s.children(p, "nsubj").isEmpty()).findFirst().orElse(top);
    }

    /**
     * True when the claim is a single pro-form that stands for an earlier claim: "said so", or the "that" left
     * when a judgement of it is read as the stance ("That is not true" denies what "that" stands for). A bare
     * "it" or "that" otherwise ("said it", "did that") mostly stands for a thing or an act, not a claim.
     */
    private static boolean refersBack(ParsedSentence s, IndexedWord top, List<CharSpan> spans) {
        String word = top.word().toLowerCase(Locale.ROOT);
        boolean judged = ClaimHeads.is(word, Role.DEMONSTRATIVE) && s.relationToParent(top).equals("nsubj")
                && s.parent(top).map(p -> ClaimHeads.is(lemma(p), Role.JUDGEMENT)).orElse(false);
        return (ClaimHeads.is(word, Role.REFERENCE) || judged)
                && s.subtree(top, List.of()).stream().filter(i -> inside(s, s.node(i), spans))
                .allMatch(i -> i == top.index() || s.isPunctuation(i));
    }

    /**
     * True when the claim judges an earlier one through a bare demonstrative subject ("That was wrong", "This is
     * not true"): the pronoun stands for the claim before it, as "these claims" does. An expletive "it" with its
     * own content ("it is true that P") has a clause of its own and is not this case.
     */
    private static boolean judgesEarlier(ParsedSentence s, IndexedWord top, List<CharSpan> spans) {
        if (!ClaimHeads.is(lemma(top), Role.JUDGEMENT)) {
            return false;
        }
        List<IndexedWord> subjects = s.children(top, "nsubj");
        boolean demonstrative = subjects.size() == 1 && inside(s, subjects.get(0), spans)
                && ClaimHeads.is(subjects.get(0).word().toLowerCase(Locale.ROOT), Role.DEMONSTRATIVE)
                && s.subtree(subjects.get(0), List.of()).size() == 1;
        if (!demonstrative) {
            return false;
        }
        // A clause of its own joined to the judgement ("That was wrong, and I am sorry") says something else.
        List<Integer> otherClauses = new ArrayList<>();
        for (IndexedWord conj : s.children(top, "conj")) {
            if (!s.children(conj, "nsubj").isEmpty()) {
                otherClauses.addAll(s.subtree(conj, List.of()));
            }
        }
        // Only the judgement, its subject and function words: "That was simply wrong", not "that was wrong of X".
        for (IndexedWord c : s.nodes()) {
            if (c.index() == top.index() || !inside(s, c, spans) || s.isPunctuation(c.index())
                    || otherClauses.contains(c.index())) {
                continue;
            }
            boolean functionWord = s.parent(c).map(p -> p.index() == top.index()).orElse(false)
                    && JUDGEMENT_DEPENDENTS.contains(s.relationToParent(c));
            if (!functionWord) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the claim is the noun phrase under {@code top} and nothing else: every word lies in it, and its
     * only verbs are in participles and relative clauses ("the claims spread by X", "reports that emerged").
     */
    private static boolean covers(ParsedSentence s, IndexedWord top, List<CharSpan> spans, List<CharSpan> excluded) {
        List<Integer> phrase = s.subtree(top, List.of());
        List<Integer> modifiers = new ArrayList<>();
        s.children(top, "acl").forEach(c -> modifiers.addAll(s.subtree(c, List.of())));
        for (IndexedWord w : s.nodes()) {
            boolean word = Character.isLetterOrDigit(w.word().charAt(0));
            if (!word || !inside(s, w, spans) || inside(s, w, excluded)) {
                continue;
            }
            boolean verb = w.tag() != null && w.tag().startsWith("VB");
            if (!phrase.contains(w.index()) || (verb && !modifiers.contains(w.index()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the claim's head is a nested speaker's cue verb ("that X told him P") or a support verb that
     * carries a nested cue noun ("a statement … was made by X"): the claim is then that the statement was made.
     */
    private static boolean reportsStatement(ParsedSentence s, IndexedWord head, List<Attribution> nested) {
        List<CharSpan> cues = nested.stream().map(Attribution::cue).toList();
        boolean verbCue = head.tag() != null && head.tag().startsWith("VB") && inside(s, head, cues);
        boolean nounCue = s.children(head, "nsubj").stream().anyMatch(n -> inside(s, n, cues))
                || s.children(head, "obj").stream().anyMatch(n -> inside(s, n, cues));
        return verbCue || (nounCue && !inside(s, head, cues));
    }

    static boolean inside(ParsedSentence s, IndexedWord w, List<CharSpan> spans) {
        int at = s.token(w.index()).beginPosition();
        return spans.stream().anyMatch(sp -> sp.contains(at));
    }

    /** One walk from a claim's top word to its event, gathering the arguments met on the way. */
    private final class Walk {
        private final ParsedSentence s;
        private final List<CharSpan> spans;
        private final List<CharSpan> excluded;
        private final Set<ClaimSignature.Term> arguments = new LinkedHashSet<>();
        private boolean anaphoric;
        /** True when the walk went through a verb of holding to a claim ("stood by its story"). */
        private boolean adhered;
        private boolean framed;
        private String subject = "";
        /** Nouns reached as the event of a verb or noun that only frames it ("lead to job cuts"). */
        private final Set<Integer> reachedEvents = new java.util.HashSet<>();
        /** Nouns reached as the thing a verb of having holds, or that there is: the walk stops there. */
        private final Set<Integer> held = new java.util.HashSet<>();
        /** The bodies the article names, to read a definite description of one ("the group") as its name. */
        private final Supplier<DescribedBodies> bodies;

        Walk(ParsedSentence s, List<CharSpan> spans, List<CharSpan> excluded, Supplier<DescribedBodies> bodies) {
            this.s = s;
            this.spans = spans;
            this.excluded = excluded;
            this.bodies = bodies;
        }

        /** The event word reached from {@code node} through claim nouns, quantities and framing verbs. */
        IndexedWord follow(IndexedWord node) {
            for (int step = 0; step < MAX_STEPS; step++) {
                Optional<IndexedWord> next = next(node);
                if (next.isEmpty()) {
                    return node;
                }
                node = next.get();
            }
            return node;
        }

        private Optional<IndexedWord> next(IndexedWord node) {
            String lemma = lemma(node);
            if (held.contains(node.index())) {
                // A thing held is the end of the walk: read on, "have the luxury of not running" would become
                // "running", and meet every claim about running.
                return Optional.empty();
            }
            if (isNoun(node) && ClaimHeads.is(lemma, Role.CONTENT)) {
                // "rejected the idea that the fund lost money" is about the loss; "proposed the idea" alone is about
                // a plan, read as any other noun.
                Optional<IndexedWord> content = claimContent(node);
                if (content.isPresent()) {
                    framed = true;
                    return content;
                }
            }
            if (isNoun(node) && ClaimHeads.is(lemma, Role.CLAIM)) {
                Optional<IndexedWord> content = claimContent(node);
                anaphoric = content.isEmpty();
                framed = true;
                return content;
            }
            if (isNoun(node) && ClaimHeads.is(lemma, Role.ASPECT)) {
                // "no plans to close the sites", "an attempt to hide the attack": the event is what is intended.
                // The parser may hang the infinitive on the verb taking the noun ("drew up plans to sell X"), as an
                // xcomp or, after "have" ("we have no plans to close shops"), a ccomp.
                Optional<IndexedWord> intended = infinitive(s.children(node, "acl"));
                if (intended.isEmpty() && s.relationToParent(node).equals("obj")) {
                    intended = s.parent(node).filter(this::usable).flatMap(v -> infinitive(Stream.concat(
                            s.children(v, "xcomp").stream(), s.children(v, "ccomp").stream()).toList()));
                }
                if (intended.isPresent()) {
                    addArguments(node, intended.get());
                    return intended;
                }
                // "no plans for redundancies": the event is what is planned.
                Optional<IndexedWord> planned = eventPhrase(node, Set.of("for"));
                if (planned.isPresent()) {
                    reachedEvents.add(planned.get().index());
                    addArguments(node, planned.get());
                    return planned;
                }
            }
            if (isNoun(node) && ClaimHeads.is(copularPhrase(node), Role.OCCURRENCE)) {
                // "the sale was not on the table": the claim is the sale, as with "the sale would not go ahead".
                return occurringEvent(node);
            }
            if (isNoun(node) && !wordNet.isEventNoun(lemma)) {
                // "sailors being held", "troops trapped in X": the participle is the event.
                Optional<IndexedWord> participle = s.children(node, "acl").stream()
                        .filter(v -> !s.relationToParent(v).equals("acl:relcl") && isVerb(v) && usable(v))
                        .findFirst();
                if (participle.isPresent()) {
                    addArgument(node);
                    return participle;
                }
                return ClaimHeads.is(lemma, Role.QUANTITY) ? topic(node, Set.of("of")) : Optional.empty();
            }
            if (isVerb(node) && ClaimHeads.is(lemma, Role.ASPECT)) {
                // The parser makes a gerund the object as often as the complement ("would begin lowering the level").
                Optional<IndexedWord> object = eventObject(node)
                        .or(() -> s.child(node, "obj").filter(o -> usable(o) && "VBG".equals(o.tag())))
                        .or(() -> gerundTakenForModifier(node));
                Optional<IndexedWord> next = object.isPresent() ? object : s.child(node, "xcomp").filter(this::usable);
                next.ifPresent(n -> addArguments(node, n));
                return next;
            }
            if ((isAdjective(node) || isVerb(node)) && ClaimHeads.is(lemma, Role.MODALITY)) {
                // "bills are set to rise", "the library is likely to close", "it is clear that the land was sold": the
                // word says only how likely or certain the event is, as a modal verb does, or that its subject can
                // do it; the event is its infinitive or clause, or the event noun it is said of ("a sale looked
                // likely").
                Optional<IndexedWord> event = infinitive(s.children(node, "xcomp")).or(() -> thatClause(node));
                if (event.isPresent()) {
                    addArguments(node, event.get());
                    return event;
                }
                if (!isAdjective(node)) {
                    return Optional.empty();
                }
                Optional<IndexedWord> subject = s.child(node, "nsubj")
                        .or(() -> s.relationToParent(node).equals("xcomp")
                                ? s.parent(node).flatMap(p -> s.child(p, "nsubj")) : Optional.empty())
                        .filter(n -> usable(n) && eventful(n));
                subject.ifPresent(n -> reachedEvents.add(n.index()));
                return subject;
            }
            if (isVerb(node)) {
                // "a sale had looked likely", "seemed certain to close": the verb only links its subject to the word
                // of likelihood.
                Optional<IndexedWord> likelihood = s.child(node, "xcomp")
                        .filter(c -> usable(c) && isAdjective(c) && ClaimHeads.is(lemma(c), Role.MODALITY));
                if (likelihood.isPresent()) {
                    return likelihood;
                }
            }
            boolean staying = ClaimHeads.is(lemma, Role.STATE) || ClaimHeads.is(lemma, Role.BECOMING);
            if (isVerb(node) && (NOISE.contains(lemma) || staying)) {
                // "would be made redundant", "became obsolete": a light verb says nothing; its adjective is the event.
                // Only adjectives: "seems to have won" hedges a verb that would meet any other win of the same person.
                // A verb of staying in a state says only that the state holds on, named by an adjective or a
                // participle ("the border stayed closed", "the plant will remain open"), which the parser may tag a
                // past tense; "stayed in the town" keeps the verb, and so do "it remains to be seen", an infinitive,
                // and "wanted to remain British", a name's adjective rather than a state that changes.
                Optional<IndexedWord> complement = s.child(node, "xcomp")
                        .filter(c -> usable(c) && c.tag() != null && (staying
                                ? stateWord(c) : c.tag().startsWith("JJ")));
                complement.ifPresent(c -> addArguments(node, c));
                if (complement.isPresent()) {
                    return complement;
                }
            }
            if (isVerb(node)) {
                // "stood by its story": the claim is the story held to, which stands for one the speaker made.
                Optional<IndexedWord> held = heldClaim(node);
                if (held.isPresent()) {
                    adhered = true;
                    return held;
                }
            }
            if (isVerb(node) && (ClaimHeads.is(lemma, Role.COGNITION) || cognitionByClass(node))) {
                // "I think that would be a disaster": the claim is the clause; the thinker holds it.
                return s.child(node, "ccomp").filter(this::usable);
            }
            if (isVerb(node) && ClaimHeads.is(lemma, Role.PERCEPTION)) {
                // "we saw the crane collapse", "they heard the dam burst": what was seen happening is the claim, told
                // as a witness saw it; the parser hangs it as an xcomp, a ccomp or a bare dependent. The thing seen
                // must be named as its subject: in "should see for himself the results of the symbol he chose", the
                // parser hangs a relative clause's verb on "see".
                Optional<IndexedWord> seen = List.of("xcomp", "ccomp", "dep").stream()
                        .flatMap(rel -> s.children(node, rel).stream())
                        .filter(c -> usable(c) && (isVerb(c) || isAdjective(c))
                                && s.children(c, "nsubj").stream().anyMatch(SignatureReader::isNoun))
                        .findFirst();
                if (seen.isPresent()) {
                    addArguments(node, seen.get());
                    return seen;
                }
            }
            if (isVerb(node) && ClaimHeads.is(lemma, Role.RESTATEMENT) && firstPersonSubject(node)) {
                // "We said last week that no data was lost": speakers citing what they said before say it again.
                return s.child(node, "ccomp").filter(this::usable);
            }
            if (isVerb(node) && ClaimHeads.is(phrasal(node), Role.OCCURRENCE)) {
                // "the takeover would go ahead", "a parking ban will come into force": the claim is the takeover.
                Optional<IndexedWord> phraseNoun = phraseNoun(node);
                if (phraseNoun.isEmpty()) {
                    return occurringEvent(node);
                }
                // "the new rules take effect": what comes into force is a rule, a law or a tax, no event noun in
                // WordNet, yet what the claim is about; the phrase's own noun ("effect") is no argument.
                Optional<IndexedWord> subject = s.child(node, "nsubj")
                        .filter(n -> usable(n) && isNoun(n) && !n.tag().startsWith("NNP"));
                subject.ifPresent(n -> {
                    reachedEvents.add(n.index());
                    addArguments(node, n, phraseNoun.get());
                });
                return subject;
            }
            // "played a part in the blaze": the verb and its object are listed together, and the object is no
            // event of the claim but part of the phrase.
            boolean causalPhrase = isVerb(node) && !phrasal(node).equals(lemma)
                    && ClaimHeads.is(phrasal(node), Role.CONSEQUENCE);
            if (isVerb(node) && (ClaimHeads.is(lemma, Role.CONSEQUENCE) || causalPhrase)) {
                // "the takeover would lead to job cuts": the claim is the job cuts, the takeover an argument. A bare
                // definite event noun names an event told before ("higher costs had caused the rise"): what the claim
                // states is its cause, so the verb stays the event and the noun an argument.
                Optional<IndexedWord> result = causalPhrase ? Optional.empty()
                        : s.child(node, "obj").filter(o -> usable(o) && eventful(o));
                result = result.isPresent() ? result : eventPhrase(node, Set.of("to", "in"));
                if (result.isPresent() && bareDefinite(result.get())) {
                    return Optional.empty();
                }
                result.ifPresent(r -> {
                    reachedEvents.add(r.index());
                    addArguments(node, r);
                });
                return result;
            }
            if (isVerb(node) || isAdjective(node)) {
                // "the heater was responsible for the blaze": the claim is the blaze, as with "the heater caused the
                // blaze"; the word is listed with its preposition.
                Optional<IndexedWord> caused = causeOf(node);
                if (caused.isPresent()) {
                    reachedEvents.add(caused.get().index());
                    addArguments(node, caused.get());
                    return caused;
                }
            }
            if (isVerb(node) && ClaimHeads.is(lemma, Role.PLACING)) {
                // "the closure would put mothers at risk": the claim is the risk, the mothers an argument. Without
                // such a phrase ("put the plan to a vote" aside) the verb is read as any other.
                Optional<IndexedWord> state = eventPhrase(node, Set.of("at", "in", "under"));
                if (state.isPresent()) {
                    reachedEvents.add(state.get().index());
                    addArguments(node, state.get());
                    return state;
                }
            }
            if (isVerb(node) && ClaimHeads.is(lemma, Role.UNDERGOING)) {
                // "the rider faces a suspension": the claim is the suspension, the rider an argument.
                Optional<IndexedWord> undergone = s.child(node, "obj").filter(o -> usable(o) && eventful(o));
                if (undergone.isPresent()) {
                    reachedEvents.add(undergone.get().index());
                    addArguments(node, undergone.get());
                    return undergone;
                }
            }
            if (isVerb(node) && ClaimHeads.is(lemma, Role.OBLIGATION) && s.child(node, "obj").isEmpty()) {
                // Only with nothing held: "has the facilities to make a bid", "has a role to play" say what is held.
                // "the company would have to refund the households": what must be done is the event, not a having.
                // The parser makes the infinitive an xcomp or, as often, a ccomp of "have".
                List<IndexedWord> complements = new ArrayList<>(s.children(node, "xcomp"));
                complements.addAll(s.children(node, "ccomp"));
                Optional<IndexedWord> duty = complements.stream().filter(v -> usable(v) && isVerb(v)
                        && s.children(v, "mark").stream().anyMatch(m -> m.word().equalsIgnoreCase("to"))).findFirst();
                if (duty.isPresent()) {
                    addArguments(node, duty.get());
                    return duty;
                }
            }
            if (isVerb(node) && (ClaimHeads.is(lemma, Role.POSSESSION) || existential(node))
                    && eventObject(node).isEmpty()) {
                // "it had no information about X", "there were no campaigns": having and being there say only
                // that the thing holds, and the verb, a light one, is no event to match; the thing is.
                Optional<IndexedWord> thing = s.child(node, existential(node) ? "nsubj" : "obj")
                        .filter(h -> usable(h) && isNoun(h) && !h.tag().startsWith("NNP"));
                if (thing.isPresent() && ClaimHeads.is(lemma(thing.get()), Role.CONTENT)
                        && claimContent(thing.get()).isPresent()) {
                    // "there was evidence that the water had been poisoned": the evidence is read through to what it
                    // shows, not held as a thing.
                    addArguments(node, thing.get());
                    return thing;
                }
                thing.ifPresent(h -> {
                    reachedEvents.add(h.index());
                    held.add(h.index());
                    addArguments(node, h);
                });
                if (thing.isPresent()) {
                    return thing;
                }
            }
            if (isVerb(node) && ClaimHeads.is(lemma, Role.SUPPORT) && !ownPhrasalVerb(node)) {
                Optional<IndexedWord> object = eventObject(node);
                object.ifPresent(o -> addArguments(node, o));
                return object;
            }
            return Optional.empty();
        }

        /** The event noun subject of a word saying only that it happens ("go ahead"), with the word's arguments. */
        private Optional<IndexedWord> occurringEvent(IndexedWord node) {
            Optional<IndexedWord> subject = s.child(node, "nsubj").filter(n -> usable(n) && eventful(n));
            subject.ifPresent(n -> {
                reachedEvents.add(n.index());
                addArguments(node, n);
            });
            return subject;
        }

        /**
         * True when a staying verb's complement names a state: a lower-case adjective, or a participle the parser may
         * tag as a past tense ("stayed closed"), without the "to" of an infinitive.
         */
        private boolean stateWord(IndexedWord c) {
            boolean participle = (c.tag().equals("VBN") || c.tag().equals("VBD")) && s.children(c, "mark").isEmpty();
            return (c.tag().startsWith("JJ") || participle) && !Character.isUpperCase(c.word().codePointAt(0));
        }

        /** The first of the words that is a usable verb with "to": an infinitive ("plans to close"). */
        private Optional<IndexedWord> infinitive(List<IndexedWord> words) {
            return words.stream().filter(v -> isVerb(v) && usable(v) && s.children(v, "mark").stream()
                    .anyMatch(m -> m.word().equalsIgnoreCase("to"))).findFirst();
        }

        /** The claim noun a verb of holding to a claim takes through its preposition ("stood by its story"). */
        private Optional<IndexedWord> heldClaim(IndexedWord verb) {
            return s.children(verb, "obl").stream()
                    .filter(o -> usable(o) && isNoun(o) && ClaimHeads.is(lemma(o), Role.CLAIM))
                    .filter(o -> s.children(o, "case").stream().anyMatch(c -> ClaimHeads.is(
                            lemma(verb) + " " + c.word().toLowerCase(Locale.ROOT), Role.ADHERENCE)))
                    .findFirst();
        }

        /** A claim noun's content: "that P", a topic phrase, or a topic the parser hung on its author. */
        private Optional<IndexedWord> claimContent(IndexedWord noun) {
            List<IndexedWord> clauses = new ArrayList<>(s.children(noun, "acl"));
            clauses.addAll(s.children(noun, "ccomp"));
            Optional<IndexedWord> clause = clauses.stream().filter(this::usable)
                    .filter(c -> s.children(c, "mark").stream()
                            .anyMatch(m -> ClaimHeads.is(m.word().toLowerCase(Locale.ROOT), Role.TOPIC)))
                    .findFirst();
            if (clause.isPresent()) {
                return clause;
            }
            Set<String> any = Set.of();
            // "dismissed the claims on Monday": the parser may hang the time of the cue on the claim noun, and a
            // time says when, never what was claimed.
            Optional<IndexedWord> phrase = topic(noun, any).filter(t -> !TIME_WORDS.contains(lemma(t)));
            if (phrase.isPresent()) {
                return phrase;
            }
            // "the claims spread by X of Y": Y is the claims' topic however the parser attached it.
            for (IndexedWord participle : s.children(noun, "acl")) {
                for (IndexedWord agent : s.children(participle, "obl")) {
                    Optional<IndexedWord> stray = topic(agent, any);
                    if (stray.isPresent()) {
                        return stray;
                    }
                }
            }
            return Optional.empty();
        }

        /** True when the verb's subject is "I" or "we": in a statement, the speaker. */
        private boolean firstPersonSubject(IndexedWord verb) {
            return s.child(verb, "nsubj")
                    .map(n -> PronounPersons.of(n.word()).startsWith("first"))
                    .orElse(false);
        }

        /**
         * True for a verb WordNet files first among the verbs of thinking (verb.cognition: "realise", "conclude",
         * "learn") with a "that" clause, which holds the clause true: "the council realised that the land had been
         * sold" is about the sale. Verbs of such a view that do not hold the clause ("doubt", "wonder"; role
         * {@code unheld} in {@code claim-heads.tsv}) keep their own event.
         */
        private boolean cognitionByClass(IndexedWord verb) {
            return !ClaimHeads.is(lemma(verb), Role.UNHELD) && thatClause(verb).isPresent()
                    && WordNet.verbClasses(lemma(verb), 1).contains("verb.cognition");
        }

        /** The word's clause opened by "that" ("it is clear that P", "realised that P"), as a ccomp or a csubj. */
        private Optional<IndexedWord> thatClause(IndexedWord word) {
            return Stream.concat(s.children(word, "ccomp").stream(), s.children(word, "csubj").stream())
                    .filter(c -> usable(c) && s.children(c, "mark").stream()
                            .anyMatch(m -> m.word().equalsIgnoreCase("that")))
                    .findFirst();
        }

        /** True for an existential "there is X": the verb takes the expletive "there" and X as subject. */
        private boolean existential(IndexedWord verb) {
            return lemma(verb).equals("be") && !s.children(verb, "expl").isEmpty();
        }

        /** The object or prepositional noun that makes a listed phrase with the verb ("take effect": "effect"). */
        private Optional<IndexedWord> phraseNoun(IndexedWord verb) {
            String phrase = phrasal(verb);
            List<IndexedWord> nouns = new ArrayList<>(s.children(verb, "obj"));
            nouns.addAll(s.children(verb, "obl"));
            return nouns.stream().filter(n -> phrase.endsWith(" " + lemma(n))).findFirst();
        }

        /**
         * The verb's lemma with its particle, object or prepositional phrase where they are listed together ("go
         * ahead", "take effect", "come into force"), else the lemma.
         */
        private String phrasal(IndexedWord verb) {
            // The parser hangs the particle as compound:prt or, as often, as an adverb ("go ahead").
            List<String> phrases = new ArrayList<>();
            s.children(verb, "compound:prt").forEach(p -> phrases.add(lemma(verb) + " " + lower(p)));
            s.children(verb, "advmod").forEach(p -> phrases.add(lemma(verb) + " " + lower(p)));
            s.children(verb, "obj").forEach(o -> phrases.add(lemma(verb) + " " + lemma(o)));
            for (IndexedWord phrase : s.children(verb, "obl")) {
                s.children(phrase, "case").forEach(c -> phrases.add(
                        lemma(verb) + " " + lower(c) + " " + lemma(phrase)));
            }
            return phrases.stream().filter(ClaimHeads::known).findFirst().orElse(lemma(verb));
        }

        /**
         * The copula and phrase of a noun that is a predicate in a prepositional phrase ("was on the table": "be on
         * table"), else the noun's lemma.
         */
        private String copularPhrase(IndexedWord noun) {
            Optional<IndexedWord> preposition = s.child(noun, "case");
            return s.child(noun, "cop").isPresent() && preposition.isPresent()
                    ? "be " + lower(preposition.get()) + " " + lemma(noun) : lemma(noun);
        }

        /** The word as written, in lower case. */
        private static String lower(IndexedWord w) {
            return w.word().toLowerCase(Locale.ROOT);
        }

        /**
         * True when the verb and its particle are a phrasal verb WordNet lists that is no support verb itself: "would
         * hold up deliveries" is about holding up, not about deliveries as "hold talks" is about talks ("carry out an
         * attack" and "drew up plans" stay support verbs).
         */
        private boolean ownPhrasalVerb(IndexedWord verb) {
            return phrasalVerb(verb).filter(p -> !ClaimHeads.is(p, Role.SUPPORT)).isPresent();
        }

        /**
         * The gerund right after an aspect verb that the parser made a modifier of the verb's object ("would keep
         * running coaches": amod "running" on "coaches"): what goes on is the running, not a keeping of coaches.
         */
        private Optional<IndexedWord> gerundTakenForModifier(IndexedWord aspectVerb) {
            return s.child(aspectVerb, "obj").flatMap(o -> s.children(o, "amod").stream()
                    .filter(m -> m.index() == aspectVerb.index() + 1 && "VBG".equals(m.tag()) && usable(m))
                    .findFirst().map(m -> {
                        addArgument(o);
                        return m;
                    }));
        }

        /**
         * The verb with its particle as WordNet lists it ("prices would go up": "go up"; "lay off crew": "lay
         * off"): the bare verb says little ("go") or something else, while the phrasal verb has synonyms of its own.
         */
        private Optional<String> phrasalVerb(IndexedWord verb) {
            // The parser also hangs a particle as an adverb ("would walk out for 48 hours": advmod "out"); only the
            // word right after the verb is taken so, a later adverb being the verb's own ("cut costs further").
            List<String> particles = new ArrayList<>();
            s.children(verb, "compound:prt").forEach(p -> particles.add(p.word()));
            s.children(verb, "advmod").stream().filter(a -> a.index() == verb.index() + 1)
                    .forEach(a -> particles.add(a.word()));
            // A particle right after the verb is the verb's whatever the parser hung it on ("bills are set to go up 8
            // percent": "up" hung on "percent").
            if (verb.index() + 1 <= s.tokens().size() && "RP".equals(s.tag(verb.index() + 1))
                    && s.node(verb.index() + 1) != null) {
                particles.add(s.node(verb.index() + 1).word());
            }
            multiwordPrepositionParticle(verb).ifPresent(particles::add);
            bareVerbComplement(verb).ifPresent(particles::add);
            for (String particle : particles) {
                Optional<String> phrase = wordNet.phrasalVerb(lemma(verb), particle);
                if (phrase.isPresent()) {
                    return phrase;
                }
            }
            return Optional.empty();
        }

        /**
         * The first word of a two-word preposition right after the verb or its object ("water was let out of the
         * reservoir", "let water out of the reservoir": "out"), which the parser folds into the phrase's preposition
         * (two {@code case} words, or one with a {@code fixed} word) though it is the verb's particle as well.
         */
        private Optional<String> multiwordPrepositionParticle(IndexedWord verb) {
            List<IndexedWord> objects = s.children(verb, "obj");
            // The object's last word, short of the phrases hung on it.
            int after = objects.stream().mapToInt(o -> s.subtree(o, s.children(o, "nmod")).stream()
                    .mapToInt(Integer::intValue).max().orElse(o.index())).max().orElse(verb.index());
            // The parser hangs the phrase on the verb, or after an object on the object ("ducks out of the pond").
            List<IndexedWord> phrases = new ArrayList<>(s.children(verb, "obl"));
            objects.forEach(o -> phrases.addAll(s.children(o, "nmod")));
            for (IndexedWord phrase : phrases) {
                List<IndexedWord> prepositions = s.children(phrase, "case");
                Optional<IndexedWord> first = prepositions.stream().min(Comparator.comparingInt(IndexedWord::index));
                boolean twoWords = prepositions.size() > 1 || first.map(c -> !s.children(c, "fixed").isEmpty())
                        .orElse(false);
                if (twoWords && (first.get().index() == verb.index() + 1 || first.get().index() == after + 1)) {
                    return Optional.of(first.get().word());
                }
            }
            return Optional.empty();
        }

        /**
         * A bare verb right after the verb that makes one entry with it ("90 staff would be let go": "go"), which the
         * parser hangs as a clausal complement or a bare dependent.
         */
        private Optional<String> bareVerbComplement(IndexedWord verb) {
            return Stream.of("xcomp", "ccomp", "dep").flatMap(rel -> s.children(verb, rel).stream())
                    .filter(c -> "VB".equals(c.tag()) && c.index() == verb.index() + 1)
                    .map(SignatureReader::lemma).findFirst();
        }

        /** A noun that may name an event: WordNet's event senses, or a word of an event paraphrase set. */
        private boolean eventful(IndexedWord w) {
            return isNoun(w) && (wordNet.mayBeEvent(lemma(w)) || EventParaphrases.lists(lemma(w)));
        }

        /**
         * The event noun of a phrase whose preposition is listed with the word as bringing it about
         * ("responsible for" in {@code claim-heads.tsv}), if any.
         */
        private Optional<IndexedWord> causeOf(IndexedWord word) {
            return eventPhrase(word, p -> ClaimHeads.is(lemma(word) + " " + p, Role.CONSEQUENCE));
        }

        /** An event noun attached to the node by one of the given prepositions ("plans for redundancies"). */
        private Optional<IndexedWord> eventPhrase(IndexedWord node, Set<String> prepositions) {
            return eventPhrase(node, prepositions::contains);
        }

        /** An event noun attached to the node by a preposition (lower case) the test accepts. */
        private Optional<IndexedWord> eventPhrase(IndexedWord node, Predicate<String> preposition) {
            List<IndexedWord> phrases = new ArrayList<>(s.children(node, "obl"));
            phrases.addAll(s.children(node, "nmod"));
            return phrases.stream().filter(p -> usable(p) && eventful(p) && s.children(p, "case").stream()
                    .anyMatch(c -> preposition.test(c.word().toLowerCase(Locale.ROOT)))).findFirst();
        }

        /** An nmod of the node opened by a topic preposition (restricted to {@code only} when not empty). */
        private Optional<IndexedWord> topic(IndexedWord node, Set<String> only) {
            for (IndexedWord nmod : s.children(node, "nmod")) {
                if (!usable(nmod)) {
                    continue;
                }
                for (IndexedWord c : s.children(nmod, "case")) {
                    String prep = c.word().toLowerCase(Locale.ROOT);
                    if (ClaimHeads.is(prep, Role.TOPIC) && (only.isEmpty() || only.contains(prep))) {
                        return Optional.of(nmod);
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<IndexedWord> eventObject(IndexedWord verb) {
            return s.child(verb, "obj").filter(o -> usable(o) && isNoun(o)
                    && (wordNet.mayBeEvent(lemma(o)) || ClaimHeads.is(lemma(o), Role.ASPECT)));
        }

        /** The signature with {@code head} as event, its coordinated predicates, and every argument met. */
        ClaimSignature signature(IndexedWord head) {
            Set<ClaimSignature.Term> events = new LinkedHashSet<>();
            if (isPredicate(head)) {
                term(head).ifPresent(events::add);
            }
            for (IndexedWord conj : s.children(head, "conj")) {
                if (usable(conj) && isVerb(conj) && s.children(conj, "nsubj").isEmpty()) {
                    term(conj).ifPresent(events::add);
                    addArguments(conj, null);
                }
            }
            provenances(head).forEach(events::add);
            addArguments(head, null);
            boolean definite = definiteEvent(head);
            if (definite && events.isEmpty()) {
                // "denied the sale": the noun is no predicate here, but it names the event told before.
                term(head).ifPresent(events::add);
            }
            return EventParaphrases.enrich(new ClaimSignature(ClaimSignature.Kind.SUBSTANTIVE, events, arguments,
                    framed, subject, objects(head), definite));
        }

        /**
         * True when the claim is an event noun made definite and nothing else ("denied the sale", "confirmed this
         * merger"): the determiner says the event was told before, though no participant is named again.
         */
        private boolean definiteEvent(IndexedWord head) {
            return eventful(head) && !head.tag().startsWith("NNP") && arguments.isEmpty()
                    && s.children(head, "det").stream()
                    .anyMatch(d -> ClaimHeads.is(d.word().toLowerCase(Locale.ROOT), Role.DEFINITE));
        }

        /**
         * The participles on the verb's objects that say how the object was come by ("used stolen drawings"): the
         * claim also states that theft, from {@code provenance-participles.tsv}.
         */
        private List<ClaimSignature.Term> provenances(IndexedWord head) {
            List<ClaimSignature.Term> out = new ArrayList<>();
            if (!isVerb(head)) {
                return out;
            }
            for (IndexedWord obj : s.children(head, "obj")) {
                s.children(obj, "amod").stream().filter(m -> usable(m) && "VBN".equals(m.tag())
                        && PROVENANCE.contains(lemma(m))).forEach(m -> term(m).ifPresent(out::add));
            }
            return out;
        }

        /**
         * The head words of a verb's direct objects, past quantities ("lost sponsors", "lost thousands of fans"),
         * with their compounds: what the event is done to. A pronoun object ("lost it") gives none, as it may stand for any other object.
         */
        private Set<ClaimSignature.Term> objects(IndexedWord head) {
            Set<ClaimSignature.Term> out = new LinkedHashSet<>();
            if (!isVerb(head)) {
                return out;
            }
            for (IndexedWord obj : s.children(head, "obj")) {
                IndexedWord noun = pastQuantities(obj);
                if (usable(noun) && isNoun(noun)) {
                    term(noun).filter(Walk::nominal).ifPresent(out::add);
                    // "tax returns" are also about taxes: the compound names what the object is of.
                    s.children(noun, "compound").stream().filter(this::usable)
                            .forEach(c -> term(c).filter(Walk::nominal).ifPresent(out::add));
                }
            }
            return out;
        }

        /**
         * True for a word that states something: a verb, an adjective, an event noun, or a noun made a predicate
         * by a copula ("Cruz is the best candidate"). A bare name or thing ("Clinton", "health care") is what a
         * speaker has an attitude to, and two attitudes to one thing need not be one claim.
         */
        private boolean isPredicate(IndexedWord w) {
            if (reachedEvents.contains(w.index())) {
                return true;
            }
            if (!isNoun(w)) {
                return isVerb(w) || (w.tag() != null && w.tag().startsWith("JJ"));
            }
            if (taggedNounUsedAsVerb(w).isPresent()) {
                return true;
            }
            boolean nominalization = !w.tag().startsWith("NNP") && wordNet.isNominalization(lemma(w));
            return !s.children(w, "cop").isEmpty() || nominalization;
        }

        /**
         * The verb's base form when the tagger called a verb a noun but the parser built a verb around it: "the
         * company would axe the late crossings" tags "axe" as a noun, yet gives it the modal "would" as auxiliary.
         * A noun takes an auxiliary only as a predicate with a copula ("would be a disaster"), which stays a noun.
         */
        private Optional<String> taggedNounUsedAsVerb(IndexedWord w) {
            if (!isNoun(w) || w.tag().startsWith("NNP") || !s.children(w, "cop").isEmpty()) {
                return Optional.empty();
            }
            boolean auxiliary = s.children(w, "aux").stream()
                    .anyMatch(a -> "MD".equals(a.tag()) || "TO".equals(a.tag()));
            return auxiliary ? wordNet.verbBase(w.word()) : Optional.empty();
        }

        /** The arguments of a word, except the one the walk goes on to; a pronoun subject gives its person. */
        private void addArguments(IndexedWord word, IndexedWord onward) {
            addArguments(word, onward, onward);
        }

        /** As {@link #addArguments(IndexedWord, IndexedWord)}, leaving out one more word ("effect" of "take effect"). */
        private void addArguments(IndexedWord word, IndexedWord onward, IndexedWord skipped) {
            s.children(word, "nsubj").stream().filter(this::usable).findFirst()
                    .map(n -> PronounPersons.of(n.word()))
                    .filter(p -> !p.isEmpty()).ifPresent(p -> subject = p);
            for (String rel : ARGUMENTS) {
                for (IndexedWord arg : s.children(word, rel)) {
                    if ((onward == null || arg.index() != onward.index())
                            && (skipped == null || arg.index() != skipped.index())) {
                        addArgument(arg);
                    }
                }
            }
        }

        /**
         * An argument's head word (past quantities and numbers: "thousands of troops" and "about 1,800 of its
         * members" are troops and members) and its modifiers.
         */
        private void addArgument(IndexedWord arg) {
            IndexedWord head = arg;
            for (int step = 0; step < MAX_STEPS && (isNoun(head) && ClaimHeads.is(lemma(head), Role.QUANTITY)
                    || "CD".equals(head.tag())); step++) {
                Optional<IndexedWord> of = topic(head, Set.of("of"));
                if (of.isEmpty()) {
                    break;
                }
                head = of.get();
            }
            if (!usable(head) || partOfATime(head)) {
                return;
            }
            List<String> body = describedBody(head);
            if (!body.isEmpty()) {
                // "the dairy group" stands for the body named before it; its words only describe that body.
                body.forEach(w -> arguments.add(new ClaimSignature.Term(w, w, ClaimSignature.Pos.NAME)));
                return;
            }
            term(head).filter(Walk::nominal).ifPresent(arguments::add);
            for (String rel : MODIFIERS) {
                for (IndexedWord m : s.children(head, rel)) {
                    if (usable(m)) {
                        term(m).filter(Walk::nominal).ifPresent(arguments::add);
                    }
                }
            }
            // Whose it is: "the data of millions of customers" is customer data, as "customer data" would be, and
            // "the factory's chimneys" are the factory's as "the chimneys of the factory" are. Only a common noun
            // owner: a name's or a pronoun's ("Acme's", "its") says whose, not what, and a name is read as a doer.
            Optional<IndexedWord> owner = isNoun(head) ? topic(head, Set.of("of")) : Optional.empty();
            if (owner.isEmpty() && isNoun(head)) {
                owner = s.children(head, "nmod:poss").stream().filter(o -> isNoun(o) && !o.tag().startsWith("NNP"))
                        .findFirst();
            }
            if (owner.isPresent()) {
                IndexedWord o = pastQuantities(owner.get());
                if (usable(o)) {
                    term(o).filter(Walk::nominal).ifPresent(arguments::add);
                }
            }
        }

        /** The noun a quantity counts ("millions of customers": customers), the noun itself when it counts none. */
        private IndexedWord pastQuantities(IndexedWord noun) {
            IndexedWord o = noun;
            for (int step = 0; step < MAX_STEPS && isNoun(o) && ClaimHeads.is(lemma(o), Role.QUANTITY); step++) {
                Optional<IndexedWord> of = topic(o, Set.of("of"));
                if (of.isEmpty()) {
                    break;
                }
                o = of.get();
            }
            return o;
        }

        /**
         * The name words of the body a definite description refers back to ("the group intends to acquire X" after
         * "Vantor Group chief executive Jane Roe"): "the" and a singular body noun, and nothing else, stands for the
         * body the article named last before it. Any other word says which body or what kind it is, and may say
         * another: "the combined group" is the merged body, "the Danish food group" may be the body named after,
         * "the operator of the plant" names its body. Empty for any other word, or when no body was named.
         */
        private List<String> describedBody(IndexedWord noun) {
            boolean the = s.children(noun, "det").stream().allMatch(d -> lower(d).equals("the"));
            if (!"NN".equals(noun.tag()) || !the || !bareDefinite(noun)
                    || !DescribedBodies.describesABody(lemma(noun))) {
                return List.of();
            }
            return bodies.get().namedLastBefore(s.token(noun.index()).beginPosition(), lemma(noun));
        }

        /**
         * True when the noun has one definite determiner ("the", "this") and nothing else: any other dependent
         * (adjective, compound, phrase, clause) narrows it down and may name another thing of its kind.
         */
        private boolean bareDefinite(IndexedWord noun) {
            List<IndexedWord> dets = s.children(noun, "det");
            return dets.size() == 1 && ClaimHeads.is(lower(dets.get(0)), Role.DEFINITE)
                    && s.subtree(noun, List.of()).stream()
                    .allMatch(i -> i == noun.index() || i == dets.get(0).index() || s.isPunctuation(i));
        }

        /**
         * True for a noun that names a part of a time ("the end of the year", "the start of next month"): the
         * phrase says when, like "in March", and is no participant of the event.
         */
        private boolean partOfATime(IndexedWord noun) {
            return isNoun(noun) && topic(noun, Set.of("of")).map(t -> TIME_WORDS.contains(lemma(t))).orElse(false);
        }

        /** Arguments are things: nouns and names ("Ukrainian" names a people; "planned" and "active" do not). */
        private static boolean nominal(ClaimSignature.Term t) {
            return t.pos() == ClaimSignature.Pos.NOUN || t.pos() == ClaimSignature.Pos.NAME;
        }

        private boolean usable(IndexedWord w) {
            return inside(s, w, spans) && !inside(s, w, excluded);
        }

        private Optional<ClaimSignature.Term> term(IndexedWord w) {
            CoreLabel t = s.token(w.index());
            String tag = t.tag() == null ? "" : t.tag();
            String lemma = lemma(w);
            if (lemma.isEmpty() || !Character.isLetter(lemma.charAt(0)) || lemma.length() < 2 || NOISE.contains(lemma)
                    || TIME_WORDS.contains(lemma)) {
                return Optional.empty();
            }
            ClaimSignature.Pos pos;
            if (tag.startsWith("NNP") || (tag.startsWith("JJ") && Character.isUpperCase(t.word().charAt(0)))) {
                pos = ClaimSignature.Pos.NAME;
            } else if (tag.startsWith("NN")) {
                Optional<String> verb = taggedNounUsedAsVerb(w);
                if (verb.isPresent()) {
                    return Optional.of(new ClaimSignature.Term(verb.get(), t.word().toLowerCase(Locale.ROOT),
                            ClaimSignature.Pos.VERB));
                }
                pos = ClaimSignature.Pos.NOUN;
            } else if (tag.startsWith("VB")) {
                Optional<String> phrasal = phrasalVerb(w);
                if (phrasal.isPresent()) {
                    return Optional.of(new ClaimSignature.Term(phrasal.get(), phrasal.get(), ClaimSignature.Pos.VERB));
                }
                pos = ClaimSignature.Pos.VERB;
            } else if (tag.startsWith("JJ")) {
                pos = ClaimSignature.Pos.ADJECTIVE;
            } else {
                return Optional.empty();
            }
            return Optional.of(new ClaimSignature.Term(lemma, t.word().toLowerCase(Locale.ROOT), pos));
        }
    }

    private static String lemma(IndexedWord w) {
        return Lemmas.lowerOf(w);
    }

    private static boolean isNoun(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("NN");
    }

    private static boolean isVerb(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("VB");
    }

    /** True for an adjective, as the tagger tags it ("open", "responsible"). */
    private static boolean isAdjective(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("JJ");
    }

    /** Words that never identify a proposition, from {@code claim-noise.tsv}. */
    static Set<String> noise() {
        return NOISE;
    }
}
