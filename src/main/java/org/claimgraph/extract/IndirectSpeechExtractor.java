package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;
import org.claimgraph.stance.Stance;

/**
 * Finds reported speech around cue verbs by dependency patterns: "X said (that) P", "X denied the claims",
 * "X wants to P", "as X reported, P", "P was denied by X", and "the claims spread by X".
 */
final class IndirectSpeechExtractor {

    /** One-word answers that stand for a whole content: "said so", "said yes". */
    private static final java.util.Set<String> PRO_FORMS = java.util.Set.of("so", "yes", "no");
    /** Prepositions that say something of a cue's object ("described X as", "blamed X for"), unlike venues. */
    private static final java.util.Set<String> PREDICATING =
            java.util.Set.of("as", "for", "of", "about", "over", "into", "to", "with", "from");
    /** Nouns that describe actors ("critics of the plan" is a source): from the resolver's lexicon. */
    private static final Set<String> ACTOR_NOUNS = TsvResource.words("actor-nouns.tsv");
    /** Verbs that name or classify their object ("called the report a lie"): from the stance lexicon. */
    private static final Set<String> NAMING_VERBS = TsvResource.words("naming-verbs.tsv");
    /** Demonstratives that stand for people a participle modifies ("those backing the bill"). */
    private static final Set<String> PEOPLE_PRONOUNS = TsvResource.words("people-pronouns.tsv");
    /**
     * Words tagged as question words that open no question: clauses of time or place ("said when he announced
     * it" tells when) and the relative "that" ("a procedure that had been used", misread onto the cue).
     */
    private static final Set<String> NOT_QUESTIONS = Set.of("when", "where", "whenever", "wherever", "that");
    /** Subordinators that open an indirect question: "asked whether P", "wondered if P". */
    private static final Set<String> QUESTION_MARKS = TsvResource.words("question-subordinators.tsv");
    /** Adjectives of likelihood and truth: "it is possible that P" weighs P, it reports no one's attitude. */
    private static final Set<String> LIKELIHOOD_ADJECTIVES = TsvResource.words("likelihood-adjectives.tsv");
    /** Cue verbs whose passive names no attitude anyone voiced ("a plan backed by the union"). */
    private static final Set<String> ACTIVE_ONLY_CUES = TsvResource.words("active-only-cues.tsv");

    /** Relations the parser may give the clause of "made clear that P" when it misplaces "clear". */
    private static final List<String> RESULT_CLAUSES = List.of("xcomp", "parataxis", "dep", "advcl");

    private final CueLexicon lexicon;

    IndirectSpeechExtractor(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Indirect and mixed attributions, skipping cue tokens already used by direct quotes. */
    List<Attribution> extract(ParsedArticle doc, List<CharSpan> quotes, Set<CueToken> usedCues) {
        List<Attribution> out = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            for (IndexedWord verb : s.nodes()) {
                if (usedCues.contains(new CueToken(s.index(), verb.index())) || !isVerb(verb)
                        || CueLexicon.insideName(s, verb)
                        || IssuedMessage.issuesForCue(s, verb, lexicon) || framesByGerundCue(s, verb)
                        || passiveOfActiveOnlyCue(s, verb)) {
                    continue;
                }
                int at = s.token(verb.index()).beginPosition();
                if (quotes.stream().anyMatch(q -> q.contains(at))) {
                    continue;
                }
                if (verb.tag().startsWith("JJ") && s.children(verb, "cop").isEmpty()) {
                    continue;
                }
                Optional<CueLexicon.Cue> cue = lexicon.lookup(s, verb)
                        .or(() -> classMember(doc.text(), s, verb))
                        .or(() -> clauseTaker(s, verb));
                if (cue.isPresent()) {
                    attribution(doc, s, verb, cue.get(), quotes)
                            .or(() -> clauseBeyondFrames(s, verb, cue.get())
                                    .flatMap(c -> attribution(doc, s, verb, c, quotes)))
                            .ifPresent(a -> {
                                out.add(a);
                                usedCues.add(new CueToken(s.index(), verb.index()));
                            });
                }
            }
        }
        return out;
    }

