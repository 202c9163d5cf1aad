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

/**
 * Finds the subject of a finite cue verb the parser left without one. Long subjects trip the parser ("Roe, who
 * worked for the mayor in the 2008 primary and after, said P" comes out with "said" hung on "primary"), yet the
 * words still show who speaks: the noun phrase that opens the sentence and runs up to the verb, or the subject of
 * the verb the cue is coordinated with ("She cut it down, but said P"); of a gerund after "after", "while", "in" …
 * ({@link GerundAdjunct}), the subject of the clause it modifies.
 */
final class SubjectFallback {

    /** Word classes a subject may open with: a name, a noun, a determiner, a pronoun, a number, an adjective. */
    private static final Set<String> OPENERS = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "PRP", "PRP$", "CD", "JJ");
    /** Word classes of a speaker's name or description, read from its start to find the word that heads it. */
    private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "CD", "PRP", "PRP$");
    /** Marks a subject never holds: quotation marks, colons and the like belong to other frames. */
    private static final Set<String> BREAKS = Set.of("``", "''", "\"", "“", "”", ":", ";", "-LRB-", "-RRB-");
    /** Relations of a verb that heads the sentence's main line, whose subject a coordinated cue may share. */
    private static final Set<String> MAIN_LINE = Set.of("root", "conj", "parataxis");
    /** Words that open a subordinate clause, whose subject follows them: "…, as the head of the board has said". */
    private static final Set<String> SUBORDINATORS = TsvResource.words("subordinators.tsv");
    /** Dashes as the tokenizer writes them, which join a clause to the sentence as a semicolon does. */
    private static final Set<String> DASHES = Set.of("-", "--", "–", "—");
    /** Longest subject read from the words, in tokens; beyond it the stretch is more than a noun phrase. */
    private static final int MAX_TOKENS = 40;

    private SubjectFallback() {
    }

    /**
     * The source mention of a finite cue verb with no subject in the tree, read from the words, or of a participle
     * that closes a clause or modifies an object; empty when the verb is passive or otherwise non-finite, or nothing
     * before it reads as its subject.
     */
    static Optional<Mention> find(ParsedSentence s, IndexedWord verb, String text) {
        if (isTrailingParticiple(s, verb)) {
            return mainLineSubject(s, verb, text).or(() -> subordinateSubject(s, verb, text))
                    .or(() -> fragmentHead(s, verb, text));
        }
        // "Roe began the day in a hole after questioning P": the clause the gerund's phrase modifies has the doer.
        Optional<Mention> adjunctDoer = GerundAdjunct.doer(s, verb)
                .flatMap(d -> CueFrames.mention(s, d, text, List.of()));
        if (adjunctDoer.isPresent()) {
            return adjunctDoer;
        }
        Optional<Mention> objectHolder = ParticipleOnObject.holder(s, verb, text);
        if (objectHolder.isPresent()) {
            return objectHolder;
        }
        if (!isFinite(s, verb)) {
            return Optional.empty();
        }
        return relativePronoun(s, verb).or(() -> opening(s, verb, text)).or(() -> coordinated(s, verb, text))
                .or(() -> SubjectReadAsClause.find(s, verb, text));
    }

    /**
     * "Tom Reyes, who wants to P", "the bank, which did not announce P": a relative pronoun right before the verb
     * (its auxiliaries and adverbs left out) is its subject, however the parser hung the two; news-attribution
     * annotation marks the pronoun itself as the source.
     */
    private static Optional<Mention> relativePronoun(ParsedSentence s, IndexedWord verb) {
        int before = verb.index() - 1;
        while (before >= 1 && isCuePart(s, before)) {
            before--;
        }
        if (before < 2 || !PosTags.isRelativePronoun(s.tag(before))) {
            return misreadRelativeObject(s, verb);
        }
        return Optional.of(wordMention(s, before));
    }

    /** The one word at a token position as a mention. */
    private static Mention wordMention(ParsedSentence s, int token) {
        CharSpan span = new CharSpan(s.token(token).beginPosition(), s.token(token).endPosition());
        return new Mention(span, s.index(), token);
    }

    /**
     * "Bret Stone, who, after trading barbs with Y, said P": an aside between the pronoun and the verb leads the
     * parser to make the pronoun the object of a relative clause's verb that then has no subject; a relative clause
     * with no subject has it in its pronoun, so a relative pronoun before the verb, hung on it, speaks.
     */
    private static Optional<Mention> misreadRelativeObject(ParsedSentence s, IndexedWord verb) {
        if (!s.relationToParent(verb).equals("acl:relcl")) {
            return Optional.empty();
        }
        return java.util.stream.Stream.of("obj", "dep")
                .flatMap(rel -> s.children(verb, rel).stream())
                .filter(p -> p.index() < verb.index() && PosTags.isRelativePronoun(s.tag(p.index())))
                .findFirst()
                .map(p -> wordMention(s, p.index()));
    }

    /**
     * "Roe blamed the press for the story, saying P": a present participle after a comma, with no subject of its
     * own, speaks for the subject of the clause before it, whatever noun the parser hung it on. Gold, all 840
     * PolNeAR train articles: a one-word participle cue after a comma and a closing quotation mark has its source
     * before it 28 times of 28.
     */
    static boolean isTrailingParticiple(ParsedSentence s, IndexedWord verb) {
        if (!"VBG".equals(verb.tag()) || !s.children(verb, "nsubj").isEmpty()) {
            return false;
        }
        int before = verb.index() - 1;
        // The comma may sit inside the closing quotation mark: "defended “New York values,” saying P".
        while (before >= 1 && ("RB".equals(s.tag(before)) || "''".equals(s.tag(before)))) {
            before--;
        }
        return before >= 2 && s.token(before).word().equals(",");
    }

    /** An active verb that carries tense itself or through an auxiliary: "said", "has said", "will say". */
    private static boolean isFinite(ParsedSentence s, IndexedWord verb) {
        String tag = verb.tag() == null ? "" : verb.tag();
        if (!s.children(verb, "aux:pass").isEmpty() || !s.children(verb, "nsubj").isEmpty()) {
            return false;
        }
        boolean hasAux = s.children(verb, "aux").stream().anyMatch(a -> a.index() < verb.index()
                && !a.word().equalsIgnoreCase("to"));
        return PosTags.isFinite(tag) || (hasAux && (tag.equals("VB") || tag.equals("VBN")));
    }

    /**
     * "She cut the debt to $4,000 in two years, but said P": a verb joined by "but" or "and" to an earlier finite
     * verb shares its subject, however the parser hung it.
     */
    private static Optional<Mention> coordinated(ParsedSentence s, IndexedWord verb, String text) {
        boolean joined = s.children(verb, "cc").stream().anyMatch(c -> c.index() < verb.index());
        return joined ? mainLineSubject(s, verb, text) : Optional.empty();
    }

    /** The active subject of the nearest main-line verb before the cue, as a mention. */
    private static Optional<Mention> mainLineSubject(ParsedSentence s, IndexedWord verb, String text) {
        // Only a verb of the main line: "doesn't care what people think, and says P" is not said by people.
        return earlierSubject(s, verb, text, MAIN_LINE);
    }

    /** The active subject of the nearest verb before the cue that stands in one of the relations, as a mention. */
    private static Optional<Mention> earlierSubject(ParsedSentence s, IndexedWord verb, String text,
                                                    Set<String> relations) {
        for (int i = verb.index() - 1; i >= 1; i--) {
            IndexedWord earlier = s.node(i);
            // Any verb form: the parser that lost the cue's subject often tags the earlier verb as a participle.
            if (earlier == null || earlier.tag() == null || !earlier.tag().startsWith("VB")
                    || !relations.contains(s.relationToParent(earlier))) {
                continue;
            }
            Optional<IndexedWord> subject = s.children(earlier, "nsubj").stream()
                    .filter(n -> !s.relationToParent(n).equals("nsubj:pass") && n.index() < earlier.index())
                    .filter(n -> !PosTags.opensRelativeClause(n.tag()))
                    .findFirst();
            if (subject.isPresent()) {
                return CueFrames.mention(s, subject.get(), text, List.of());
            }
        }
        return Optional.empty();
    }

    /**
     * "Though at the hearing she used stronger words, saying P": with no main-line verb before it (the parser made
     * the participle the head of the sentence), the participle closes the clause of the nearest verb before it with
     * an active subject, unless that verb sits in a relative clause or a reported one.
     */
    private static Optional<Mention> subordinateSubject(ParsedSentence s, IndexedWord verb, String text) {
        return earlierSubject(s, verb, text, Set.of("advcl"));
    }

    /**
     * "Sen. Ann Roe, who faces a close race, withdrew her support, saying P": when the parser read the sentence as
     * one long noun phrase, its head, a noun that can act before the participle, is who speaks; the participle's
     * words stay out of the mention, and so does the main verb the parser joined to the relative clause
     * ("withdrew her support").
     */
    private static Optional<Mention> fragmentHead(ParsedSentence s, IndexedWord verb, String text) {
        Optional<IndexedWord> head = s.parent(verb)
                .filter(h -> s.relationToParent(h).equals("root") && h.index() < verb.index()
                        && h.tag() != null && h.tag().startsWith("NN") && CueFrames.canAct(s, h));
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<IndexedWord> notSource = new ArrayList<>(List.of(verb));
        s.children(head.get(), "acl:relcl").forEach(clause -> s.children(clause, "conj").stream()
                .filter(c -> c.tag() != null && c.tag().startsWith("VB")).forEach(notSource::add));
        return CueFrames.mention(s, head.get(), text, List.of(), notSource);
    }

    /**
     * "Roe, who worked for the mayor, said P" and "The last man to run says P": the words from the sentence's
     * start to the verb (its auxiliaries and adverbs left out) when they make one noun phrase, relative clauses
     * and participles included.
     */
    private static Optional<Mention> opening(ParsedSentence s, IndexedWord verb, String text) {
        // "BOSTON - Roe said": the subject starts after the dateline.
        Optional<Mention> fromStart = phraseBefore(s, verb, Dateline.end(s) + 1);
        if (fromStart.isPresent()) {
            return fromStart;
        }
        // "…, and Trump vowed to P", "…; but Lee, who runs the firm, said P", "…, as the head of the board has
        // accused P": a clause joined to the sentence by a conjunction or a subordinating word after a comma or
        // semicolon opens with its own subject, which the parser may have lost.
        int joined = clauseJoin(s, verb);
        Optional<Mention> afterJoin = joined > 0 ? phraseBefore(s, verb, joined + 1) : Optional.empty();
        if (afterJoin.isPresent()) {
            return afterJoin;
        }
        // "Despite being surrounded by critics, led by Y, Trump has said P": after an opening phrase, the plain
        // noun phrase between the last comma and the verb.
        int comma = lastCommaBefore(s, verb);
        return comma > 0 ? phraseBefore(s, verb, comma + 1).filter(m -> plainNounPhrase(s, comma + 1, verb))
                : Optional.empty();
    }

    /** Where the verb's clause joins the sentence (a conjunction or subordinator after a comma, a semicolon, a dash), or 0. */
    private static int clauseJoin(ParsedSentence s, IndexedWord verb) {
        for (int i = verb.index() - 1; i >= 2; i--) {
            String word = s.token(i).word();
            boolean conjunction = s.tag(i).equals("CC") || SUBORDINATORS.contains(word.toLowerCase(Locale.ROOT));
            String before = s.token(i - 1).word();
            if (conjunction && (before.equals(",") || before.equals(";"))) {
                return i;
            }
            // "… than Mr. Roe - 60 percent of voters said P": a dash, like a semicolon, starts a clause of its own.
            if (word.equals(";") || DASHES.contains(word)) {
                return i;
            }
        }
        return 0;
    }

    /** The position of the last comma before the verb, or 0. */
    private static int lastCommaBefore(ParsedSentence s, IndexedWord verb) {
        for (int i = verb.index() - 1; i >= 1; i--) {
            if (s.token(i).word().equals(",")) {
                return i;
            }
        }
        return 0;
    }

    /** True when the words from {@code start} up to the verb's auxiliaries are names, nouns and their modifiers. */
    private static boolean plainNounPhrase(ParsedSentence s, int start, IndexedWord verb) {
        int end = verb.index() - 1;
        while (end >= start && isCuePart(s, end)) {
            end--;
        }
        for (int i = start; i <= end; i++) {
            if (!NAME_TAGS.contains(s.tag(i)) && !s.tag(i).equals("POS")) {
                return false;
            }
        }
        return end >= start;
    }

    /**
     * The noun phrase from {@code start} up to the verb (its auxiliaries and adverbs left out), relative clauses and
     * participles included; empty when the words there are no single noun phrase.
     */
    private static Optional<Mention> phraseBefore(ParsedSentence s, IndexedWord verb, int start) {
        int end = verb.index() - 1;
        while (end >= 1 && isCuePart(s, end)) {
            end--;
        }
        // "X tended to support": an infinitive's subject is its governor's, found in the tree or not at all.
        if (end >= 1 && (s.tag(end).equals("TO") || s.token(end).word().equalsIgnoreCase("to"))) {
            return Optional.empty();
        }
        // "Roe, who runs the firm, on Sunday defended": the time phrase frames the clause, it names no one.
        if (end >= 2 && TimeWords.isTimeWord(s.token(end).word()) && s.tag(end - 1).equals("IN")) {
            end -= 2;
        }
        int n = s.tokens().size();
        if (end < start || end - start + 1 > MAX_TOKENS || !OPENERS.contains(s.tag(start)) || n < 2) {
            return Optional.empty();
        }
        boolean inRelative = false;
        int commas = 0;
        for (int i = start; i <= end; i++) {
            String tag = s.tag(i);
            if (BREAKS.contains(tag) || BREAKS.contains(s.token(i).word())) {
                return Optional.empty();
            }
            if (s.token(i).word().equals(",")) {
                commas++;
            }
            // A finite verb after a relative pronoun belongs to a relative clause inside the subject.
            inRelative |= PosTags.opensRelativeClause(tag);
            if (PosTags.isFiniteOrModal(tag) && !inRelative && !reducedRelative(s, i, start, end)
                    && !contactClause(s, i, start)) {
                return Optional.empty();
            }
            if (tag.equals("CC") && i == start) {
                return Optional.empty();
            }
        }
        // "X did A, and said P": the subject is the earlier verb's, read by the coordinated reading.
        if (s.tag(end).equals("CC")) {
            return Optional.empty();
        }
        // A lone comma before the verb closes an opening phrase ("Yesterday, said"), not an aside of the subject.
        boolean closingComma = s.token(end).word().equals(",");
        if (closingComma && commas < 2) {
            return Optional.empty();
        }
        int head = start;
        while (head < end && NAME_TAGS.contains(s.tag(head + 1)) && !s.token(head + 1).word().equals(",")) {
            head++;
        }
        CharSpan span = new CharSpan(s.token(start).beginPosition(), s.token(end).endPosition());
        return Optional.of(new Mention(span, s.index(), head));
    }

    /**
     * "A report issued earlier this year reported P": a regular past tense right after a noun of the subject, running
     * without a comma into the subjectless cue, can only be a participle the tagger read as a past tense. After a
     * comma a clause of its own may follow ("X reported P, while Y has reported Q"); and "was", "had" are no
     * participles ("Roe was a planner - an aide said P").
     */
    private static boolean reducedRelative(ParsedSentence s, int i, int start, int end) {
        if (!"VBD".equals(s.tag(i)) || i <= start || !s.tag(i - 1).startsWith("NN")
                || !s.token(i).word().toLowerCase(Locale.ROOT).endsWith("ed")) {
            return false;
        }
        for (int j = i + 1; j <= end; j++) {
            if (s.token(j).word().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Several people I've spoken with said P", "the voters we met say P": a finite verb whose pronoun subject
     * follows a noun of the subject opens a relative clause without its "who" or "that", which stays in the subject.
     */
    private static boolean contactClause(ParsedSentence s, int i, int start) {
        return i - 2 >= start && s.tag(i - 1).equals("PRP") && s.tag(i - 2).startsWith("NN");
    }

    /** Auxiliaries, negation and adverbs right before the verb belong to the cue: "has also said". */
    static boolean isCuePart(ParsedSentence s, int i) {
        String tag = s.tag(i);
        return tag.equals("MD") || tag.equals("RB") || (tag.startsWith("VB") && isAuxiliary(s, i));
    }

    private static boolean isAuxiliary(ParsedSentence s, int i) {
        IndexedWord node = s.node(i);
        return node != null && s.relationToParent(node).startsWith("aux");
    }

}
