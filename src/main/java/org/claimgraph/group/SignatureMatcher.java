package org.claimgraph.group;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * Decides whether claims state the same proposition from their signatures. Events are related when equal,
 * when WordNet makes them synonyms or derivations of each other ("invade" ~ "invasion"), or when one
 * names the other in a gloss ("besiege: surround so as to …"). Arguments are related in the same ways except glosses,
 * and also when one is a hypernym of the other ("troop" ~ "unit"), when both lie close below one hypernym
 * ({@link ArgumentSimilarity}: "fare" ~ "price") or, for names, when one pertains to the
 * other ("Ukrainian" ~ "Ukraine"), and when news uses them for one participant ({@link ArgumentParaphrases}:
 * "data" ~ "records").
 */
final class SignatureMatcher {

    private static final int MIN_GLOSS_WORD = 4;
    /**
     * Words with more senses than this match only by identity or derivation: WordNet gives "find" and "meet"
     * a shared first sense ("encounter") that news rarely means ("found him charming", "met him").
     */
    private static final int MAX_SENSES = 8;

    private final WordNet wordNet;
    private final ArgumentSimilarity similarity;

    SignatureMatcher(WordNet wordNet) {
        this.wordNet = wordNet;
        this.similarity = new ArgumentSimilarity(wordNet);
    }

    /** True when the two claims have a related event and a related argument: one proposition, within an article. */
    boolean same(ClaimSignature a, ClaimSignature b) {
        return a.substantive() && b.substantive() && sameEvent(a, b) && sharesArgument(a, b.arguments());
    }

