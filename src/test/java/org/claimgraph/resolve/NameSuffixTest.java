package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "Robert Kessler Jr." is filed under "Kessler": the surname alone names him again, but not his father or son. */
class NameSuffixTest {

    @Test
    void theSurnameBeforeAGenerationalSuffixNamesThePersonAgain() {
        String text = "Plant to close\n\n"
                + "Robert Kessler Jr. said on Monday that the plant would close. "
                + "Kessler added that forty workers would lose their jobs.\n\n"
                + "Later, Thomas Albin, the union's chairman, said the closure was unfair. "
                + "Albin said the workers had been misled. His son Thomas Jr. said the vote had been rigged. "
                + "Robert Kessler Sr., the founder, said he was sad. "
                + "Thomas Albin Jr. said the union would appeal.";
        ResolvedText resolved = ResolvedText.of("plant.txt", text);
        assertEquals("Robert Kessler Jr.", resolved.speakerOfCue("added").label());
        assertEquals("Thomas Albin", resolved.speakerOfContent("been misled").label());
        assertEquals("Thomas Albin Jr.", resolved.speakerOfContent("been rigged").label());
        assertEquals("Robert Kessler Sr.", resolved.speakerOfContent("was sad").label());
        assertEquals("Thomas Albin Jr.", resolved.speakerOfContent("would appeal").label());
    }

    @Test
    void theSurnameSkipsTheSuffix() {
        assertEquals("Kessler", PersonSurname.of("Robert Kessler Jr."));
        assertEquals("Kessler", PersonSurname.of("Robert Kessler, Jr."));
        assertEquals("Robert Kessler", PersonSurname.withoutSuffix("Robert Kessler Sr."));
        assertEquals("Doe", PersonSurname.of("Doe"));
        assertEquals("", PersonSurname.suffixOf("Jane Doe"));
    }
}
