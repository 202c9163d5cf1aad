package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.stance.Stance;
import org.junit.jupiter.api.Test;

class CueLexiconTest {

    private final CueLexicon lexicon = CueLexicon.standard();

    @Test
    void denialVerbsDeny() {
        assertEquals(Stance.DENY, lexicon.lookup("deny").orElseThrow().stance());
        assertEquals(Stance.DENY, lexicon.lookup("Reject").orElseThrow().stance());
    }

    @Test
    void doubtVerbsQuestion() {
        assertEquals(Stance.QUESTION, lexicon.lookup("doubt").orElseThrow().stance());
    }

    @Test
    void aLemmaListedTwiceTakesBothFrames() {
        CueLexicon.Cue agree = lexicon.lookup("agree").orElseThrow();
        assertTrue(agree.takes(CueLexicon.Frame.CCOMP) && agree.takes(CueLexicon.Frame.XCOMP));
    }

    @Test
    void aPhrasalRowIsNotTheBareVerbs() {
        assertTrue(lexicon.lookup("rule").isEmpty(), "'ruled the country' is no cue");
        assertEquals(Stance.DENY, lexicon.lookup("rule out").orElseThrow().stance());
    }

    @Test
    void tellDoesNotTakeItsObjectAsContent() {
        assertTrue(!lexicon.lookup("tell").orElseThrow().takes(CueLexicon.Frame.OBJ));
        assertTrue(lexicon.lookup("walk").isEmpty());
    }
}
