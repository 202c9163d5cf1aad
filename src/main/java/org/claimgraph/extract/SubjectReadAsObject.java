package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.annotate.PosTags;

/**
 * "X says the state and its partners should pay", "X hopes his campaign could score a win": without "that", the
 * parser may read the reported clause's subject as the cue's object and hang the clause's predicate on the cue
 * beside it. The content is that object and the predicate together, which is the clause.
 */
final class SubjectReadAsObject {

    /** Relations by which the parser hangs the lost clause's predicate on the cue beside the object. */
    private static final Set<String> LOOSE_LINKS = Set.of("dep", "obl", "parataxis");

    private SubjectReadAsObject() {
    }

    /**
     * The words of the clause, the object and the predicate right after it, or empty when the cue has no object
     * after it followed at once by a predicate without a subject of its own that carries a tense ("should pay",
     * "ensures", "would be a test").
     */
    static List<Integer> words(ParsedSentence s, IndexedWord verb, List<IndexedWord> cut) {
        Optional<IndexedWord> object = s.children(verb, "obj").stream()
                .filter(o -> o.index() > verb.index()).findFirst();
        if (object.isEmpty()) {
            return List.of();
        }
        int objectEnd = s.subtree(object.get(), List.of()).stream().max(Integer::compare).orElse(object.get().index());
        Optional<IndexedWord> predicate = s.nodes().stream()
                .filter(d -> s.parent(d).map(verb::equals).orElse(false))
                .filter(d -> LOOSE_LINKS.contains(s.baseRelationToParent(d)))
                .filter(d -> s.subtree(d, List.of()).get(0) == objectEnd + 1)
                .filter(d -> s.children(d, "nsubj").isEmpty() && s.children(d, "nsubj:pass").isEmpty())
                .filter(d -> carriesTense(s, d))
                .findFirst();
        if (predicate.isEmpty()) {
            return List.of();
        }
        List<Integer> tokens = new ArrayList<>(s.subtree(object.get(), cut));
        tokens.addAll(s.subtree(predicate.get(), cut));
        // "Roe, who says the bridge must be rebuilt, visited it": a relative clause ends at its comma, whatever
        // the parser hung on its last verb.
        if (s.relationToParent(verb).startsWith("acl")) {
            int end = commaAfter(s, predicate.get().index());
            tokens.removeIf(i -> i >= end);
        }
        return tokens;
    }

    /** The index of the first comma after the token, or past the sentence's end when there is none. */
    private static int commaAfter(ParsedSentence s, int from) {
        for (int i = from + 1; i <= s.tokens().size(); i++) {
            if (s.token(i).word().equals(",")) {
                return i;
            }
        }
        return s.tokens().size() + 1;
    }

    /** A finite verb, or a predicate with a modal or finite auxiliary or copula of its own ("should be", "was"). */
    static boolean carriesTense(ParsedSentence s, IndexedWord predicate) {
        if (predicate.tag() != null && predicate.tag().startsWith("VB") && PosTags.isFiniteOrModal(predicate.tag())) {
            return true;
        }
        List<IndexedWord> helpers = new ArrayList<>(s.children(predicate, "aux"));
        helpers.addAll(s.children(predicate, "cop"));
        return helpers.stream().anyMatch(h -> h.index() < predicate.index() && PosTags.isFiniteOrModal(h.tag()));
    }
}
