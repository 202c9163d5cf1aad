package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * Who does a gerund after a preposition ("was criticised by residents for saying P", "accused Roe of claiming P",
 * "has a long record of backing P"): its controller, which PolNeAR gives as the gerund's source, not the agent of a
 * passive nor the noun the gerund hangs on.
 */
final class GerundController {

    /** "lemma preposition" of verbs whose object does a gerund after that preposition ("accused X of lying"). */
    private static final Set<String> OBJECT_CONTROL = TsvResource.rows("gerund-object-controllers.tsv").stream()
            .map(r -> r[0].toLowerCase(Locale.ROOT) + " " + r[1].toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    /** Verbs whose subject holds the noun a gerund hangs on ("has a record of backing"). */
    private static final Set<String> HOLDING_VERBS = TsvResource.words("gerund-holder-verbs.tsv");

    private GerundController() {
    }

    /**
     * True when this rule names the gerund's doer: a gerund after a preposition on a noun, or on a verb or adjective
     * whose object or subject (not simply an active verb's subject, which the general rules give) controls it.
     */
    static boolean decides(ParsedSentence s, IndexedWord gerund) {
        if (onNoun(s, gerund).isPresent()) {
            return true;
        }
        Optional<IndexedWord> governor = onPredicate(s, gerund);
        return governor.isPresent()
                && (controller(s, gerund, governor.get()).isPresent() || s.isPassive(governor.get()));
    }

    /** The gerund's doer where {@link #decides} holds; empty when no one in the sentence controls it. */
    static Optional<IndexedWord> doer(ParsedSentence s, IndexedWord gerund) {
        Optional<IndexedWord> noun = onNoun(s, gerund);
        if (noun.isPresent()) {
            return holder(s, noun.get());
        }
        return onPredicate(s, gerund).flatMap(governor -> controller(s, gerund, governor));
    }

    /**
     * The verb or adjective a gerund after a preposition hangs on as an oblique or adverbial clause ("criticised …
     * for saying", "booed after telling", "right in saying"); empty for any other word.
     */
    private static Optional<IndexedWord> onPredicate(ParsedSentence s, IndexedWord gerund) {
        String relation = s.baseRelationToParent(gerund);
        if (!"VBG".equals(gerund.tag()) || !(relation.equals("obl") || relation.equals("advcl"))
                || preposition(s, gerund).isEmpty()) {
            return Optional.empty();
        }
        return s.parent(gerund).filter(g -> g.tag() != null && (g.tag().startsWith("VB") || g.tag().startsWith("JJ")));
    }

    /** The noun a gerund after a preposition modifies ("a record of backing", "Roe's habit of blaming"). */
    private static Optional<IndexedWord> onNoun(ParsedSentence s, IndexedWord gerund) {
        String relation = s.baseRelationToParent(gerund);
        if (!"VBG".equals(gerund.tag()) || !(relation.equals("acl") || relation.equals("nmod"))
                || preposition(s, gerund).isEmpty()) {
            return Optional.empty();
        }
        return s.parent(gerund).filter(n -> n.tag() != null && n.tag().startsWith("NN"));
    }

    /** The preposition right before a gerund, which the parser makes its case marker or its mark ("after"). */
    private static Optional<IndexedWord> preposition(ParsedSentence s, IndexedWord gerund) {
        List<IndexedWord> markers = new ArrayList<>(s.children(gerund, "case"));
        markers.addAll(s.children(gerund, "mark"));
        return markers.stream()
                .filter(m -> "IN".equals(m.tag()) && m.index() < gerund.index() && !m.word().equalsIgnoreCase("to"))
                .findFirst();
    }

    /**
     * Who does a gerund on a verb or adjective, where it is not simply an active verb's subject: the object of a
     * verb that hands the gerund to it ("accused Roe of claiming", gerund-object-controllers.tsv), the subject of
     * a passive ("was criticised by residents for saying": not the residents) or of an adjective ("was right in
     * saying"); empty where the active subject's rule applies.
     */
    private static Optional<IndexedWord> controller(ParsedSentence s, IndexedWord gerund, IndexedWord governor) {
        String preposition = preposition(s, gerund).map(p -> p.word().toLowerCase(Locale.ROOT)).orElse("");
        if (OBJECT_CONTROL.contains(governor.lemma().toLowerCase(Locale.ROOT) + " " + preposition)) {
            Optional<IndexedWord> object = s.children(governor, "obj").stream()
                    .filter(o -> o.index() > governor.index() && o.index() < gerund.index() && CueFrames.canAct(s, o))
                    .findFirst();
            if (object.isPresent()) {
                return object;
            }
        }
        if (s.isPassive(governor)) {
            return s.children(governor, "nsubj:pass").stream().findFirst();
        }
        return governor.tag().startsWith("JJ") ? s.children(governor, "nsubj").stream().findFirst() : Optional.empty();
    }

    /**
     * The one a noun belongs to: its possessor ("Roe's habit"), else the source of the verb it hangs on when that
     * verb's subject holds it ("Roe has a record", gerund-holder-verbs.tsv) or the noun is a span of time ("after
     * months of …, Roe agreed"); a passive's subject, never its agent. Empty for a noun that is no one's act.
     */
    private static Optional<IndexedWord> holder(ParsedSentence s, IndexedWord noun) {
        Optional<IndexedWord> possessor = s.children(noun, "nmod:poss").stream()
                .filter(p -> CueFrames.canAct(s, p)).findFirst();
        if (possessor.isPresent()) {
            return possessor;
        }
        boolean time = TimeWords.isTimeWord(noun.lemma());
        Optional<IndexedWord> verb = s.parent(noun).filter(v -> v.tag() != null && v.tag().startsWith("VB"))
                .filter(v -> time || HOLDING_VERBS.contains(v.lemma().toLowerCase(Locale.ROOT)));
        if (verb.isEmpty()) {
            return Optional.empty();
        }
        return s.isPassive(verb.get()) ? s.children(verb.get(), "nsubj:pass").stream().findFirst()
                : CueFrames.sourceHead(s, verb.get());
    }
}
