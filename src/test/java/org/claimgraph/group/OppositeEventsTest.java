package org.claimgraph.group;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Opposite events: WordNet antonyms and the opposite directions of change of the lexicon. */
class OppositeEventsTest {

    private final OppositeEvents opposites = new OppositeEvents(new WordNet());

    private static ClaimSignature claim(String event, ClaimSignature.Pos pos) {
        return new ClaimSignature(ClaimSignature.Kind.SUBSTANTIVE,
                Set.of(new ClaimSignature.Term(event, event, pos)),
                Set.of(new ClaimSignature.Term("price", "prices", ClaimSignature.Pos.NOUN)), false, "");
    }

    @Test
    void risesAndFallsKeepingAndLosingAreOpposed() {
        assertTrue(opposites.opposed(claim("rise", ClaimSignature.Pos.VERB), claim("fall", ClaimSignature.Pos.VERB)));
        assertTrue(opposites.opposed(claim("go up", ClaimSignature.Pos.VERB), claim("cut", ClaimSignature.Pos.VERB)));
        assertTrue(opposites.opposed(claim("keep", ClaimSignature.Pos.VERB), claim("lose", ClaimSignature.Pos.VERB)));
    }

    @Test
    void wordNetAntonymsAreOpposed() {
        // Neither pair is in the lexicon of directions: WordNet alone makes them opposites.
        assertTrue(opposites.opposed(claim("win", ClaimSignature.Pos.VERB), claim("lose", ClaimSignature.Pos.VERB)));
        assertTrue(opposites.opposed(claim("cheap", ClaimSignature.Pos.ADJECTIVE),
                claim("expensive", ClaimSignature.Pos.ADJECTIVE)));
    }

    @Test
    void eventsOfOneDirectionOrNoneAreNotOpposed() {
        assertFalse(opposites.opposed(claim("rise", ClaimSignature.Pos.VERB), claim("increase", ClaimSignature.Pos.VERB)));
        assertFalse(opposites.opposed(claim("sell", ClaimSignature.Pos.VERB), claim("prepare", ClaimSignature.Pos.VERB)));
    }
}
