package org.claimgraph.group;

import java.util.Collection;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * Decides whether claims state the same proposition from their signatures. Events are related when equal,
 * when WordNet makes them synonyms or derivations of each other ("invade" ~ "invasion"), or when one
 * names the other in a gloss ("besiege: surround so as to …"). Arguments are related in the same ways except glosses,
 * and also when one is a hypernym of the other ("troop" ~ "unit") or, for names, when one pertains to the
 * other ("Ukrainian" ~ "Ukraine").
 */
final class SignatureMatcher {

    private static final int MIN_GLOSS_WORD = 4;

    private final WordNet wordNet;

    SignatureMatcher(WordNet wordNet) {
        this.wordNet = wordNet;
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

    private boolean related(ClaimSignature.Term x, ClaimSignature.Term y, boolean event) {
        if (x.lemma().equals(y.lemma()) || x.word().equals(y.word())) {
            return true;
        }
        if (x.pos() == ClaimSignature.Pos.NAME || y.pos() == ClaimSignature.Pos.NAME) {
            return !event && intersects(wordNet.nameRelatives(x.word()), wordNet.nameRelatives(y.word()));
        }
        POS px = pos(x);
        POS py = pos(y);
        Set<String> rx = wordNet.relatives(x.lemma(), px);
        Set<String> ry = wordNet.relatives(y.lemma(), py);
        if (intersects(rx, ry)) {
            return true;
        }
        if (event) {
            return mentions(wordNet.glossWords(y.lemma(), py), rx) || mentions(wordNet.glossWords(x.lemma(), px), ry);
        }
        return px == POS.NOUN && py == POS.NOUN && (isA(x, y) || isA(y, x));
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

    private static boolean mentions(Set<String> gloss, Set<String> words) {
        return words.stream().anyMatch(w -> w.length() >= MIN_GLOSS_WORD && !SignatureReader.noise().contains(w)
                && gloss.contains(w));
    }

    private static POS pos(ClaimSignature.Term t) {
        return switch (t.pos()) {
            case NOUN, NAME -> POS.NOUN;
            case VERB -> POS.VERB;
            case ADJECTIVE -> POS.ADJECTIVE;
        };
    }
}
