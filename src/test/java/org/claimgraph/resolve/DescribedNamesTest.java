package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names set after a description ("Chipmaker Korvex Systems") and hyphenated surnames keep only the name as label. */
class DescribedNamesTest {

    private static final String TEXT = "Chipmaker Korvex Systems rebutted the claim on Monday.\n\n"
            + "Local councillor Miriam Achterberg-Lunde said the plant was safe. Achterberg-Lunde added that the "
            + "valves had been replaced.\n\n"
            + "Dairy group Farrowdale announced that milk prices would rise.";

    private static ResolvedText resolved;

    @BeforeAll
    static void resolve() {
        resolved = ResolvedText.of("names.txt", TEXT);
    }

    private static Actor speakerOfCue(String cue) {
        return resolved.speakerOfCue(cue);
    }

    @Test
    void aDescriptionBeforeABodysNameIsNoPartOfTheName() {
        Actor firm = speakerOfCue("rebutted");
        assertEquals("Korvex Systems", firm.label());
        assertTrue(firm.aliases().contains("Chipmaker Korvex Systems"), firm.aliases().toString());
        assertEquals("Farrowdale", speakerOfCue("announced").label());
    }

    @Test
    void aHyphenatedSurnameIsAPersonsName() {
        Actor councillor = speakerOfCue("said");
        assertEquals("Miriam Achterberg-Lunde", councillor.label());
        assertEquals(ActorType.PERSON, councillor.type());
        assertEquals(councillor, speakerOfCue("added"));
    }
}
