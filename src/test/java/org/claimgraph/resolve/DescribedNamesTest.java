package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Labels of bodies and persons: a description before a name ("Chipmaker Korvex Systems") or a participle after a
 * description ("a document seen by the Herald") is no part of it; a hyphenated surname is a name; a bare
 * description repeating a body's noun ("the ministry") is that body.
 */
class DescribedNamesTest {

    private static final String TEXT = "Chipmaker Korvex Systems rebutted the claim on Monday.\n\n"
            + "Local councillor Miriam Achterberg-Lunde said the plant was safe. Achterberg-Lunde added that the "
            + "valves had been replaced.\n\n"
            + "Dairy group Farrowdale announced that milk prices would rise.\n\n"
            + "The health ministry has rejected claims that the vaccine is unsafe. In a statement, the ministry "
            + "insisted that the posts were false.\n\n"
            + "The library will close, according to a planning document seen by the Herald.\n\n"
            + "The Business Council of Arvania warned that taxes were too high.\n\n"
            + "Senator Tom Graham spoke on Monday. Graham, as a backer of the 2013 Rubio-Schumer amnesty plan "
            + "and the 2007 McCain-Kennedy amnesty plan before that, is outspoken. He argued that the plan was fair.\n\n"
            + "The port will reopen, according to two people familiar with the talks. The ferries will run daily, "
            + "the people stressed.";

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

    @Test
    void aBareDescriptionRepeatingABodysNounIsThatBody() {
        Actor ministry = speakerOfCue("has rejected");
        assertEquals("health ministry", ministry.label());
        assertEquals(ministry, speakerOfCue("insisted"));
    }

    @Test
    void aCapitalisedBodyNounInsideANameStays() {
        assertEquals("Business Council of Arvania", speakerOfCue("warned").label());
    }

    @Test
    void twoSurnamesJoinedBeforeANounAreNoPerson() {
        // The tagger reads "McCain-Kennedy" in "the McCain-Kennedy amnesty plan" as a person's name.
        assertEquals("Tom Graham", speakerOfCue("argued").label());
    }

    @Test
    void aBarePluralRepeatingAGroupsNounIsThatGroup() {
        assertEquals("two people familiar with the talks", speakerOfCue("stressed").label());
    }

    @Test
    void aParticipleAfterADescriptionIsNoPartOfItsLabel() {
        assertEquals("planning document", speakerOfCue("according to").label());
    }
}
