package org.claimgraph.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.extjwnl.data.POS;
import org.junit.jupiter.api.Test;

/** WordNet's verb classes (lexicographer files), as the cue rules ask for them, and the lookups of claim matching. */
class WordNetTest {

    @Test
    void anInflectedVerbHasItsLemmasClassesCommonestFirst() {
        assertEquals(List.of("verb.communication"), WordNet.verbClasses("grumbled", 1));
        assertEquals("verb.cognition", WordNet.verbClasses("speculates", 3).get(0));
        assertEquals(3, WordNet.verbClasses("speculate", 3).size());
    }

    @Test
    void theSenseLimitCapsTheList() {
        assertEquals(1, WordNet.verbClasses("swear", 1).size());
        assertTrue(WordNet.verbClasses("swear", 50).size() > 1);
    }

    @Test
    void aWordKnownOnlyAsANounHasNoVerbClass() {
        assertTrue(WordNet.verbClasses("warnings", 1).isEmpty());
        assertEquals(List.of("verb.communication"), WordNet.verbClasses("warn", 1));
    }

    @Test
    void anUnknownWordHasNoClass() {
        assertTrue(WordNet.verbClasses("blorptastic", 3).isEmpty());
    }


    private final WordNet wordNet = new WordNet();

    @Test
    void aPhrasalVerbIsFoundOnlyWhenWordNetListsIt() {
        assertEquals(Optional.of("go up"), wordNet.phrasalVerb("go", "up"));
        assertEquals(Optional.of("lay off"), wordNet.phrasalVerb("Lay", "off"));
        // A lookup by base forms would find "resign" in "resign x".
        assertEquals(Optional.empty(), wordNet.phrasalVerb("resign", "x"));
    }

    @Test
    void aPhrasalVerbHasTheSensesOfItsOwnEntryNotOfItsWords() {
        Set<String> stepDown = wordNet.synonyms("step down", POS.VERB);
        assertTrue(stepDown.contains("resign"), stepDown.toString());
        // "step" and "down" on their own bring in "drink down" and "kill" (senses of "down").
        assertFalse(stepDown.contains("kill") || stepDown.contains("drink down"), stepDown.toString());
        assertTrue(wordNet.synonyms("go up", POS.VERB).contains("rise"));
        assertTrue(wordNet.senseCount("step down", POS.VERB) <= 2);
    }
}
