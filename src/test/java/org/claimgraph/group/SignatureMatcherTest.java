package org.claimgraph.group;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Word relations of claim matching within an article, against the real WordNet 3.1 data. */
class SignatureMatcherTest {

    private final SignatureMatcher matcher = new SignatureMatcher(new WordNet());

    private static ClaimSignature.Term verb(String lemma) {
        return new ClaimSignature.Term(lemma, lemma, ClaimSignature.Pos.VERB);
    }

    private static ClaimSignature.Term noun(String lemma) {
        return new ClaimSignature.Term(lemma, lemma, ClaimSignature.Pos.NOUN);
    }

    @Test
    void aGlossNamesTheWordOrWhatIsDerivedFromItNotFromItsSynonyms() {
        // "drop out: give up … lacking hope": "hope" is derived from "hope, trust, desire", not from "desire".
        assertFalse(matcher.related(verb("drop out"), verb("desire"), true));
        // "besiege: surround so as to force to give up" names "surround" itself.
        assertTrue(matcher.related(verb("besiege"), verb("surround"), true));
    }

    @Test
    void nounsCloseBelowOneHypernymAreRelatedButNotKindsOfPeople() {
        assertTrue(matcher.related(noun("fare"), noun("price"), false));
        assertFalse(matcher.related(noun("troops"), noun("prices"), false));
        assertFalse(matcher.related(noun("nurse"), noun("doctor"), false));
        assertFalse(matcher.related(noun("community"), noun("class"), false));
    }

    @Test
    void theNamesOfTwoParaphraseSetsAreNotRelated() {
        // WordNet read "set:strike" and "set:increase" as the word "set": within an article, a strike and a rise of
        // an offer were one claim.
        assertFalse(matcher.related(verb("set:strike"), verb("set:increase"), true));
        assertTrue(matcher.related(verb("set:strike"), verb("set:strike"), true));
    }
}
