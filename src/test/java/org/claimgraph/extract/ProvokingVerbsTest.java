package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Verbs that stir a feeling in their object, by WordNet class and frame (provoked-feelings.tsv). */
class ProvokingVerbsTest {

    @Test
    void aThingThatStirsAFeelingInSomeoneQualifies() {
        assertTrue(ProvokingVerbs.isProvoking("anger"));
        assertTrue(ProvokingVerbs.isProvoking("rankled"), "an inflected form is read by its lemma");
        assertTrue(ProvokingVerbs.isProvoking("dismay"));
    }

    @Test
    void theOneWhoFeelsAsSubjectDoesNot() {
        // "voters love the plan": the subject feels, and the cue rules read such verbs.
        assertFalse(ProvokingVerbs.isProvoking("love"));
        assertFalse(ProvokingVerbs.isProvoking("enjoy"));
    }

    @Test
    void verbsOfOtherClassesAndLexiconCuesDoNot() {
        assertFalse(ProvokingVerbs.isProvoking("push"));
        assertFalse(ProvokingVerbs.isProvoking("omit"), "verb.cognition has the frame, not the feeling");
        assertFalse(ProvokingVerbs.isProvoking("say"));
        assertFalse(ProvokingVerbs.isProvoking("remind"), "cues.tsv lists it with its own frames");
    }
}
