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
    void adjectivesSimilarToAnAntonymAndTheAdjectivesOfNounsAreOpposed() {
        // WordNet opposes only "intended" and "unintended", the heads "deliberate" and "accidental" are similar to.
        assertTrue(opposites.opposed(claim("deliberate", ClaimSignature.Pos.ADJECTIVE),
                claim("accidental", ClaimSignature.Pos.ADJECTIVE)));
        assertTrue(opposites.opposed(claim("inadvertent", ClaimSignature.Pos.ADJECTIVE),
                claim("intentional", ClaimSignature.Pos.ADJECTIVE)));
    }

    @Test
    void contraryPredicatesAreOpposed() {
        assertTrue(opposites.opposed(claim("stay", ClaimSignature.Pos.VERB), claim("quit", ClaimSignature.Pos.VERB)));
        assertTrue(opposites.opposed(claim("collapse", ClaimSignature.Pos.VERB),
                claim("sturdy", ClaimSignature.Pos.ADJECTIVE)));
        assertFalse(opposites.opposed(claim("stay", ClaimSignature.Pos.VERB), claim("arrive", ClaimSignature.Pos.VERB)));
    }

    @Test
    void anEventOppositeToTheOtherClaimsIntentOpposesIt() {
        ClaimSignature accident = claim("accident", ClaimSignature.Pos.NOUN);
        ClaimSignature started = claim("start", ClaimSignature.Pos.VERB);
        assertTrue(opposites.opposedIntent(started, Set.of("intent:deliberate"), accident, Set.of()));
        assertTrue(opposites.opposedIntent(accident, Set.of(), started, Set.of("intent:deliberate")));
        // Both stating the intent, or neither, is no opposition by intent.
        assertFalse(opposites.opposedIntent(started, Set.of("intent:deliberate"), accident, Set.of("intent:deliberate")));
        assertFalse(opposites.opposedIntent(started, Set.of(), accident, Set.of()));
    }

    @Test
    void eventsOfOneDirectionOrNoneAreNotOpposed() {
        assertFalse(opposites.opposed(claim("rise", ClaimSignature.Pos.VERB), claim("increase", ClaimSignature.Pos.VERB)));
        assertFalse(opposites.opposed(claim("sell", ClaimSignature.Pos.VERB), claim("prepare", ClaimSignature.Pos.VERB)));
    }
}
