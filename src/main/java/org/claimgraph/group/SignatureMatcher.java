package org.claimgraph.group;

import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * Decides whether two claim signatures state the same proposition: a related event and a related argument.
 * Words are related when equal, when WordNet makes them synonyms or derivations of each other, or when one
 * names the other in a gloss ("besiege: surround so as to force to give up").
 */
final class SignatureMatcher {

    private static final int MIN_GLOSS_WORD = 4;

    private final WordNet wordNet;

    SignatureMatcher(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    /** True when the two signatures share a related event and a related argument. */
    boolean same(ClaimSignature a, ClaimSignature b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return anyRelated(a.events(), b.events(), true) && anyRelated(a.arguments(), b.arguments(), false);
    }

    private boolean anyRelated(Set<ClaimSignature.Term> xs, Set<ClaimSignature.Term> ys, boolean glosses) {
        for (ClaimSignature.Term x : xs) {
            for (ClaimSignature.Term y : ys) {
                if (related(x, y, glosses)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when two words are related: equal, WordNet relatives, or (with {@code glosses}) one in the other's gloss. */
    boolean related(ClaimSignature.Term x, ClaimSignature.Term y, boolean glosses) {
        if (x.lemma().equals(y.lemma())) {
            return true;
        }
        POS px = pos(x);
        POS py = pos(y);
        if (px == null || py == null) {
            return false;
        }
        Set<String> rx = wordNet.relatives(x.lemma(), px);
        Set<String> ry = wordNet.relatives(y.lemma(), py);
        if (intersects(rx, ry)) {
            return true;
        }
        return glosses && (mentions(wordNet.glossWords(y.lemma(), py), rx)
                || mentions(wordNet.glossWords(x.lemma(), px), ry));
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(w -> !SignatureReader.noise().contains(w) && b.contains(w));
    }

    private static boolean mentions(Set<String> gloss, Set<String> words) {
        return words.stream().anyMatch(w -> w.length() >= MIN_GLOSS_WORD && !SignatureReader.noise().contains(w)
                && gloss.contains(w));
    }

    private static POS pos(ClaimSignature.Term t) {
        return switch (t.kind()) {
            case NOUN -> POS.NOUN;
            case VERB -> POS.VERB;
            case ADJECTIVE -> POS.ADJECTIVE;
            case NAME -> null;
        };
    }
}
