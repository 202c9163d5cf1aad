package org.claimgraph.resolve;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.extract.Mention;
import org.claimgraph.group.WordNet;

/**
 * The group a plural pronoun ("they", "their") refers back to: the most prominent plural noun for people or bodies
 * before it, in its own sentence or the two before ("Senate Democrats blocked the bill because they said …").
 */
final class PluralAntecedents {

    /** News refers back with "they" over a sentence or two; further back a speaker is the better guess. */
    private static final int SENTENCES_BACK = 2;
    /** The pronouns that refer back to a group: "they", "them", "their". */
    static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");
    /**
     * The relations of the words that belong to a group's name ("the leaders of the three countries", "activists
     * and intellectuals"); a preposition, a clause or a copula hung on the noun ("to her supporters", "are
     * partisans who …") does not.
     */
    private static final Set<String> NAME_RELATIONS = Set.of("det", "amod", "compound", "nummod", "nmod", "conj",
            "cc", "flat", "advmod");
    /** Words that may stand before a noun inside its phrase when the sentence has no parse. */
    private static final Set<String> PHRASE_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP",
            "NNPS", "PRP$", "POS", "VBN", "HYPH");

    private PluralAntecedents() {
    }

    /**
     * The mention of the group a plural pronoun refers to, if a plural noun for people or bodies precedes it
     * closely enough; {@code quotedApart} says whether a character offset lies in a quotation the pronoun is not in,
     * whose words are the quoted speaker's, not the narrator's.
     */
    static Optional<Mention> of(ParsedArticle doc, Mention pronoun, IntPredicate quotedApart) {
        return of(doc, pronoun, quotedApart, new HashSet<>());
    }

    private static Optional<Mention> of(ParsedArticle doc, Mention pronoun, IntPredicate quotedApart,
            Set<Integer> seen) {
        if (!seen.add(pronoun.span().begin())) {
            return Optional.empty();
        }
        for (int k = pronoun.sentence(); k >= 0 && k >= pronoun.sentence() - SENTENCES_BACK; k--) {
            ParsedSentence s = doc.sentences().get(k);
            int limit = k == pronoun.sentence() ? pronoun.headToken() : s.tokens().size() + 1;
            List<Integer> candidates = new ArrayList<>();
            for (int i = 1; i < limit; i++) {
                if (!quotedApart.test(s.token(i).beginPosition()) && (isGroupNoun(s, i) || isPluralPronoun(s, i))) {
                    candidates.add(i);
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            // The shallowest in the parse is the most prominent (a subject before an object, an object before a
            // noun inside a modifier); among equals, the nearest in its own sentence and the first in one before.
            Comparator<Integer> order = Comparator.comparingInt(i -> depth(s, i));
            order = k == pronoun.sentence() ? order.thenComparing(i -> -i) : order.thenComparing(i -> i);
            int best = candidates.stream().min(order).orElseThrow();
            if (isPluralPronoun(s, best)) {
                return of(doc, new Mention(span(s, best, best), k, best), quotedApart, seen);
            }
            return Optional.of(new Mention(phrase(s, best), k, best));
        }
        return Optional.empty();
    }

    /** A plural noun naming people or bodies ("leaders", "Democrats", "agencies"), not things ("polls", "fares"). */
    private static boolean isGroupNoun(ParsedSentence s, int i) {
        String tag = s.tag(i);
        if (!tag.equals("NNS") && !tag.equals("NNPS")) {
            return false;
        }
        // A noun modifying another noun belongs to a name or a compound ("Muslim Americans for Trump", "voter rolls").
        IndexedWord node = s.node(i);
        boolean modifier = node != null ? s.baseRelationToParent(node).equals("compound")
                : i < s.tokens().size() && s.tag(i + 1).startsWith("NN");
        if (modifier) {
            return false;
        }
        CoreLabel t = s.token(i);
        // A plural-looking name ("Sanders") is one person, whom "they" does not refer to.
        if ("PERSON".equals(t.ner())) {
            return false;
        }
        String lemma = t.lemma() == null ? t.word() : t.lemma();
        return ActorNouns.typeOf(lemma).isPresent() || WordNet.isFirstlyPersonNoun(lemma);
    }

    private static boolean isPluralPronoun(ParsedSentence s, int i) {
        return PLURAL_PRONOUNS.contains(s.token(i).word().toLowerCase(Locale.ROOT));
    }

    /** Steps from the token up to the root; 0 in a sentence without a parse, where order alone decides. */
    private static int depth(ParsedSentence s, int i) {
        int depth = 0;
        Optional<IndexedWord> at = Optional.ofNullable(s.node(i)).flatMap(s::parent);
        while (at.isPresent() && depth < 100) {
            depth++;
            at = s.parent(at.get());
        }
        return depth;
    }

    /**
     * The noun phrase the noun heads: the words of its name in the parse (no preposition, clause or copula),
     * else the run of determiners, adjectives and nouns that ends with it.
     */
    private static CharSpan phrase(ParsedSentence s, int head) {
        IndexedWord node = s.node(head);
        if (node == null) {
            int from = head;
            while (from > 1 && PHRASE_TAGS.contains(s.tag(from - 1))) {
                from--;
            }
            return span(s, from, head);
        }
        List<IndexedWord> cut = s.nodes().stream()
                .filter(n -> s.parent(n).map(p -> p.index() == head).orElse(false))
                .filter(n -> !NAME_RELATIONS.contains(s.baseRelationToParent(n)))
                .toList();
        List<Integer> tokens = s.subtree(node, cut);
        tokens.removeIf(s::isPunctuation);
        List<Integer> run = RoleFinder.contiguous(tokens, head);
        return span(s, run.get(0), run.get(run.size() - 1));
    }

    private static CharSpan span(ParsedSentence s, int from, int to) {
        return new CharSpan(s.token(from).beginPosition(), s.token(to).endPosition());
    }
}
