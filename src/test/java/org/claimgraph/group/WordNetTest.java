package org.claimgraph.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** WordNet's verb classes (lexicographer files), as the cue rules ask for them. */
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
}