    /** True when some event of one is related to some event of the other. */
    boolean sameEvent(ClaimSignature a, ClaimSignature b) {
        for (ClaimSignature.Term x : a.events()) {
            for (ClaimSignature.Term y : b.events()) {
                if (related(x, y, true)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when both claims name what their event is done to and no object of one is related to one of the other:
     * "had lost sponsors" and "had lost his national title" are two losses, whatever else they share.
     */
    boolean otherObjects(ClaimSignature a, ClaimSignature b) {
        if (!a.bothHaveObjects(b)) {
            return false;
        }
        for (ClaimSignature.Term x : a.objects()) {
            for (ClaimSignature.Term y : b.objects()) {
                if (related(x, y, false)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when both claims name participants or places and no name of one is related to a name of the other: "shut
     * the Kelby factory" and "keep the Ashmoor plant open" are about two plants, and opposite events of one topic are
     * told of different things far more often than the same event is.
     */
    boolean otherNames(ClaimSignature a, ClaimSignature b) {
        List<ClaimSignature.Term> na = names(a);
        List<ClaimSignature.Term> nb = names(b);
        return !na.isEmpty() && !nb.isEmpty()
                && na.stream().noneMatch(x -> nb.stream().anyMatch(y -> related(x, y, false)));
    }

    private static List<ClaimSignature.Term> names(ClaimSignature s) {
        return s.arguments().stream().filter(t -> t.pos() == ClaimSignature.Pos.NAME).toList();
    }

    /** True when some argument of the signature is related to one of {@code others}. */
    boolean sharesArgument(ClaimSignature a, Collection<ClaimSignature.Term> others) {
        for (ClaimSignature.Term x : a.arguments()) {
            for (ClaimSignature.Term y : others) {
                if (related(x, y, false)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when two words are related as events ({@code event}: glosses count) or as arguments (hypernyms count). */
    boolean related(ClaimSignature.Term x, ClaimSignature.Term y, boolean event) {
        if (EventParaphrases.storyOnly(x) || EventParaphrases.storyOnly(y)) {
            // Sets of rises and falls join claims of two articles on one story. Within an article every claim is of
            // the story, and a rise of prices and a rise of costs (similar nouns) are different claims of it.
            return false;
        }
        if (x.lemma().equals(y.lemma()) || x.word().equals(y.word())) {
            return true;
        }
        if (EventParaphrases.isSet(x) || EventParaphrases.isSet(y)) {
            // A set's name is no word: WordNet would read "set:strike" as the word "set", common to every set.
            return false;
        }
        if (x.pos() == ClaimSignature.Pos.NAME || y.pos() == ClaimSignature.Pos.NAME) {
            return !event && intersects(wordNet.nameRelatives(x.word()), wordNet.nameRelatives(y.word()));
        }
        if (derived(x, y) || derived(y, x)) {
            return true;
        }
        if (!event && ArgumentParaphrases.related(x.lemma(), y.lemma())) {
            return true;
        }
        if (event && (sameFirstSense(x, y) || similarAdjectives(x, y))) {
            return true;
        }
        boolean specific = wordNet.senseCount(x.word(), pos(x)) <= MAX_SENSES
                && wordNet.senseCount(y.word(), pos(y)) <= MAX_SENSES;
        if (!specific) {
            return false;
        }
        if (synonyms(x, y)) {
            return true;
        }
        if (event) {
            return mentions(wordNet.glossWords(y.lemma(), pos(y)), x)
                    || mentions(wordNet.glossWords(x.lemma(), pos(x)), y);
        }
        return pos(x) == POS.NOUN && pos(y) == POS.NOUN && (isA(x, y) || isA(y, x) || similar(x, y));
    }

    /** True when two common nouns lie close together below a shared hypernym ("fare" ~ "price"). */
    boolean similar(ClaimSignature.Term x, ClaimSignature.Term y) {
        return x.pos() == ClaimSignature.Pos.NOUN && y.pos() == ClaimSignature.Pos.NOUN
                && similarity.similar(x.word(), y.word());
    }

    /**
     * True when two event words are the same, one is derived from the other itself or from a synonym of it
     * ("invade" ~ "invasion", "steal" ~ "theft" through "stealing"), they are adjectives WordNet marks similar
     * ("genuine" ~ "authentic"), or both are verbs of few senses and one is
     * named in the gloss of the other ("buy: obtain by purchase; acquire …"). Across articles, shared synonyms,
     * derivations through other words of a sense ("energy" ~ "campaign" through "energize, campaign") and the
     * glosses of nouns ("attempt: … intended to accomplish") relate far too much.
     */
    boolean closeEvents(ClaimSignature.Term x, ClaimSignature.Term y) {
        if (x.lemma().equals(y.lemma()) || x.word().equals(y.word())) {
            return true;
        }
        if (EventParaphrases.isSet(x) || EventParaphrases.isSet(y)
                || x.pos() == ClaimSignature.Pos.NAME || y.pos() == ClaimSignature.Pos.NAME) {
            return false;
        }
        if (ownlyDerived(x, y) || ownlyDerived(y, x) || similarAdjectives(x, y)) {
            return true;
        }
        boolean verbs = x.pos() == ClaimSignature.Pos.VERB && y.pos() == ClaimSignature.Pos.VERB;
        boolean specific = wordNet.senseCount(x.word(), pos(x)) <= MAX_SENSES
                && wordNet.senseCount(y.word(), pos(y)) <= MAX_SENSES;
        return verbs && specific && (named(wordNet.glossWords(y.lemma(), pos(y)), x)
                || named(wordNet.glossWords(x.lemma(), pos(x)), y));
    }

    /** True when a word derived from {@code x} itself is {@code y} or one of its first-sense synonyms. */
    private boolean ownlyDerived(ClaimSignature.Term x, ClaimSignature.Term y) {
        Set<String> derived = wordNet.ownDerivations(x.word(), pos(x));
        return intersects(derived, wordNet.synonyms(y.word(), pos(y)));
    }

    /** True when a gloss names the word, a first-sense synonym or a word derived from the word itself. */
    private boolean named(Set<String> gloss, ClaimSignature.Term t) {
        Set<String> forms = ownForms(wordNet.synonyms(t.word(), pos(t)), t);
        forms.addAll(wordNet.ownDerivations(t.word(), pos(t)));
        return forms.stream().anyMatch(w -> w.length() >= MIN_GLOSS_WORD && !SignatureReader.noise().contains(w)
                && gloss.contains(w));
    }

    /**
     * True when both words have the same first sense ("close" ~ "shut"): however many senses each has, their
     * commonest reading is one meaning, unlike words that only share a rarer sense ("find" ~ "meet").
     */
    boolean sameFirstSense(ClaimSignature.Term x, ClaimSignature.Term y) {
        if (pos(x) != pos(y)) {
            return false;
        }
        Set<Long> fx = wordNet.firstSenses(x.word(), pos(x));
        return fx.stream().anyMatch(wordNet.firstSenses(y.word(), pos(y))::contains);
    }

    /**
     * True when one of two verbs is a kind of doing the other names, a hypernym or two up ("fund" ~ "pay", "shrink" ~
     * "fall"): WordNet files a manner of doing under the plain verb, where neither is the other's synonym.
     */
    boolean kindOf(ClaimSignature.Term x, ClaimSignature.Term y) {
        if (x.pos() != ClaimSignature.Pos.VERB || y.pos() != ClaimSignature.Pos.VERB
                || EventParaphrases.isSet(x) || EventParaphrases.isSet(y)) {
            return false;
        }
        return wordNet.verbKindOf(x.lemma(), y.lemma()) || wordNet.verbKindOf(y.lemma(), x.lemma());
    }

    /**
     * True when one of two common nouns is a kind of the other by WordNet's hypernyms of its main senses ("blaze" ~
     * "fire", "railway" ~ "line"), whatever the number of senses of the general noun, which {@link #related} asks of
     * both: the caller knows the two claims tell one story, where the plain noun names the thing the other names.
     */
    boolean kindOfThing(ClaimSignature.Term x, ClaimSignature.Term y) {
        return x.pos() == ClaimSignature.Pos.NOUN && y.pos() == ClaimSignature.Pos.NOUN && (isA(x, y) || isA(y, x));
    }

    /**
     * True when two adjectives are marked similar in WordNet from the first sense of either ("the documents were
     * genuine" ~ "the papers were authentic"): a predicate adjective and its satellite state one property.
     */
    private boolean similarAdjectives(ClaimSignature.Term x, ClaimSignature.Term y) {
        if (x.pos() != ClaimSignature.Pos.ADJECTIVE || y.pos() != ClaimSignature.Pos.ADJECTIVE) {
            return false;
        }
        return wordNet.similarAdjectives(x.word()).contains(y.lemma())
                || wordNet.similarAdjectives(y.word()).contains(x.lemma());
    }

    /** True when {@code y} is derived from one of {@code x}'s main senses ("acquire" ~ "acquisition"). */
    private boolean derived(ClaimSignature.Term x, ClaimSignature.Term y) {
        // The word itself, not its synonyms: "find" derives "encounter" (a noun) through a sense news rarely means.
        Set<String> from = wordNet.derivations(x.word(), pos(x));
        return from.contains(y.lemma()) || from.contains(y.word());
    }

    /**
     * True when the first senses of the two words share a word other than the two themselves ("troops" and
     * "servicemen": military personnel), or each lists the other: one word in the other's first sense is not
     * enough ("find" lists "happen", whose own first sense is to occur).
     */
    private boolean synonyms(ClaimSignature.Term x, ClaimSignature.Term y) {
        Set<String> sx = wordNet.synonyms(x.word(), pos(x));
        Set<String> sy = wordNet.synonyms(y.word(), pos(y));
        boolean mutual = sx.contains(y.lemma()) && sy.contains(x.lemma());
        return mutual || sx.stream().anyMatch(w -> sy.contains(w) && !w.equals(x.lemma()) && !w.equals(y.lemma())
                && !w.equals(x.word()) && !w.equals(y.word()) && !SignatureReader.noise().contains(w));
    }

    /**
     * True when a first-sense synonym of {@code general} lies above {@code specific} ("unit" above "troop"):
     * derivations of rarer senses ("person" ~ "body") would reach far too many ancestors.
     */
    private boolean isA(ClaimSignature.Term specific, ClaimSignature.Term general) {
        return intersects(wordNet.synonyms(general.word(), POS.NOUN), wordNet.ancestors(specific.word(), POS.NOUN));
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(w -> !SignatureReader.noise().contains(w) && b.contains(w));
    }

    /**
     * True when a gloss names the word, a first-sense synonym or a word derived from the word itself ("besiege:
     * surround …"): derivations of its other senses' words reach too far ("desire" through "hope, trust, desire"
     * to "hope", named in the gloss of "drop out").
     */
    private boolean mentions(Set<String> gloss, ClaimSignature.Term t) {
        Set<String> forms = ownForms(wordNet.synonyms(t.word(), pos(t)), t);
        forms.addAll(wordNet.ownDerivations(t.word(), pos(t)));
        return forms.stream().anyMatch(w -> w.length() >= MIN_GLOSS_WORD && !SignatureReader.noise().contains(w)
                && gloss.contains(w));
    }

    /**
     * The synonyms without the single words of a phrasal verb ("reach" of "reach out"): named in a gloss, the bare
     * verb stands for its own many senses ("seek: try to get or reach"), which the phrase was read to avoid.
     */
    private static Set<String> ownForms(Set<String> synonyms, ClaimSignature.Term t) {
        Set<String> out = new HashSet<>(synonyms);
        if (t.lemma().indexOf(' ') >= 0) {
            out.removeAll(List.of(t.lemma().split(" ")));
        }
        return out;
    }

    private static POS pos(ClaimSignature.Term t) {
        return switch (t.pos()) {
            case NOUN, NAME -> POS.NOUN;
            case VERB -> POS.VERB;
            case ADJECTIVE -> POS.ADJECTIVE;
        };
    }
}
