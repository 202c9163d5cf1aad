package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * "Priya Raman of Fenwick Research", which the entity tagger reads as one organisation's name, is the person Priya
 * Raman: later "Raman" and "she" are her.
 */
class PersonOfBodyTest {

    @Test
    void aFirstNameAndSurnameBeforeOfAreAPersonWhomLaterMentionsJoin() {
        String text = "Dairy deal\n\n"
                + "A spokeswoman, Clara Jensen, said the dairy was not for sale.\n\n"
                + "Industry analyst Priya Raman of Fenwick Research said a takeover would make sense. "
                + "\"The brands are worth a lot,\" she said. But Raman doubted that the owners would sell.";
        ResolvedText resolved = ResolvedText.of("dairy.txt", text);
        assertEquals("Priya Raman", resolved.speakerOfContent("make sense").label());
        assertEquals("Priya Raman", resolved.speakerOfContent("worth a lot").label());
        assertEquals("Priya Raman", resolved.speakerOfCue("doubted").label());
    }
}
