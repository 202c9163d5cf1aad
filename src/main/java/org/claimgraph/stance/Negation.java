package org.claimgraph.stance;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.lexicon.TsvResource;

/**
 * Finds the words that negate a clause ("not", "never", "no unit", "nobody"), from {@code negation.tsv}, each with
 * its positive form for the claim label. Only the clause's own head, subject and object count: a negation in an
 * embedded or relative clause is outside the clause's scope.
 */
final class Negation {

    /** How a negation word attaches, as {@code negation.tsv} names it. */
    private enum Kind {
        ADVERB, QUANTIFYING, DETERMINER, PRONOUN, PREPOSITION, OPENER, IDIOM, POLARITY, UNKNOWING, LIMIT
    }

    private record Entry(List<String> words, Kind kind, String positive) {
    }

    private static final List<Entry> ENTRIES = load();
    /** Negations that over a comparative say "more than ever" ("had never looked stronger"). */
    private static final Set<String> SUPERLATIVE_NEGATIONS = TsvResource.words("superlative-negations.tsv");
    /** Words that give a comparative a standard of its own ("higher than ten dollars"). */
    private static final Set<String> STANDARD_MARKERS = TsvResource.words("comparative-standards.tsv");
    /** Relations through which a clause's head takes the arguments whose negation negates the clause. */
    private static final List<String> ARGUMENTS = List.of("nsubj", "obj");
    /** Relations through which a clause's head takes the words that may open its predicate ("far from"). */
    private static final List<String> OPENER_SITES = List.of("advmod", "aux", "cop");
    /** Tags of a word that cannot follow an opener: "far from the city", "far from home", "far from where he lived". */
    private static final List<String> NOMINAL_TAGS = List.of("DT", "NN", "PRP", "CD", "WRB");
    /** Relations through which a negated clause takes the words its negation calls for ("any", "either"). */
    private static final List<String> POLARITY_SITES = List.of("nsubj", "obj", "obl", "iobj");
    /**
     * Relations through which a clause's predicate takes a comparative: "looked stronger" (xcomp), "more important"
     * (advmod), "a better film" (obj, amod), "a film that is better controlled" (acl:relcl, advmod).
     */
    private static final List<String> COMPARATIVE_SITES = List.of("xcomp", "advmod", "obj", "amod", "acl");
    /** How far below the predicate a comparative is looked for: three steps reach "a film that is better made". */
    private static final int COMPARATIVE_DEPTH = 3;
    /** Tags of the words a negating determiner may stand before: nouns, adjectives and numbers ("no 3D film"). */
    private static final List<String> QUANTIFIED_TAGS = List.of("NN", "JJ", "CD");
    /** Tags of comparative adjectives and adverbs ("stronger", "better", "more"). */
    private static final List<String> COMPARATIVE_TAGS = List.of("JJR", "RBR");

    private Negation() {
    }

    /**
     * The negation words of the clause headed here, each as a label edit to its positive form, with the words the
     * negation calls for ("any" becomes "some"); empty when the clause is not negated, or when its negations cancel
     * ("no patient is sent home without a bed", see {@link DoubleNegation}).
     */
    static List<LabelEdit> of(ParsedSentence s, IndexedWord head) {
        // Every reader of a clause's negation (content, cue, secondary predicate) must see double negations cancel.
        return DoubleNegation.cancels(s, head) ? List.of() : written(s, head);
    }

    /**
     * A negative quantifier that opens the clause's words but that the parser hung elsewhere: "no" taken for an
     * interjection ("no customer had paid to leave"), "nobody" for part of a compound noun ("Nobody set fire to the
     * barn"), "nothing" for the cue's object ("said nothing in the deal allows it"). Opening the clause, it is its
     * subject all the same and negates the clause, as {@link #of} reads a subject's quantifier the parser placed
     * rightly; empty when the clause has a negation of its own or one that cancels it ("without a debate"), or keeps
     * none ("not until", "never better").
     */
    static List<LabelEdit> strayOpening(ParsedSentence s, IndexedWord head, List<CharSpan> clause) {
        if (!written(s, head).isEmpty() || excused(s, head) || DoubleNegation.secondNegation(s, head)) {
            return List.of();
        }
        int first = firstWord(s, clause);
        if (first < 1) {
            return List.of();
        }
        // "No, ..." answers; only "no" before the noun it determines ("no new jobs", "no 3D film") is a quantifier.
        boolean beforeNoun = first < s.tokens().size() && s.tag(first + 1) != null
                && QUANTIFIED_TAGS.stream().anyMatch(s.tag(first + 1)::startsWith);
        Optional<LabelEdit> quantifier = match(s, first, Kind.PRONOUN)
                .or(() -> match(s, first, Kind.DETERMINER).filter(e -> beforeNoun));
        if (quantifier.isEmpty()) {
            return List.of();
        }
        List<LabelEdit> out = new ArrayList<>(List.of(quantifier.get()));
        out.addAll(polarityItems(s, head));
        return out;
    }

