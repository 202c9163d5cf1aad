package org.claimgraph.annotate;

import edu.stanford.nlp.ling.AbstractCoreLabel;
import java.util.Locale;

/** The lemma a rule compares with a word list: lower case, and the word itself where the tagger gave none. */
public final class Lemmas {

    private Lemmas() {
    }

    /** The token's lemma, or its word when it has no lemma, in lower case. */
    public static String lowerOf(AbstractCoreLabel token) {
        String lemma = token.lemma() == null ? token.word() : token.lemma();
        return lemma.toLowerCase(Locale.ROOT);
    }
}
