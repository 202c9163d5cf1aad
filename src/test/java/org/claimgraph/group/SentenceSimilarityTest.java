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
        assertTrue(unrelated < CrossArticleMatcher.MIN_THIN_ANCHOR_COSINE - 0.15, "unrelated " + unrelated);
        assertEquals(1.0, SentenceSimilarity.cosine("The depot will close", "The depot will close"), 1e-5);
    }

    /**
     * Two claims sharing one thing: the model must tell the one that says the same of it in other words from the
     * one that says something else of it, on either side of the threshold that lets one shared thing anchor them.
     */
    @Test
    void oneSharedThingSaidAlikeRatesAboveItSaidOtherwise() {
        double alike = SentenceSimilarity.cosine("The bridge is unsafe", "The bridge could collapse");
        double otherwise = SentenceSimilarity.cosine("The bridge is unsafe", "The bridge will reopen in May");
        assertTrue(alike >= CrossArticleMatcher.MIN_THIN_ANCHOR_COSINE, "alike " + alike);
        assertTrue(otherwise < CrossArticleMatcher.MIN_THIN_ANCHOR_COSINE, "otherwise " + otherwise);
    }

    @Test
    void blankTextRatesNothing() {
        assertEquals(0.0, SentenceSimilarity.cosine("", "The depot will close"));
    }
}