    /**
     * True for a passive of a verb that reports only in the active ("the mayor, backed by the council"), unless its
     * agent is counted: "Roe is backed by 40 percent of voters" reports a poll's respondents.
     */
    private static boolean passiveOfActiveOnlyCue(ParsedSentence s, IndexedWord verb) {
        if (!ACTIVE_ONLY_CUES.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Optional<IndexedWord> agent = CueFrames.agent(s, verb);
        if (agent.isPresent() && !s.children(agent.get(), "nummod").isEmpty()) {
            return false;
        }
        return s.isPassive(verb) || agent.isPresent();
    }

    /** True when a cue gerund after "by" tells how this verb was done ("responded by saying"): one cue, not two. */
    private boolean framesByGerundCue(ParsedSentence s, IndexedWord verb) {
        IndexedWord gerund = verb.index() + 2 <= s.tokens().size() ? s.node(verb.index() + 2) : null;
        return gerund != null && lexicon.lookup(gerund.lemma()).isPresent()
                && ByGerundFrame.frameVerb(s, gerund).map(verb::equals).orElse(false);
    }

    /**
     * A verb outside the lexicon whose WordNet class makes it a cue ("X grumbled he had not been asked", "X
     * volunteered to help"), with an active subject that can speak and a clause or an infinitive with "to" in a
     * frame its class allows. The cue takes that frame only, so an object beside it is not read as content.
     */
    private Optional<CueLexicon.Cue> classMember(String text, ParsedSentence s, IndexedWord verb) {
        if (verb.tag() == null || !verb.tag().startsWith("VB") || lexicon.isExcluded(verb.lemma())) {
            return Optional.empty();
        }
        Optional<CueLexicon.Cue> byClass = CueClasses.standard().verbCue(verb.lemma());
        boolean speakingSubject = s.children(verb, "nsubj").stream()
                .anyMatch(n -> !s.relationToParent(n).equals("nsubj:pass") && !isExpletive(n));
        if (byClass.isEmpty() || !speakingSubject) {
            return Optional.empty();
        }
        CueLexicon.Cue cue = byClass.get();
        // Without "that", the parser often hangs the clause above the cue ("X reckons the work will take a year").
        boolean clause = !s.children(verb, "ccomp").isEmpty() || !clauseHeadingTheCue(text, s, verb).isEmpty();
        if (cue.takes(CueLexicon.Frame.CCOMP) && clause) {
            return Optional.of(onlyIn(cue, CueLexicon.Frame.CCOMP));
        }
        boolean infinitive = s.children(verb, "xcomp").stream()
                .anyMatch(x -> s.children(x, "mark").stream().anyMatch(m -> m.word().equalsIgnoreCase("to")));
        if (cue.takes(CueLexicon.Frame.XCOMP) && infinitive) {
            return Optional.of(onlyIn(cue, CueLexicon.Frame.XCOMP));
        }
        return Optional.empty();
    }

    private static CueLexicon.Cue onlyIn(CueLexicon.Cue cue, CueLexicon.Frame frame) {
        return new CueLexicon.Cue(cue.lemma(), cue.stance(), Set.of(frame), Set.of());
    }

    /**
     * "X brags he has visited every county": a lexicon cue listed without the clause frame ("brag about") that
     * still takes a finite clause with an active subject reports it, as a verb outside the lexicon would
     * ({@link #clauseTaker}); the cue keeps its own stance.
     */
    private Optional<CueLexicon.Cue> clauseBeyondFrames(ParsedSentence s, IndexedWord verb, CueLexicon.Cue cue) {
        // "called the story “fake news” invented to …": after a naming verb the parser's clause is a misread
        // object and the name it is given (naming-verbs.tsv), which the stance stage reads from the object frame.
        if (cue.takes(CueLexicon.Frame.CCOMP) || cue.takes(CueLexicon.Frame.RAISING)
                || NAMING_VERBS.contains(cue.lemma())) {
            return Optional.empty();
        }
        // Only a tensed clause right after the cue: "continued saying P" carries another cue, and words between
        // ("campaigned in the state that she won") show the parser joined a relative clause to the verb.
        boolean adjacentTensedClause = s.children(verb, "ccomp").stream()
                .anyMatch(c -> s.subtree(c, List.of()).get(0) == verb.index() + 1
                        && SubjectReadAsObject.carriesTense(s, c));
        return adjacentTensedClause
                ? clauseTaker(s, verb).map(c -> new CueLexicon.Cue(cue.lemma(), cue.stance(), c.frames(), Set.of()))
                : Optional.empty();
    }

    /**
     * A verb outside the lexicon that takes a finite clause and has an active subject ("X reasoned that P"):
     * verbs that take clauses are overwhelmingly verbs of saying and thinking, so it is read as a cue.
     */
    private Optional<CueLexicon.Cue> clauseTaker(ParsedSentence s, IndexedWord verb) {
        if (lexicon.isExcluded(verb.lemma())) {
            return Optional.empty();
        }
        boolean hasSubject = s.children(verb, "nsubj").stream()
                .anyMatch(n -> !s.relationToParent(n).equals("nsubj:pass"));
        boolean finiteClause = s.children(verb, "ccomp").stream().anyMatch(c -> !s.children(c, "nsubj").isEmpty()
                || s.children(c, "mark").stream().anyMatch(m -> m.word().equalsIgnoreCase("that")));
        return hasSubject && finiteClause ? Optional.of(CueLexicon.clauseCue(verb.lemma())) : Optional.empty();
    }

    private Optional<Attribution> attribution(ParsedArticle doc, ParsedSentence s, IndexedWord verb,
                                              CueLexicon.Cue cue, List<CharSpan> quotes) {
        if (cue.takes(CueLexicon.Frame.RAISING)) {
            return raising(doc.text(), s, verb, cue, quotes);
        }
        Optional<IndexedWord> demotedInto = cue.takes(CueLexicon.Frame.CCOMP) && clauseOf(s, verb).isEmpty()
                ? DemotedCue.clauseVerb(s, verb) : Optional.empty();
        if (demotedInto.isPresent()) {
            return demoted(doc.text(), s, verb, demotedInto.get(), quotes);
        }
        Optional<IndexedWord> outerCue = SecondAct.outerCue(s, verb, lexicon);
        Optional<IndexedWord> sourceHead = (outerCue.isPresent() ? outerCue.flatMap(o -> CueFrames.sourceHead(s, o))
                : CueFrames.sourceHead(s, verb))
                .or(() -> stativeSubject(s, verb, cue))
                .or(() -> ParticipleReadAsAdjective.doer(s, verb));
        List<CharSpan> content = new ArrayList<>(content(doc.text(), s, verb, cue, sourceHead));
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Optional<IndexedWord> stray = strayTopic(s, verb, sourceHead);
        stray.flatMap(t -> TreeSpans.subtree(s, t, List.of(), doc.text())).ifPresent(content::add);
        content.sort(null);
        List<IndexedWord> notSource = new ArrayList<>(stray.stream().toList());
        // "Mr. Roe, recalling the talks, said": the object the parser hung the participle on is not its speaker's.
        ParticipleReadAsAdjective.object(s, verb).ifPresent(notSource::add);
        if (sourceHead.isPresent() && isActorModifiedByCue(s, verb, sourceHead.get())) {
            notSource.add(verb);
        }
        // "The first member to endorse him was X": the subject holding the cue is what X is, not X's mention.
        sourceHead.flatMap(h -> InfinitiveOnNoun.describingSubject(s, verb, h)).ifPresent(notSource::add);
        // "an ad calling X": a noun that cannot act, past a comma or held by an actor's verb, is no source (see
        // isActorModifiedByCue), so the cue stays in its mention, which then reaches the content and is dropped.
        boolean modifiesNonActor = sourceHead.isPresent() && !notSource.contains(verb)
                && modifies(s, verb, sourceHead.get());
        CharSpan extent = new CharSpan(content.get(0).begin(), content.get(content.size() - 1).end());
        List<IndexedWord> keep = modifiesNonActor ? List.of(verb) : List.of();
        Optional<Mention> treeMention = sourceHead
                .flatMap(h -> CueFrames.mention(s, h, doc.text(), quotes, notSource, keep));
        Optional<Mention> fromTree = treeMention.filter(m -> content.stream().noneMatch(c -> c.overlaps(m.span())));
        // No subject in the tree, only a noun that cannot act, or only one inside the content (the cue inherited the
        // subject of the clause it reports, on which the parser hung it): the words may still show who speaks.
        boolean treeHasNone = sourceHead.isEmpty() || modifiesNonActor || treeMention.isPresent() && fromTree.isEmpty();
        Optional<Mention> source = fromTree.isPresent() || !treeHasNone ? fromTree
                : SubjectFallback.find(s, verb, doc.text())
                        .filter(m -> content.stream().noneMatch(c -> c.overlaps(m.span())));
        if (source.isEmpty() && InfinitiveOnNoun.unheld(s, verb)) {
            return Optional.empty();
        }
        // Content in pieces around the cue ("X is expected to attend"): the cue is measured against the piece after it.
        int verbAt = s.token(verb.index()).beginPosition();
        CharSpan following = content.stream().filter(c -> c.begin() > verbAt).findFirst().orElse(extent);
        CharSpan verbCue = withResultative(s, verb,
                CueFrames.cueSpan(s, verb, source, extent.contains(verbAt) ? following : extent), content);
        Optional<IndexedWord> carrier = CueCarrier.of(s, verb, lexicon);
        CharSpan carried = carrier.map(c -> CueFrames.withCarrier(s, c, verbCue, source, content, lexicon))
                .orElse(verbCue);
        CharSpan cueSpan = CueFrames.withAdjuncts(s, doc.text(), carried, content, source);
        if (content.stream().anyMatch(c -> c.overlaps(cueSpan))) {
            return Optional.empty();
        }
        // "It's unclear whether P", "it is important to remember that P": an adjective outside the lexicon (whose
        // adjectives are attitudes people hold: "it was confident that") says how things stand, and its "it" is
        // no one; the "it" joins the cue.
        boolean impersonal = isWeighingAdjective(verb);
        // So is the "it" of such an adjective that carries the cue ("it's hard to see how P"): train articles
        // 101-840 take it into the cue 7 times in 9, and of the 12 such "it" read as sources on the dev samples
        // 151-300 and 451-600, gold took none for a source. A passive's "it" stays out ("it was reported that P":
        // left out 16 times in 21).
        Optional<IndexedWord> frame = impersonal ? Optional.of(verb) : carrier.filter(this::isWeighingAdjective);
        Optional<CharSpan> withIt = frame.flatMap(f -> CueFrames.withExpletive(s, f, cueSpan));
        // "it is possible that P", "it is true that P": the writer weighs P, no one is reported to; and a
        // comparative or superlative ("It was the latest in …") compares, it holds no attitude.
        if (withIt.isPresent() && (LIKELIHOOD_ADJECTIVES.contains(verb.lemma().toLowerCase(java.util.Locale.ROOT))
                || verb.tag().equals("JJR") || verb.tag().equals("JJS"))) {
            return Optional.empty();
        }
        if (withIt.isPresent() && content.stream().noneMatch(c -> c.overlaps(withIt.get()))) {
            return Optional.of(new Attribution(Optional.empty(), withIt.get(), verb.lemma().toLowerCase(), content,
                    kindOf(extent, quotes), s.index()));
        }
        return Optional.of(new Attribution(source, cueSpan, verb.lemma().toLowerCase(), content,
                kindOf(extent, quotes), s.index()));
    }

    /** An adjective outside the lexicon, which weighs what it frames rather than reporting anyone's attitude. */
    private boolean isWeighingAdjective(IndexedWord word) {
        return word.tag() != null && word.tag().startsWith("JJ") && lexicon.lookup(word.lemma()).isEmpty();
    }

    /**
     * The cue widened to the adjective of a two-word cue and the object before it ("made it clear"), as annotators
     * mark it; unchanged when the widened cue would reach the content.
     */
    private CharSpan withResultative(ParsedSentence s, IndexedWord verb, CharSpan cue, List<CharSpan> content) {
        return lexicon.resultative(s, verb).filter(a -> a.index() > verb.index())
                .map(a -> new CharSpan(cue.begin(), Math.max(cue.end(), s.token(a.index()).endPosition())))
                .filter(wide -> content.stream().noneMatch(wide::overlaps))
                .orElse(cue);
    }

    /** "…, saying they violate the rules": the cue the parser made a marker of the clause it reports. */
    private static Optional<Attribution> demoted(String text, ParsedSentence s, IndexedWord verb, IndexedWord clause,
                                                 List<CharSpan> quotes) {
        Optional<IndexedWord> sourceHead = DemotedCue.source(s, verb, clause);
        if (sourceHead.isEmpty()) {
            return Optional.empty();
        }
        List<CharSpan> content = listOf(TreeSpans.span(s, DemotedCue.content(s, verb, clause), text));
        Optional<Mention> source = CueFrames.mention(s, sourceHead.get(), text, quotes,
                        DemotedCue.notSource(s, sourceHead.get(), clause))
                .filter(m -> content.stream().noneMatch(c -> c.overlaps(m.span())));
        if (content.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        CharSpan cueSpan = CueFrames.cueSpan(s, verb, source, content.get(0));
        if (cueSpan.overlaps(content.get(0))) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(source, cueSpan, verb.lemma().toLowerCase(), content,
                kindOf(content.get(0), quotes), s.index()));
    }

    /** True when the cue verb modifies the noun: "a group supporting X", "an essay praising X". */
    private static boolean modifies(ParsedSentence s, IndexedWord verb, IndexedWord head) {
        return s.relationToParent(verb).startsWith("acl") && s.parent(verb).map(head::equals).orElse(false);
    }

    /**
     * "a group supporting X", "voters saying P": the cue modifies its source's noun, so the mention must leave the
     * cue out. Taken for nouns that can act (names, organisations, people by role) and for any noun the participle
     * follows directly ("placards supporting X", "polls showing P") or a demonstrative that stands for people
     * ("those describing themselves as Y"); "X released an ad calling it Y", ", an essay praising X" are no sources.
     */
    private static boolean isActorModifiedByCue(ParsedSentence s, IndexedWord verb, IndexedWord head) {
        if (!modifies(s, verb, head)) {
            return false;
        }
        String ner = s.token(head.index()).ner();
        boolean named = ner != null && !ner.equals("O");
        boolean proper = head.tag() != null && head.tag().startsWith("NNP");
        return named || proper || ACTOR_NOUNS.contains(head.lemma().toLowerCase(java.util.Locale.ROOT))
                || PEOPLE_PRONOUNS.contains(head.word().toLowerCase(java.util.Locale.ROOT))
                || rightAfterNoun(s, verb, head);
    }

    /**
     * A participle right after its noun's phrase, with no comma between ("placards supporting X", "polls showing
     * P"): news-attribution annotation makes the noun its source whatever the noun is (all 840 PolNeAR train
     * articles, a one-word "-ing" cue right after a noun: the noun is the source 161 times, another mention 50,
     * none 19). After a comma the participle speaks for the main line's subject (SubjectFallback); so does one on
     * the object of a verb ("Trump released an ad calling it …" is Trump's), nor one on a time ("emails that night
     * showing").
     */
    private static boolean rightAfterNoun(ParsedSentence s, IndexedWord verb, IndexedWord noun) {
        if (!"VBG".equals(verb.tag()) || noun.tag() == null || !noun.tag().startsWith("NN")
                || noun.index() > verb.index() || s.isPunctuation(verb.index() - 1)) {
            return false;
        }
        List<Integer> phrase = s.subtree(noun, List.of(verb));
        for (int i = noun.index(); i < verb.index(); i++) {
            if (!phrase.contains(i)) {
                return false;
            }
        }
        // "X released an ad calling …", "Holding signs calling …": the one who holds the object speaks.
        boolean object = s.relationToParent(noun).equals("obj");
        // "He's a puppet saying …" is said of him; "… and troubles addressing" hangs on the first conjunct.
        boolean predicate = !s.children(noun, "nsubj").isEmpty();
        return !object && !predicate && !s.relationToParent(noun).equals("conj") && !TimeWords.isTime(noun);
    }

    /**
     * The clause the verb takes: its own, or its adjective's in a two-word cue ("made it clear that P"), or, when
     * the parser hung that adjective inside the clause, the clause after it the verb governs.
     */
    private Optional<IndexedWord> clauseOf(ParsedSentence s, IndexedWord verb) {
        Optional<IndexedWord> own = s.child(verb, "ccomp");
        Optional<IndexedWord> adjective = lexicon.resultative(s, verb);
        if (own.isPresent() || adjective.isEmpty()) {
            return own;
        }
        return s.child(adjective.get(), "ccomp").or(() -> RESULT_CLAUSES.stream()
                .flatMap(rel -> s.children(verb, rel).stream())
                .filter(c -> c.index() > adjective.get().index() && c.tag() != null && c.tag().startsWith("VB"))
                .findFirst());
    }

    /** The content by the verb's frames, in order of preference: clause, "P, X said", object, infinitive. */
    private List<CharSpan> content(String text, ParsedSentence s, IndexedWord verb, CueLexicon.Cue cue,
                                   Optional<IndexedWord> sourceHead) {
        List<IndexedWord> cut = new ArrayList<>(sourceHead.stream().toList());
        // "has made clear that P": the adjective of a two-word cue is the cue's, wherever the parser hung it.
        lexicon.resultative(s, verb).ifPresent(cut::add);
        // "The paradox of the plan, says Jane Roe, is that P": the subject the parser gave the verb opens the
        // content and the rest of the verb's words close it, around the speaker.
        Optional<IndexedWord> displaced = sourceHead.flatMap(h -> CueFrames.displacedSubject(s, verb, h));
        if (displaced.isPresent()) {
            List<Integer> tokens = new ArrayList<>(s.subtree(verb, cut));
            tokens.remove(Integer.valueOf(verb.index()));
            s.children(verb, "aux").forEach(a -> tokens.remove(Integer.valueOf(a.index())));
            return TreeSpans.runs(s, tokens, text);
        }
        if (cue.takes(CueLexicon.Frame.CCOMP)) {
            Optional<IndexedWord> clause = clauseOf(s, verb);
            if (clause.isPresent()) {
                // "X noted that P and praised Q": the speaker's second act is no part of P.
                SecondAct.in(s, verb, clause.get(), lexicon).ifPresent(cut::add);
                List<Integer> tokens = new ArrayList<>(s.subtree(clause.get(), cut));
                tokens.addAll(openingOfInterruptedClause(s, verb, sourceHead, clause.get()));
                return tokens.size() == s.subtree(clause.get(), cut).size()
                        ? listOf(TreeSpans.span(s, tokens, text)) : TreeSpans.runs(s, tokens, text);
            }
            Optional<IndexedWord> question = whClauseAfter(s, verb);
            if (question.isPresent()) {
                return listOf(TreeSpans.subtree(s, question.get(), cut, text));
            }
            Optional<IndexedWord> gerund = gerundClauseAfter(s, verb);
            if (gerund.isPresent()) {
                return listOf(TreeSpans.subtree(s, gerund.get(), cut, text));
            }
            List<Integer> relativeSubject = RelativeSubjectClause.words(s, verb, cut);
            if (!relativeSubject.isEmpty()) {
                return TreeSpans.runs(s, relativeSubject, text);
            }
            List<Integer> objectAsSubject = SubjectReadAsObject.words(s, verb, cut);
            if (!objectAsSubject.isEmpty()) {
                return listOf(TreeSpans.span(s, objectAsSubject, text));
            }
            Optional<IndexedWord> onOccasion = ClauseOnOccasion.clause(s, verb);
            if (onOccasion.isPresent()) {
                return listOf(TreeSpans.subtree(s, onOccasion.get(), cut, text));
            }
            List<CharSpan> asked = askedClause(text, s, verb, cue);
            if (!asked.isEmpty()) {
                return asked;
            }
            List<CharSpan> asReported = asClause(text, s, verb, cue);
            if (!asReported.isEmpty()) {
                return asReported;
            }
            List<CharSpan> around = parenthetical(text, s, verb, cue);
            if (!around.isEmpty()) {
                return around;
            }
            List<CharSpan> misattached = clauseHeadingTheCue(text, s, verb);
            if (!misattached.isEmpty()) {
                return misattached;
            }
            List<CharSpan> aroundFrame = ClauseAfterCue.aroundFrame(s, verb, text);
            if (!aroundFrame.isEmpty()) {
                return aroundFrame;
            }
            Optional<CharSpan> fromTheWords = ClauseAfterCue.content(s, verb, text);
            if (fromTheWords.isPresent()) {
                return List.of(fromTheWords.get());
            }
        }
        boolean predicative = cue.takes(CueLexicon.Frame.XCOMP) && s.child(verb, "xcomp").isPresent();
        boolean objectFrame = cue.takes(CueLexicon.Frame.OBJ) || EvidenceFinding.takesObject(s, verb, cue);
        if (objectFrame && !predicative) {
            Optional<IndexedWord> object = s.child(verb, "obj").or(() -> namedAsIndirectObject(s, verb));
            if (object.isPresent()) {
                List<Integer> tokens = new ArrayList<>(s.subtree(object.get(), cut));
                predication(s, verb, object.get()).stream()
                        // "acknowledged the effort, while arguing that P": the speaker's next act, not a predication.
                        .filter(p -> !AdverbialSecondAct.is(s, p, lexicon))
                        .forEach(p -> tokens.addAll(s.subtree(p, cut)));
                // "someone whom Mr. Roe views as a peer", "which Roe called “a disgrace”": a relative pronoun
                // fronted as the object leaves the source and the cue between the pieces of the content, and
                // the parser may read the name the pronoun is given as a second object.
                if (object.get().index() < verb.index()) {
                    s.children(verb, "obj").stream().filter(o -> o.index() > verb.index())
                            .forEach(o -> tokens.addAll(s.subtree(o, cut)));
                    return TreeSpans.runs(s, tokens, text);
                }
                return listOf(TreeSpans.span(s, tokens, text));
            }
            // "by portraying Roe as a schemer", parsed with "portraying" as an adjective of "Roe".
            Optional<IndexedWord> misread = ParticipleReadAsAdjective.object(s, verb);
            if (misread.isPresent()) {
                List<IndexedWord> leftOut = new ArrayList<>(cut);
                leftOut.addAll(ParticipleReadAsAdjective.leftOut(s, misread.get(), verb));
                return listOf(TreeSpans.span(s, s.subtree(misread.get(), leftOut), text));
            }
            Optional<CharSpan> passive = passiveTheme(text, s, verb, cue);
            if (passive.isPresent()) {
                return List.of(passive.get());
            }
        }
        if (cue.takes(CueLexicon.Frame.XCOMP)) {
            Optional<IndexedWord> infinitive = s.child(verb, "xcomp")
                    .filter(x -> !describesSubject(s, cue, x));
            if (infinitive.isPresent()) {
                // "wants the U.S. to remain": the object is the infinitive's subject, part of the content.
                List<Integer> tokens = new ArrayList<>(s.subtree(infinitive.get(), cut));
                s.children(verb, "obj").forEach(o -> tokens.addAll(s.subtree(o, cut)));
                // "the ad, which Roe called “a disgrace”": the fronted object and the name, around the cue.
                if (s.children(verb, "obj").stream().anyMatch(o -> o.index() < verb.index())) {
                    return TreeSpans.runs(s, tokens, text);
                }
                // "X is expected to attend": with no one named as expecting, X belongs to what is expected.
                List<IndexedWord> passiveSubject = s.children(verb, "nsubj:pass");
                if (sourceHead.isEmpty() && !passiveSubject.isEmpty()) {
                    passiveSubject.forEach(p -> tokens.addAll(s.subtree(p, cut)));
                    return TreeSpans.runs(s, tokens, text);
                }
                return listOf(TreeSpans.span(s, tokens, text));
            }
        }
        List<CharSpan> topic = prepositional(text, s, verb, cue);
        return topic.isEmpty() && cue.takes(CueLexicon.Frame.QUOTE) ? proForm(s, verb) : topic;
    }

    /**
     * "questioned why the foundation had not acted", "explains why X is guaranteed to lose", "wondered, as I do, why
     * P": a clause opened by a question word after the cue, which the parser often hangs on it as an adverbial
     * clause (reading "why" as a mere adverb), a parenthetical or an unclassified dependent. Not a clause of time
     * or place, nor a relative clause (NOT_QUESTIONS).
     */
    private static Optional<IndexedWord> whClauseAfter(ParsedSentence s, IndexedWord verb) {
        for (String rel : List.of("advcl", "parataxis", "dep")) {
            for (IndexedWord clause : s.children(verb, rel)) {
                int first = s.subtree(clause, List.of()).get(0);
                boolean questionWord = first > verb.index() && s.tag(first).startsWith("W")
                        && !NOT_QUESTIONS.contains(s.token(first).word().toLowerCase(java.util.Locale.ROOT));
                if (questionWord) {
                    return Optional.of(clause);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "reported spending $6 million on ads", "the poll shows the race breaking along party lines", "would support
     * doling out funds": a gerund clause right after the cue, which the parser often hangs on it as an unclassified
     * dependent ("dep") instead of its clause; only one that starts at the word after the cue, or after its
     * particle ("would not rule out changing her vote").
     */
    private static Optional<IndexedWord> gerundClauseAfter(ParsedSentence s, IndexedWord verb) {
        int after = verb.index() + 1 + (int) s.children(verb, "compound:prt").stream()
                .filter(p -> p.index() == verb.index() + 1).count();
        return s.children(verb, "dep").stream()
                .filter(d -> "VBG".equals(d.tag()) && d.index() > verb.index())
                .filter(d -> s.subtree(d, List.of()).get(0) == after)
                .findFirst();
    }

    /**
     * "The plan does not look promising", "things have been looking dire": after a cue that takes no object, a
     * complement without "to" says how the subject seems, not what anyone says or intends ("looking to cut X" is
     * an aim). A cue that takes an object keeps it: "called China reckless" says something of the object, though
     * the parser may hang "China" elsewhere.
     */
    private static boolean describesSubject(ParsedSentence s, CueLexicon.Cue cue, IndexedWord complement) {
        boolean withoutTo = s.children(complement, "mark").stream().noneMatch(m -> m.word().equalsIgnoreCase("to"));
        return withoutTo && !cue.takes(CueLexicon.Frame.OBJ);
    }

    /**
     * "X seems to be Y", "X seems like Y", "it appears that P": an impression with no one named to hold it. The
     * content is the subject with the infinitive or the likeness (in two pieces), or the clause after an expletive
     * "it"; there is no source.
     */
    private static Optional<Attribution> raising(String text, ParsedSentence s, IndexedWord verb, CueLexicon.Cue cue,
                                                 List<CharSpan> quotes) {
        Optional<IndexedWord> subject = s.children(verb, "nsubj").stream().findFirst();
        Optional<IndexedWord> infinitive = s.child(verb, "xcomp");
        Optional<IndexedWord> clause = s.child(verb, "ccomp");
        Optional<IndexedWord> likeness = likeness(s, verb, cue);
        List<CharSpan> content;
        if ((infinitive.isPresent() || likeness.isPresent()) && subject.isPresent() && !isExpletive(subject.get())) {
            List<Integer> tokens = new ArrayList<>(s.subtree(subject.get(), List.of()));
            // The preposition of the likeness ("seems like") is the cue's, as the cue span takes it.
            IndexedWord complement = infinitive.orElseGet(likeness::get);
            tokens.addAll(s.subtree(complement, List.of()));
            s.children(complement, "case").forEach(c -> tokens.remove(Integer.valueOf(c.index())));
            content = TreeSpans.runs(s, tokens, text);
        } else if (clause.isPresent()) {
            content = listOf(TreeSpans.subtree(s, clause.get(), List.of(), text));
        } else {
            return Optional.empty();
        }
        if (content.isEmpty()) {
            return Optional.empty();
        }
        CharSpan extent = new CharSpan(content.get(0).begin(), content.get(content.size() - 1).end());
        int verbAt = s.token(verb.index()).beginPosition();
        CharSpan following = content.stream().filter(c -> c.begin() > verbAt).findFirst().orElse(extent);
        CharSpan cueSpan = CueFrames.cueSpan(s, verb, Optional.empty(), extent.contains(verbAt) ? following : extent);
        if (content.stream().anyMatch(c -> c.overlaps(cueSpan))) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(Optional.empty(), cueSpan, verb.lemma().toLowerCase(), content,
                kindOf(extent, quotes), s.index()));
    }

    /**
     * The phrase after a raising verb that a preposition its row lists opens ("seems like a fair idea"): what the
     * subject is likened to, which the text reports as an impression just as "seems to be a fair idea".
     */
    private static Optional<IndexedWord> likeness(ParsedSentence s, IndexedWord verb, CueLexicon.Cue cue) {
        return s.children(verb, "obl").stream()
                .filter(o -> o.index() > verb.index())
                .filter(o -> s.children(o, "case").stream().anyMatch(c -> cue.takesPreposition(c.word())))
                .findFirst();
    }

    private static boolean isExpletive(IndexedWord w) {
        return w.word().equalsIgnoreCase("it") || "EX".equals(w.tag());
    }

    /**
     * What the cue says about its object, after it: "described the dinner as a farce", "blamed Bob for the
     * delay", "accused him of lying": the object and this phrase together are the content. Times and the
     * places where something was said stay out.
     */
    private static List<IndexedWord> predication(ParsedSentence s, IndexedWord verb, IndexedWord object) {
        List<IndexedWord> out = new ArrayList<>();
        for (String rel : List.of("advcl", "xcomp", "ccomp")) {
            s.children(verb, rel).stream().filter(d -> d.index() > object.index()).forEach(out::add);
        }
        for (IndexedWord obl : s.children(verb, "obl")) {
            boolean predicating = s.children(obl, "case").stream()
                    .anyMatch(c -> PREDICATING.contains(c.word().toLowerCase(java.util.Locale.ROOT)));
            if (obl.index() > object.index() && predicating && !TimeWords.isTime(obl)) {
                out.add(obl);
            }
        }
        return out;
    }

    /**
     * "If the bill passes, she said, prices will fall": a frame set off by commas interrupts the content, whose
     * opening lies before it. Empty unless the frame is enclosed in commas and the clause has no "that".
     */
    private static List<Integer> openingOfInterruptedClause(ParsedSentence s, IndexedWord verb,
                                                            Optional<IndexedWord> sourceHead, IndexedWord clause) {
        if (clause.index() < verb.index() || s.children(clause, "mark").stream()
                .anyMatch(m -> m.word().equalsIgnoreCase("that"))) {
            return List.of();
        }
        int frameStart = sourceHead.map(h -> s.subtree(h, List.of()).stream().min(Integer::compare).orElse(h.index()))
                .filter(i -> i < verb.index()).orElse(verb.index());
        boolean commaBefore = frameStart > 2 && s.token(frameStart - 1).word().equals(",");
        boolean commaAfter = verb.index() < s.tokens().size() && s.token(verb.index() + 1).word().equals(",");
        if (!commaBefore || !commaAfter) {
            return List.of();
        }
        List<Integer> opening = new ArrayList<>();
        for (int i = 1; i < frameStart - 1; i++) {
            opening.add(i);
        }
        return opening;
    }

    /** "said so", "said yes", "said no": a one-word answer stands for what was said. */
    private static List<CharSpan> proForm(ParsedSentence s, IndexedWord verb) {
        for (IndexedWord w : s.nodes()) {
            boolean child = s.parent(w).map(p -> p.index() == verb.index()).orElse(false);
            if (child && w.index() == verb.index() + 1 && PRO_FORMS.contains(w.word().toLowerCase())) {
                return List.of(new CharSpan(s.token(w.index()).beginPosition(), s.token(w.index()).endPosition()));
            }
        }
        return List.of();
    }

    /** "They are focused on X", "she is worried about X": a stative participle's subject holds the attitude. */
    private static Optional<IndexedWord> stativeSubject(ParsedSentence s, IndexedWord verb, CueLexicon.Cue cue) {
        if (cue.prepositions().isEmpty() || CueFrames.agent(s, verb).isPresent()) {
            return Optional.empty();
        }
        boolean topical = s.children(verb, "obl").stream().anyMatch(o -> s.children(o, "case").stream()
                .anyMatch(c -> cue.takesPreposition(c.word())));
        return topical ? s.children(verb, "nsubj").stream().findFirst() : Optional.empty();
    }

    /** "talked about the economy": the content is the phrase, without its preposition. */
    private static List<CharSpan> prepositional(String text, ParsedSentence s, IndexedWord verb,
                                                CueLexicon.Cue cue) {
        for (IndexedWord obl : s.children(verb, "obl")) {
            if (TimeWords.isTime(obl) || TermsOfSpeaking.names(s, obl)) {
                continue;
            }
            for (IndexedWord prep : s.children(obl, "case")) {
                if (cue.takesPreposition(prep.word())) {
                    return listOf(TreeSpans.subtree(s, obl, List.of(prep), text));
                }
            }
        }
        return prepositionalClause(text, s, verb, cue);
    }

    /**
     * "calls Horgos “a mistake”": the parser may read a naming verb's object as an indirect object, with the name
     * it is given hung below it; it is the object all the same. Other verbs' indirect objects are hearers.
     */
    private static Optional<IndexedWord> namedAsIndirectObject(ParsedSentence s, IndexedWord verb) {
        if (!NAMING_VERBS.contains(verb.lemma().toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        return s.child(verb, "iobj");
    }

    /**
     * "asked if the budget was approved", "wondered whether P": the parser may hang the question's clause on a
     * verb of asking as an adverbial clause, as if it were a condition. After a verb of saying an "if" clause is a
     * condition ("will resign, she said, if P"), so only questioning cues read it; the content keeps its "if".
     */
    private static List<CharSpan> askedClause(String text, ParsedSentence s, IndexedWord verb, CueLexicon.Cue cue) {
        if (cue.stance() != Stance.QUESTION) {
            return List.of();
        }
        for (IndexedWord clause : s.children(verb, "advcl")) {
            boolean asking = s.children(clause, "mark").stream().anyMatch(m -> m.index() > verb.index()
                    && QUESTION_MARKS.contains(m.word().toLowerCase(java.util.Locale.ROOT)));
            if (asking) {
                return listOf(TreeSpans.subtree(s, clause, List.of(), text));
            }
        }
        return List.of();
    }

    /**
     * "called for the state to review X": the preposition opens a clause with its own subject, which the parser
     * hangs on the verb as an adverbial clause; the content is the clause, without the preposition.
     */
    private static List<CharSpan> prepositionalClause(String text, ParsedSentence s, IndexedWord verb,
                                                      CueLexicon.Cue cue) {
        for (IndexedWord clause : s.children(verb, "advcl")) {
            Optional<IndexedWord> prep = s.children(clause, "mark").stream()
                    .filter(m -> m.index() > verb.index() && cue.takesPreposition(m.word()))
                    .findFirst();
            if (prep.isPresent() && !s.children(clause, "nsubj").isEmpty()) {
                return listOf(TreeSpans.subtree(s, clause, List.of(prep.get()), text));
            }
        }
        return List.of();
    }

    private static List<CharSpan> listOf(Optional<CharSpan> span) {
        return span.map(List::of).orElse(List.of());
    }

    /**
     * "P, X said." and "P, he said, Q": a cue clause set inside the content; the content is the governing
     * clause around it, in one or two pieces. Not a cue that has its own object or infinitive after it ("…: he
     * didn't mention any risk", "can you believe it, he urged them to act"): it says that, not the clause before.
     */
    private static List<CharSpan> parenthetical(String text, ParsedSentence s, IndexedWord verb, CueLexicon.Cue cue) {
        Optional<IndexedWord> governor = s.parent(verb);
        if (governor.isEmpty() || !s.relationToParent(verb).startsWith("parataxis")
                || !s.children(verb, "ccomp").isEmpty() || hasOwnContentAfter(s, verb, cue)) {
            return List.of();
        }
        List<Integer> tokens = new ArrayList<>(s.subtree(governor.get(), List.of(verb)));
        // "Tom Brand, a delegate who sits on the board, said he called P": a cue with no subject of its own before
        // the clause it is hung on does not interrupt that clause; the parser, lost in the long subject, hung the
        // cue on the clause it reports (and the subject's relative clause with it), so only the words after the cue
        // are content and the words before it name the speaker (SubjectFallback).
        if (governor.get().index() > verb.index() && s.children(verb, "nsubj").isEmpty()) {
            tokens.removeIf(i -> i <= verb.index());
        }
        // "Mayor on defense;  Budget plan questioned": a semicolon before the frame closes a clause of its own,
        // as between the two headlines of a title line; the frame speaks only of what follows it.
        int semicolon = lastSemicolonBefore(s, verb.index());
        tokens.removeIf(i -> i <= semicolon);
        return TreeSpans.runs(s, tokens, text);
    }

    /**
     * True when the cue takes an object or an infinitive and has one after it: its content follows it, so it is no
     * frame set inside another clause. A hearer ("“P,” she told him") is no object of a cue that takes none.
     */
    private static boolean hasOwnContentAfter(ParsedSentence s, IndexedWord verb, CueLexicon.Cue cue) {
        boolean object = cue.takes(CueLexicon.Frame.OBJ)
                && s.children(verb, "obj").stream().anyMatch(o -> o.index() > verb.index());
        boolean infinitive = cue.takes(CueLexicon.Frame.XCOMP) && s.children(verb, "xcomp").stream()
                .anyMatch(x -> x.index() > verb.index()
                        && s.children(x, "mark").stream().anyMatch(m -> m.word().equalsIgnoreCase("to")));
        return object || infinitive;
    }

    /** The index of the last semicolon before the token, or 0 when there is none. */
    private static int lastSemicolonBefore(ParsedSentence s, int token) {
        for (int i = token - 1; i >= 1; i--) {
            if (s.token(i).word().equals(";")) {
                return i;
            }
        }
        return 0;
    }

    /**
     * "Trump said he is open to talks" parsed upside down: without "that", the parser often makes the reported
     * clause's head the governor of the cue ("said" under "open"). When the cue has a subject of its own, a
     * governor after it whose subject follows the cue is the content, from that subject on; so is the rest of
     * "X insist the tide is turning", where the cue became the clause's subject and took its subject as object.
     */
    private List<CharSpan> clauseHeadingTheCue(String text, ParsedSentence s, IndexedWord verb) {
        Optional<IndexedWord> head = s.parent(verb);
        // A saying verb over the cue is a frame of its own ("X feels, he said, …"), not the cue's clause.
        if (head.isEmpty() || head.get().index() <= verb.index() || !isVerb(head.get())
                || lexicon.lookup(head.get().lemma()).map(c -> c.takes(CueLexicon.Frame.QUOTE)).orElse(false)) {
            return List.of();
        }
        // Only a cue with an active subject of its own before it: "Asked, X said" and "it was argued" are other frames.
        boolean ownSubject = s.children(verb, "nsubj").stream()
                .anyMatch(n -> n.index() < verb.index() && !s.relationToParent(n).equals("nsubj:pass"));
        if (!ownSubject) {
            return List.of();
        }
        Optional<Integer> subjectStart = s.children(head.get(), "nsubj").stream()
                .filter(n -> n.index() > verb.index())
                .map(n -> s.subtree(n, List.of()).stream().min(Integer::compare).orElse(n.index()))
                .findFirst();
        int from;
        if (subjectStart.isPresent()) {
            from = subjectStart.get();
        } else if (s.relationToParent(verb).startsWith("csubj")
                && s.children(verb, "obj").stream().anyMatch(o -> o.index() > verb.index())) {
            // Not "what X says is true": there the object comes first and the cue's clause is a real subject.
            from = verb.index() + 1;
        } else {
            return List.of();
        }
        // A comma between the cue and the clause closes the cue's own clause first.
        for (int i = verb.index() + 1; i < from; i++) {
            if (s.token(i).word().equals(",")) {
                return List.of();
            }
        }
        List<Integer> tokens = s.subtree(head.get(), List.of()).stream().filter(i -> i >= from).toList();
        return listOf(TreeSpans.span(s, tokens, text));
    }

    /**
     * "As X reported, P": the content is the governing clause without the "as" clause. Not when the cue has its own
     * object or infinitive after it: "wept as they saw the full shelves" tells when, it reports nothing.
     */
    private static List<CharSpan> asClause(String text, ParsedSentence s, IndexedWord verb, CueLexicon.Cue cue) {
        boolean introducedByAs = s.children(verb, "mark").stream().anyMatch(m -> m.word().equalsIgnoreCase("as"));
        Optional<IndexedWord> governor = s.parent(verb);
        if (!introducedByAs || governor.isEmpty() || !s.relationToParent(verb).startsWith("advcl")
                || hasOwnContentAfter(s, verb, cue)) {
            return List.of();
        }
        // The "as" clause may sit inside the content: the content is what lies around it.
        return TreeSpans.runs(s, s.subtree(governor.get(), List.of(verb)), text);
    }

    /**
     * "P was denied by X" and "the claims spread by X": with an agent, the content is the verb's theme. Without
     * one, only a main clause reports its subject ("The price was not disclosed", "Two marches were announced"):
     * the news states that someone unnamed said or judged it; a passive inside a clause or a relative clause
     * ("after the plan was announced", "which was revealed") mostly dates or describes.
     */
    private static Optional<CharSpan> passiveTheme(String text, ParsedSentence s, IndexedWord verb,
                                                   CueLexicon.Cue cue) {
        if (CueFrames.agent(s, verb).isEmpty() && !reportedBySomeoneUnnamed(s, verb, cue)) {
            return Optional.empty();
        }
        Optional<IndexedWord> subject = s.children(verb, "nsubj").stream()
                .filter(n -> s.relationToParent(n).equals("nsubj:pass")).findFirst();
        if (subject.isPresent()) {
            return TreeSpans.subtree(s, subject.get(), List.of(), text);
        }
        Optional<IndexedWord> noun = s.parent(verb);
        if (noun.isPresent() && s.relationToParent(verb).startsWith("acl")) {
            return TreeSpans.subtree(s, noun.get(), List.of(verb), text);
        }
        return Optional.empty();
    }

    /**
     * True for an agentless passive that heads its sentence and reports its subject itself: "The price was not
     * disclosed". Not with an infinitive ("X is expected to P", "X is thought to be Y"), read as raising; not a
     * verb of perceiving (PerceivedAsExtractor reads "X is seen as Y", and "X was seen leaving" is sight); not when
     * the subject is itself a report ("her comments were widely shared"): what became of it is no new report;
     * not with a phrase the cue takes its topic in ("was asked about P"), whose reading keeps the preposition.
     */
    private static boolean reportedBySomeoneUnnamed(ParsedSentence s, IndexedWord verb, CueLexicon.Cue cue) {
        Optional<IndexedWord> subject = s.children(verb, "nsubj:pass").stream().findFirst();
        boolean topic = s.children(verb, "obl").stream().anyMatch(o -> s.children(o, "case").stream()
                .anyMatch(c -> cue.takesPreposition(c.word())));
        return s.relationToParent(verb).equals("root") && !s.children(verb, "aux:pass").isEmpty()
                && subject.isPresent() && s.children(verb, "xcomp").isEmpty() && !topic
                && !PerceivedAsExtractor.isPerceptionVerb(verb.lemma())
                && CueNouns.stanceOf(subject.get().lemma()).isEmpty();
    }

    /**
     * "the claims spread by X of the alleged Y": the parser hangs the topic of the claims on their spreader;
     * a phrase on the agent that a cue noun would take ("of", "about") and that names neither an actor nor a
     * named entity belongs to the content, not to the source.
     */
    private static Optional<IndexedWord> strayTopic(ParsedSentence s, IndexedWord verb, Optional<IndexedWord> agent) {
        Optional<IndexedWord> noun = s.parent(verb);
        boolean cueNounParticiple = s.relationToParent(verb).startsWith("acl") && noun.isPresent()
                && CueNouns.stanceOf(noun.get().lemma()).isPresent();
        if (!cueNounParticiple || agent.isEmpty() || !agent.equals(CueFrames.agent(s, verb))) {
            return Optional.empty();
        }
        for (IndexedWord nmod : s.children(agent.get(), "nmod")) {
            boolean topical = s.children(nmod, "case").stream()
                    .anyMatch(c -> CueNounExtractor.CONTENT_PREPOSITIONS.contains(c.word().toLowerCase()));
            String ner = s.token(nmod.index()).ner();
            boolean named = ner != null && !ner.equals("O");
            if (topical && "NN".equals(nmod.tag()) && !named && !ACTOR_NOUNS.contains(nmod.lemma().toLowerCase())) {
                return Optional.of(nmod);
            }
        }
        return Optional.empty();
    }

    private static QuoteKind kindOf(CharSpan content, List<CharSpan> quotes) {
        for (CharSpan q : quotes) {
            if (q.equals(content)) {
                return QuoteKind.DIRECT;
            }
            if (q.overlaps(content)) {
                return QuoteKind.MIXED;
            }
        }
        return QuoteKind.INDIRECT;
    }

    /** Verbs, and adjectives in predicate position ("is critical of"), can be cues. */
    private static boolean isVerb(IndexedWord w) {
        return w.tag() != null && (w.tag().startsWith("VB") || w.tag().startsWith("JJ"));
    }
}
