package org.claimgraph.stance;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * Finds two negations that cancel in a clause: a negative quantifier ("no patient", "nobody", "never") with a second
 * negation in its scope ("without a bed", "unpaid", "did not warn"). Such a clause asserts the positive, so it is
 * read as plain. The negation words are {@link Negation}'s ({@code negation.tsv}); the negating prefixes are
 * {@code double-negations.tsv}'s.
 */
final class DoubleNegation {

    private static final List<String[]> ROWS = TsvResource.rows("double-negations.tsv");
    private static final Set<String> PREFIXES = words("prefix");
    private static final Set<String> NOT_PREFIXES = words("not-prefix");
    /** Relations through which a quantifier word takes the clause in its scope: as its subject or object. */
    private static final List<String> ARGUMENTS = List.of("nsubj", "obj");
    /** Tags of a word that a negating prefix can negate: adjectives and participles ("unpaid", "unrepaired"). */
    private static final List<String> PREFIXED_TAGS = List.of("JJ", "VBN");

    private DoubleNegation() {
    }

    /** True when the clause headed here holds a negative quantifier and a second negation in its scope. */
    static boolean cancels(ParsedSentence s, IndexedWord head) {
        List<IndexedWord> quantified = quantifiedArguments(s, head);
        boolean never = s.children(head, "advmod").stream().anyMatch(w -> isQuantifier(s, w));
        if (quantified.isEmpty() && !never) {
            return false;
        }
        // "Nobody did not vote": a negating adverb other than the quantifier itself.
        boolean secondAdverb = s.children(head, "advmod").stream()
                .filter(w -> !isQuantifier(s, w)).anyMatch(w -> Negation.isNegatingAdverb(s, w.index()));
        return secondAdverb || secondNegation(s, head)
                || !quantified.isEmpty() && negatedCompletion(s, head, quantified);
    }

    /**
     * True when the clause has a negation besides a quantifier, one that would cancel it: a "without" phrase or a
     * negating prefix ("No bill goes through without a debate", whatever the parser made of the "No").
     */
    static boolean secondNegation(ParsedSentence s, IndexedWord head) {
        return withoutPhrase(s, head) || prefixed(s, head);
    }

    /** The clause's subjects and objects that are, or are determined by, a negative quantifier ("no patient"). */
    private static List<IndexedWord> quantifiedArguments(ParsedSentence s, IndexedWord head) {
        List<IndexedWord> out = new ArrayList<>();
        for (String rel : ARGUMENTS) {
            for (IndexedWord arg : s.children(head, rel)) {
                if (isQuantifier(s, arg) || s.children(arg, "det").stream().anyMatch(d -> isQuantifier(s, d))) {
                    out.add(arg);
                }
            }
        }
        return out;
    }

    /** True when a phrase or clause on the head opens with "without": "sent home without a bed". */
    private static boolean withoutPhrase(ParsedSentence s, IndexedWord head) {
        List<IndexedWord> phrases = new ArrayList<>(s.children(head, "obl"));
        phrases.addAll(s.children(head, "advcl"));
        return phrases.stream().flatMap(p -> {
            List<IndexedWord> openers = new ArrayList<>(s.children(p, "case"));
            openers.addAll(s.children(p, "mark"));
            return openers.stream();
        }).anyMatch(w -> Negation.isNegatingPreposition(s, w.index()));
    }

    /**
     * True when the head, or the word completing it, is an adjective or participle with a negating prefix. A truth
     * predicate's prefix is not counted: "untrue" already calls its subject false, and "none of the reports is
     * untrue" turns that once.
     */
    private static boolean prefixed(ParsedSentence s, IndexedWord head) {
        List<IndexedWord> predicates = new ArrayList<>(List.of(head));
        predicates.addAll(s.children(head, "xcomp"));
        // The parser may take "left unrepaired" as a verb and its object; the tag still shows the predicate.
        predicates.addAll(s.children(head, "obj"));
        return predicates.stream().anyMatch(DoubleNegation::hasNegatingPrefix);
    }

    private static boolean hasNegatingPrefix(IndexedWord w) {
        String word = lower(w);
        return w.tag() != null && PREFIXED_TAGS.stream().anyMatch(w.tag()::startsWith)
                && (w.lemma() == null || TruthPredicates.judgement(w.lemma().toLowerCase(Locale.ROOT)).isEmpty())
                && PREFIXES.stream().anyMatch(p -> word.startsWith(p) && word.length() > p.length() + 2)
                && NOT_PREFIXES.stream().noneMatch(word::startsWith);
    }

    /**
     * True when a clause completing the head ("nobody can say that we did not warn them") or the quantified noun ("no
     * risk that the plant will not reopen") is negated. A relative clause is no completion: "no worker who did not
     * strike was fired" keeps its one negation.
     */
    private static boolean negatedCompletion(ParsedSentence s, IndexedWord head, List<IndexedWord> quantified) {
        List<IndexedWord> clauses = new ArrayList<>(s.children(head, "ccomp"));
        for (IndexedWord arg : quantified) {
            clauses.addAll(s.children(arg, "ccomp"));
            s.children(arg, "acl").stream().filter(c -> s.relationToParent(c).equals("acl")).forEach(clauses::add);
        }
        return clauses.stream().anyMatch(c -> !Negation.of(s, c).isEmpty());
    }

    private static boolean isQuantifier(ParsedSentence s, IndexedWord w) {
        return Negation.isQuantifier(s, w.index());
    }

    private static String lower(IndexedWord w) {
        return w.word().toLowerCase(Locale.ROOT);
    }

    private static Set<String> words(String kind) {
        return ROWS.stream().filter(r -> r[1].equals(kind)).map(r -> r[0]).collect(Collectors.toUnmodifiableSet());
    }
}