    /** The index of the first word of the clause's span that begins with a letter, 0 when there is none. */
    private static int firstWord(ParsedSentence s, List<CharSpan> clause) {
        for (int i = 1; i <= s.tokens().size(); i++) {
            int at = s.token(i).beginPosition();
            if (clause.stream().anyMatch(c -> c.contains(at)) && Character.isLetter(s.token(i).word().charAt(0))) {
                return i;
            }
        }
        return 0;
    }

    /** True when the clause's form keeps a negation from denying it: corrected, limited, superlative or a question. */
    private static boolean excused(ParsedSentence s, IndexedWord head) {
        return corrected(s, head) || limited(s, head) || superlative(s, head) || negativeQuestion(s, head);
    }

    /** The negation words written on the clause headed here, whether or not two of them cancel. */
    private static List<LabelEdit> written(ParsedSentence s, IndexedWord head) {
        List<LabelEdit> out = new ArrayList<>();
        if (excused(s, head)) {
            return out;
        }
        for (String rel : List.of("advmod", "neg")) {
            s.children(head, rel).forEach(w -> adverb(s, w.index()).ifPresent(out::add));
        }
        out.addAll(beforeInfinitiveOfBe(s, head));
        // "at no point", "in no way": an oblique whose "no" begins a negating phrase.
        for (IndexedWord obl : s.children(head, "obl")) {
            s.children(obl, "det").forEach(d -> match(s, d.index(), Kind.ADVERB).ifPresent(out::add));
        }
        s.children(head, "case").forEach(c -> match(s, c.index(), Kind.PREPOSITION).ifPresent(out::add));
        // A nominal predicate's own determiner: "there will be no plan", "the deal is no secret".
        if (head.tag() != null && head.tag().startsWith("NN")) {
            s.children(head, "det").forEach(d -> match(s, d.index(), Kind.DETERMINER).ifPresent(out::add));
        }
        out.addAll(openers(s, head));
        for (String rel : ARGUMENTS) {
            for (IndexedWord arg : s.children(head, rel)) {
                match(s, arg.index(), Kind.PRONOUN).ifPresent(out::add);
                s.children(arg, "det").forEach(d -> match(s, d.index(), Kind.DETERMINER).ifPresent(out::add));
            }
        }
        if (!out.isEmpty()) {
            out.addAll(polarityItems(s, head));
        }
        return out;
    }

    /**
     * The phrases that open the clause's predicate and say it does not hold ("far from over", "anything but
     * easy", "has yet to pay"): on the head itself or a word hung on it, and followed by no noun phrase.
     */
    private static List<LabelEdit> openers(ParsedSentence s, IndexedWord head) {
        List<IndexedWord> sites = new ArrayList<>(List.of(head));
        OPENER_SITES.forEach(rel -> sites.addAll(s.children(head, rel)));
        List<LabelEdit> out = new ArrayList<>();
        for (IndexedWord w : sites) {
            match(s, w.index(), Kind.OPENER).filter(e -> !beforeNounPhrase(s, e.span()))
                    .filter(e -> !out.contains(e)).ifPresent(out::add);
        }
        return out;
    }

    /** True when the word after the span begins a noun phrase, or there is none. */
    private static boolean beforeNounPhrase(ParsedSentence s, CharSpan span) {
        for (int i = 1; i <= s.tokens().size(); i++) {
            if (s.token(i).beginPosition() >= span.end()) {
                String tag = s.tag(i);
                return tag == null || NOMINAL_TAGS.stream().anyMatch(tag::startsWith);
            }
        }
        return true;
    }

    /** The words the clause's negation calls for: "any" and "anyone" on its arguments, "either" and "yet" on it. */
    private static List<LabelEdit> polarityItems(ParsedSentence s, IndexedWord head) {
        List<LabelEdit> out = new ArrayList<>();
        match(s, head.index(), Kind.POLARITY).ifPresent(out::add);
        s.children(head, "advmod").forEach(w -> match(s, w.index(), Kind.POLARITY).ifPresent(out::add));
        for (String rel : POLARITY_SITES) {
            for (IndexedWord arg : s.children(head, rel)) {
                match(s, arg.index(), Kind.POLARITY).ifPresent(out::add);
                s.children(arg, "det").forEach(d -> match(s, d.index(), Kind.POLARITY).ifPresent(out::add));
            }
        }
        return out;
    }

