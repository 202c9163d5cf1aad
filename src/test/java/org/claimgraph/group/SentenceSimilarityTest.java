package org.claimgraph.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The sentence model in process: paraphrases rate high, unrelated sentences low, blank text nothing. */
class SentenceSimilarityTest {

    @Test
    void aParaphraseRatesAboveAnUnrelatedSentence() {
        double paraphrase = SentenceSimilarity.cosine("The bakery chain would be sold to Vasterra",
                "Vasterra was preparing an offer for the bakery chain");
        double unrelated = SentenceSimilarity.cosine("The bakery chain would be sold to Vasterra",
                "The weather was cold in the valley");
        assertTrue(paraphrase >= CrossArticleMatcher.MIN_COSINE, "paraphrase " + paraphrase);
        assertTrue(unrelated < 0.3, "unrelated " + unrelated);
        assertEquals(1.0, SentenceSimilarity.cosine("The depot will close", "The depot will close"), 1e-5);
    }

    @Test
    void blankTextRatesNothing() {
        assertEquals(0.0, SentenceSimilarity.cosine("", "The depot will close"));
    }
}
