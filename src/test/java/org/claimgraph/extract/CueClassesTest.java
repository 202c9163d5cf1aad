package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.claimgraph.lexicon.TsvResource;
import org.junit.jupiter.api.Test;

/** Cue verbs by WordNet class: which verbs the rule of cue-classes.tsv admits and with which frames. */
class CueClassesTest {

    private final CueClasses classes = CueClasses.standard();

    @Test
    void aVerbOfCommunicationNoLexiconListsIsACue() {
        assertFalse(CueLexicon.standard().lookup("grumble").isPresent(), "the test needs a verb outside cues.tsv");
        CueLexicon.Cue cue = classes.verbCue("grumble").orElseThrow();
        assertTrue(cue.takes(CueLexicon.Frame.CCOMP));
        assertTrue(cue.takes(CueLexicon.Frame.XCOMP));
        assertFalse(cue.takes(CueLexicon.Frame.OBJ), "objects of such verbs are mostly no content");
        assertFalse(cue.takes(CueLexicon.Frame.QUOTE), "a verb near a quotation is too often not its cue");
    }

    @Test
    void aVerbOfThinkingTakesAClause() {
        assertFalse(CueLexicon.standard().lookup("reckon").isPresent(), "the test needs a verb outside cues.tsv");
        assertTrue(classes.verbCue("reckon").orElseThrow().takes(CueLexicon.Frame.CCOMP));
        assertFalse(classes.verbCue("forget").orElseThrow().takes(CueLexicon.Frame.XCOMP), "'forgot to lock'");
    }

    @Test
    void theCommonestSenseDecides() {
        // "run" is a verb of motion first, though one of its senses is to publish ("ran a story").
        assertFalse(classes.isCueVerb("run"));
        assertFalse(classes.isCueVerb("walk"));
    }

    @Test
    void excludedVerbsAreNoCues() {
        Set<String> excluded = TsvResource.words("cue-class-exclusions.tsv");
        assertFalse(excluded.isEmpty());
        excluded.forEach(v -> assertFalse(classes.isCueVerb(v), v));
        assertFalse(classes.isCueVerb("be"), "not-cues.tsv applies too");
    }

    @Test
    void aClassCueAsserts() {
        assertEquals(org.claimgraph.stance.Stance.ASSERT, classes.verbCue("grumble").orElseThrow().stance());
    }
}