    /**
     * "is not politics but property", "did not retreat but advanced": a negation corrected by a "but" conjunct
     * that shares the clause's subject asserts the correction rather than denying the clause.
     */
    private static boolean corrected(ParsedSentence s, IndexedWord head) {
        return s.children(head, "conj").stream().anyMatch(c -> s.children(c, "nsubj").isEmpty()
                && s.children(c, "cc").stream().anyMatch(w -> w.word().equalsIgnoreCase("but")));
    }

    /**
     * "The boiler was not to blame", "the fee is not to be paid": the parser hangs the negation of "be to" on the
     * infinitive, though it negates the whole predicate.
     */
    private static List<LabelEdit> beforeInfinitiveOfBe(ParsedSentence s, IndexedWord head) {
        List<LabelEdit> out = new ArrayList<>();
        if (!"be".equalsIgnoreCase(head.lemma())) {
            return out;
        }
        // The parser takes the infinitive as an open or, at times, a closed complement; "to" marks it either way.
        List<IndexedWord> infinitives = Stream.of("xcomp", "ccomp").flatMap(rel -> s.children(head, rel).stream())
                .filter(w -> s.children(w, "mark").stream().anyMatch(m -> m.word().equalsIgnoreCase("to")))
                .toList();
        for (IndexedWord infinitive : infinitives) {
            for (String rel : List.of("advmod", "neg")) {
                s.children(infinitive, rel).stream().filter(w -> w.index() < infinitive.index())
                        .forEach(w -> adverb(s, w.index()).ifPresent(out::add));
            }
        }
        return out;
    }

    /**
     * "Isn't it clear that the plan failed?", "Wouldn't this be a good time to stop?": a question whose negated
     * auxiliary or copula comes before its subject asks the hearer to agree that it is so. Its negation is the
     * question's form, and it denies nothing.
     */
    private static boolean negativeQuestion(ParsedSentence s, IndexedWord head) {
        Optional<IndexedWord> subject = s.child(head, "nsubj");
        if (subject.isEmpty() || s.tokens().stream().noneMatch(t -> t.word().equals("?"))) {
            return false;
        }
        int subjectAt = subject.get().index();
        Optional<IndexedWord> inverted = Stream.of("aux", "cop").flatMap(rel -> s.children(head, rel).stream())
                .filter(w -> w.index() < subjectAt).min(Comparator.comparingInt(IndexedWord::index));
        boolean negated = Stream.of("advmod", "neg").flatMap(rel -> s.children(head, rel).stream())
                .anyMatch(w -> isNegatingAdverb(s, w.index()));
        // A yes-no question only: "Why wouldn't it work?" asks for a reason, and its negation stays.
        return inverted.isPresent() && negated && !whWordBefore(s, inverted.get().index());
    }

