package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A form of address the tagger reads into a person's name, as it does with British news's "Mr" and "Mrs" without a
 * stop, is no part of the name: "Mr Banks" is the "Joe Banks" named before, not a person of his own. The gender the
 * title shows still keeps "Mrs Haddow" apart from a "Tom Haddow" named after her.
 */
class TitledNameTest {

    @Test
    void aTitleInsideTheNameMentionJoinsTheFullName() {
        // The tagger takes "Mr Banks" after "Later," and "Mrs Haddow" into the PERSON mention, title and all.
        String text = "Harbour plan row\n\n"
                + "Joe Banks, a farmer, said the rain was late. Later, Mr Banks told reporters the crop was lost.\n\n"
                + "Ruth Haddow, the mayor, said the plan was sound. Mrs Haddow said: \"We will build it.\"";
        ResolvedText resolved = ResolvedText.of("article.txt", text);
        assertEquals("Joe Banks", resolved.speakerOfContent("the crop was lost").label());
        assertEquals("Ruth Haddow", resolved.speakerOfContent("We will build it").label());
    }

    @Test
    void theTitleTakenOutStillKeepsAWifeApartFromHerHusband() {
        // "Mrs Haddow" is one mention to the tagger; her husband "Tom Haddow", named after her, is another person.
        String text = "Mrs Haddow joins the campaign\n\n"
                + "Tom Haddow's wife will tour the harbour towns. Tom Haddow said the tour would start in May. "
                + "Mrs Haddow said: \"We will visit every town.\"";
        ResolvedText resolved = ResolvedText.of("article.txt", text);
        assertEquals("Tom Haddow", resolved.speakerOfContent("the tour would start in May").label());
        assertEquals("Haddow", resolved.speakerOfContent("We will visit every town").label());
    }

    @Test
    void aTitledNameAloneKeepsTheTitlesGenderForPronouns() {
        // "Lady Ashdale" is one mention to the tagger; without her title her name shows no gender, yet "she" is her.
        String text = "Bill vote\n\n"
                + "Lady Ashdale said the bill was right. Tom Birch, a teacher, said the bill was wrong. "
                + "She said the vote would be close.";
        ResolvedText resolved = ResolvedText.of("article.txt", text);
        assertEquals("Ashdale", resolved.speakerOfContent("the bill was right").label());
        assertEquals("Ashdale", resolved.speakerOfContent("the vote would be close").label());
    }
}
