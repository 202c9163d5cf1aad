package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Persons told apart by what their names show: "he" and "she" resolve to the latest person whose first name or
 * title does not show the other gender, a given name before a surname is another person of that surname, and a
 * title's gender tells apart two persons of one surname.
 */
class PronounGenderTest {

    @Test
    void pronounsSkipPersonsOfTheOtherGender() {
        String text = "Mayor Maria Lopez met the developer Tom Baker on Monday.\n\n"
                + "Baker said the towers would rise by spring. She said the council had not agreed.\n\n"
                + "Mrs. Okafor, a resident, joined them. He said the plans were final.";
        ResolvedText resolved = ResolvedText.of("article.txt", text);
        assertEquals("Maria Lopez", resolved.speakerOfContent("the council had not agreed").label());
        assertEquals("Tom Baker", resolved.speakerOfContent("the plans were final").label());
    }

    @Test
    void aReflexiveStressingTheSourceIsThePersonNamedBeforeIt() {
        String text = "Tom Baker told reporters on Monday that the harbour was safe. Baker recalled that Maria Lopez, "
                + "the port's spokeswoman, had herself said in July that the cranes were sound.";
        ResolvedText resolved = ResolvedText.of("article.txt", text);
        assertEquals("Maria Lopez", resolved.speakerOfCue("said").label());
    }

    @Test
    void aNameBeforeADepartmentsDirectorIsABodyNoPersonAPronounTakes() {
        String text = "\"We have shut the depot,\" said Maria Lopez, Norvik's operations director. "
                + "She said the drivers would be paid.";
        ResolvedText resolved = ResolvedText.of("article.txt", text);
        assertEquals("Maria Lopez", resolved.speakerOfContent("the drivers would be paid").label());
    }

    @Test
    void anotherGivenNameBeforeTheSurnameIsAnotherPerson() {
        // "the reform organization Bill Roe used" makes "Bill Roe" look like a body's name: the name clusters
        // leave his mentions out, and only his given name keeps him apart from Jane Roe.
        String text = "Bill Roe addresses a divided council\n\n"
                + "Mayor Jane Roe won the vote on Monday. The council has changed since the reform organization "
                + "Bill Roe used to win office in 1992. Bill Roe said the budget was safe.";
        ResolvedText resolved = ResolvedText.of("article.txt", text);
        assertEquals("Bill Roe", resolved.speakerOfCue("addresses").label());
        assertEquals("Bill Roe", resolved.speakerOfCue("said").label());
    }

    @Test
    void aSurnameAloneShowsNoGender() {
        // "Gordon" is a man's first name, "Star" (ending the sentence before "Dean") a woman's; neither is a
        // first name here.
        String text = "Crane row\n\n"
                + "Gordon insisted that the crane was safe. \"The valves are new,\" she told the Evening Star. "
                + "Dean doubted that promise. He said the site was too small.";
        ResolvedText resolved = ResolvedText.of("article.txt", text);
        assertEquals("Gordon", resolved.speakerOfContent("The valves are new").label());
        assertEquals("Dean", resolved.speakerOfContent("the site was too small").label());
        assertEquals(Optional.empty(), PersonGender.ofName("Gordon"));
    }

    @Test
    void aTitleKeepsTwoPersonsOfOneSurnameApart() {
        // "the Tom Lopez years" names Tom Lopez last, but "Mrs." shows that "Mrs. Lopez" is Maria Lopez.
        String text = "Lopez returns to Dayton\n\n"
                + "Senator Maria Lopez spoke in Dayton on Monday. Her husband served two terms as governor, and some "
                + "voters still remember the Tom Lopez years fondly.\n\n"
                + "Mrs. Lopez said the factory would reopen. She added that wages would rise.";
        ResolvedText resolved = ResolvedText.of("article.txt", text);
        assertEquals("Maria Lopez", resolved.speakerOfContent("the factory would reopen").label());
        assertEquals("Maria Lopez", resolved.speakerOfContent("wages would rise").label());
    }

    @Test
    void namesAndTitlesShowGender() {
        assertEquals(Optional.of(PersonGender.Gender.FEMININE), PersonGender.ofName("Maria Lopez"));
        assertEquals(Optional.of(PersonGender.Gender.FEMININE), PersonGender.ofName("Mrs. Okafor"));
        assertEquals(Optional.of(PersonGender.Gender.MASCULINE), PersonGender.ofName("Mr. Jordan Lee"));
        // Listed for both genders, or no first name at all: no gender shown.
        assertEquals(Optional.empty(), PersonGender.ofName("Jordan Lee"));
        assertEquals(Optional.empty(), PersonGender.ofName("Okafor"));
    }
}
