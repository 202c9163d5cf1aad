package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.annotate.PosTags;

/**
 * Reads the infinitive a cue noun takes as its content: "her plan to raise taxes", "his vow to repeal the law".
 * Only nouns whose verb takes an infinitive as its content in the cue lexicon ("plans to", "vowed to") take one.
 * The parser often makes the noun the subject of the infinitive instead ("plan" under "raise" as "nsubj"), and
 * hangs the rest of the sentence on the infinitive's verb.
 */
final class NounInfinitive {

    /** Dependents of a misread infinitive's verb that belong to the infinitive: its objects, phrases and clauses. */
    private static final Set<String> OWN_PARTS = Set.of("obj", "iobj", "obl", "xcomp", "ccomp", "advmod",
            "compound", "advcl", "nmod");

    private NounInfinitive() {
    }

    /**
     * The head of the infinitive the noun takes: a clause on the noun opened by "to" ("acl"), or the verb the
     * parser made the noun the subject of, when "to" follows the noun's phrase at once.
     */
    static Optional<IndexedWord> head(ParsedSentence s, IndexedWord noun) {
        boolean takesInfinitive = CueLexicon.standard().lookup(noun.lemma())
                .map(c -> c.takes(CueLexicon.Frame.XCOMP)).orElse(false);
        if (!takesInfinitive) {
            return Optional.empty();
        }
        // Not "calls for her to bow out": a clause with a subject of its own ("for her") is a topic, read as one.
        Optional<IndexedWord> clause = s.children(noun, "acl").stream()
                .filter(a -> a.index() > noun.index() && to(s, a).isPresent() && s.children(a, "mark").size() == 1)
                .findFirst();
        if (clause.isPresent()) {
            return clause;
        }
        return s.parent(noun).filter(v -> isMisreadSubject(s, noun, v));
    }

    /** True when the infinitive is the verb the parser made the noun the subject of ("plan" under "raise"). */
    static boolean isMisread(ParsedSentence s, IndexedWord noun, IndexedWord head) {
        return s.parent(noun).map(head::equals).orElse(false);
    }

    /**
     * The content's tokens for a misread infinitive: "to", its verb, and the verb's objects, phrases and clauses
     * after "to", without what the parser hung on it from the rest of the sentence (conjuncts, the main clause).
     * The sentence's own finite verb, which the parser may also hang on the infinitive ("Her pledge to cut the
     * fees angered the traders", with "fees" as the subject of "angered"), ends the content: all words before it.
     */
    static List<Integer> misreadTokens(ParsedSentence s, IndexedWord verb) {
        int from = to(s, verb).map(IndexedWord::index).orElse(verb.index());
        List<IndexedWord> children = s.nodes().stream()
                .filter(c -> c.index() > from && s.parent(c).map(verb::equals).orElse(false)).toList();
        int stop = children.stream().filter(c -> isMainPredicate(s, c)).mapToInt(IndexedWord::index).min()
                .orElse(Integer.MAX_VALUE);
        List<Integer> out = new ArrayList<>(List.of(from, verb.index()));
        for (IndexedWord child : children) {
            if (OWN_PARTS.contains(s.baseRelationToParent(child))) {
                out.addAll(s.subtree(child, List.of()));
            }
        }
        if (stop != Integer.MAX_VALUE) {
            for (int i = from; i < stop; i++) {
                out.add(i);
            }
        }
        return out.stream().filter(i -> i < stop).distinct().sorted().toList();
    }

    /** A finite verb without a subordinator: the sentence's own predicate, not part of the infinitive. */
    private static boolean isMainPredicate(ParsedSentence s, IndexedWord word) {
        boolean finite = PosTags.isFinite(word.tag());
        return finite && s.children(word, "mark").isEmpty();
    }

    private static boolean isMisreadSubject(ParsedSentence s, IndexedWord noun, IndexedWord verb) {
        if (!s.relationToParent(noun).equals("nsubj") || verb.tag() == null || !verb.tag().startsWith("VB")) {
            return false;
        }
        int phraseEnd = s.subtree(noun, List.of()).stream().max(Integer::compare).orElse(noun.index());
        return to(s, verb).map(t -> t.index() == phraseEnd + 1).orElse(false);
    }

    private static Optional<IndexedWord> to(ParsedSentence s, IndexedWord verb) {
        return s.children(verb, "mark").stream().filter(m -> m.word().equalsIgnoreCase("to")).findFirst();
    }
}