    /** True when a wh-word ("why", "who", "which") comes before the token at this index. */
    private static boolean whWordBefore(ParsedSentence s, int index) {
        for (int i = 1; i < index; i++) {
            String tag = s.tag(i);
            if (tag != null && tag.startsWith("W")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "had never looked stronger", "has never made a better film": a negation from
     * {@code superlative-negations.tsv} over a comparative says "more than ever", which asserts the clause rather
     * than denying it.
     */
    private static boolean superlative(ParsedSentence s, IndexedWord head) {
        boolean negated = s.children(head, "advmod").stream()
                .anyMatch(w -> SUPERLATIVE_NEGATIONS.contains(w.word().toLowerCase(Locale.ROOT)));
        return negated && comparative(s, head, COMPARATIVE_DEPTH) && !statedStandard(s, head);
    }

    /**
     * True when a "than" phrase ({@code comparative-standards.tsv}) on the clause's head or on a comparative names
     * what is compared with ("had never been higher than ten dollars", "never paid less than the minimum wage"):
     * the comparison is then with that standard, not with every other time, and the negation keeps its denial.
     */
    private static boolean statedStandard(ParsedSentence s, IndexedWord head) {
        return s.nodes().stream().filter(w -> STANDARD_MARKERS.contains(w.word().toLowerCase(Locale.ROOT)))
                .flatMap(w -> s.parent(w).stream())
                .flatMap(p -> Stream.concat(Stream.of(p), s.parent(p).stream()))
                .anyMatch(g -> g.equals(head) || (g.tag() != null && COMPARATIVE_TAGS.contains(g.tag())));
    }

    /** True when the word, or a word it takes within the given depth, is a comparative. */
    private static boolean comparative(ParsedSentence s, IndexedWord w, int depth) {
        if (w.tag() != null && COMPARATIVE_TAGS.contains(w.tag())) {
            return true;
        }
        if (depth == 0) {
            return false;
        }
        return COMPARATIVE_SITES.stream().flatMap(rel -> s.children(w, rel).stream())
                .anyMatch(c -> comparative(s, c, depth - 1));
    }

    /**
     * "would not start until 2007": a phrase of the clause (or of the verb it governs) saying until when the
     * negation holds makes the clause say when the event happens, not that it does not.
     */
    static boolean limited(ParsedSentence s, IndexedWord head) {
        // The phrase may hang on the verb the negated one governs: "is not expected to start until 2007".
        return hasPhrase(s, head, Kind.LIMIT)
                || s.children(head, "xcomp").stream().anyMatch(x -> hasPhrase(s, x, Kind.LIMIT));
    }

    /** True when the word takes an oblique or nominal phrase opened by a preposition of the given kind. */
    private static boolean hasPhrase(ParsedSentence s, IndexedWord word, Kind kind) {
        List<IndexedWord> phrases = new ArrayList<>(s.children(word, "obl"));
        phrases.addAll(s.children(word, "nmod"));
        return phrases.stream().flatMap(p -> s.children(p, "case").stream())
                .anyMatch(c -> match(s, c.index(), kind).isPresent());
    }

    /** True when the clause says its speaker does not know ("I have no idea"): a question, not a denial. */
    static boolean unknowing(ParsedSentence s, IndexedWord head) {
        return s.children(head, "obj").stream().flatMap(o -> s.children(o, "det").stream())
                .anyMatch(d -> match(s, d.index(), Kind.UNKNOWING).isPresent());
    }

    /** True when a token is a negating adverb ("not", "n't", "never") and not part of an idiom ("not only"). */
    static boolean isNegatingAdverb(ParsedSentence s, int token) {
        return adverb(s, token).isPresent();
    }

    /** The edit for a negating adverb, plain ("not") or quantifying ("never"). */
    private static Optional<LabelEdit> adverb(ParsedSentence s, int token) {
        return match(s, token, Kind.ADVERB).or(() -> match(s, token, Kind.QUANTIFYING));
    }

    /**
     * True when a token is a negative quantifier, which takes its whole clause in its scope: a negating determiner
     * or pronoun ("no patient", "nobody") or a quantifying adverb ("never"), not part of an idiom ("no doubt").
     */
    static boolean isQuantifier(ParsedSentence s, int token) {
        return match(s, token, Kind.QUANTIFYING).isPresent() || match(s, token, Kind.DETERMINER).isPresent()
                || match(s, token, Kind.PRONOUN).isPresent();
    }

    /** True when a token is a negating preposition ("without"). */
    static boolean isNegatingPreposition(ParsedSentence s, int token) {
        return match(s, token, Kind.PREPOSITION).isPresent();
    }

    /**
     * The edit for the token at this (1-based) index if it is a negation of the given kind: the longest entry
     * that matches the token with its neighbours; none when that entry is of another kind or an idiom.
     */
    private static Optional<LabelEdit> match(ParsedSentence s, int token, Kind kind) {
        String word = lower(s, token);
        Entry best = null;
        int bestFirst = 0;
        for (Entry e : ENTRIES) {
            for (int j = 0; j < e.words().size(); j++) {
                int first = token - j;
                if (e.words().get(j).equals(word) && matchesAt(s, e, first)
                        && (best == null || e.words().size() > best.words().size())) {
                    best = e;
                    bestFirst = first;
                }
            }
        }
        if (best == null || best.kind() != kind) {
            return Optional.empty();
        }
        int last = bestFirst + best.words().size() - 1;
        CharSpan span = new CharSpan(s.token(bestFirst).beginPosition(), s.token(last).endPosition());
        return Optional.of(new LabelEdit(span, best.positive()));
    }

    private static boolean matchesAt(ParsedSentence s, Entry e, int first) {
        int n = e.words().size();
        if (first < 1 || first + n - 1 > s.tokens().size()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (!e.words().get(k).equals(lower(s, first + k))) {
                return false;
            }
        }
        return true;
    }

    private static String lower(ParsedSentence s, int token) {
        return s.token(token).word().toLowerCase(Locale.ROOT);
    }

    private static List<Entry> load() {
        List<Entry> out = new ArrayList<>();
        for (String[] row : TsvResource.rows("negation.tsv")) {
            String positive = row[2].equals("-") ? "" : row[2];
            out.add(new Entry(List.of(row[0].toLowerCase(Locale.ROOT).split(" ")),
                    Kind.valueOf(row[1].toUpperCase(Locale.ROOT)), positive));
        }
        out.sort(Comparator.comparingInt(e -> -e.words().size()));
        return List.copyOf(out);
    }
}
