package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * "They" refers back to the group named just before it, whether or not that group spoke: not to the last body
 * that was quoted.
 */
class PluralPronounTest {

    @Test
    void theyIsTheGroupNamedJustBeforeNotTheLastBodyQuoted() {
        String text = "Clinic funding\n\n"
                + "The health ministry said on Monday that the clinics would stay open.\n\n"
                + "Opposition lawmakers blocked the funding bill because they said its wording was unclear.";
        ResolvedText resolved = ResolvedText.of("clinics.txt", text);
        assertEquals("Opposition lawmakers", resolved.speakerOfContent("its wording").label());
    }

    @Test
    void theyMayReferToTheGroupThatOpensTheSentenceBefore() {
        String text = "Bus fares\n\n"
                + "The transport authority said fares would rise in May.\n\n"
                + "Several councillors with ties to the drivers' unions gathered outside the town hall on Tuesday. "
                + "They said the rise would hurt commuters.";
        ResolvedText resolved = ResolvedText.of("fares.txt", text);
        assertEquals("Several councillors", resolved.speakerOfContent("hurt commuters").label());
    }

    @Test
    void theyIsTheSubjectNotAGroupInsideItsModifier() {
        String text = "Hospital talks\n\n"
                + "The hospital trust said talks would resume.\n\n"
                + "Senior officials close to the striking nurses met the health minister on Friday, "
                + "and they said a deal was near.";
        ResolvedText resolved = ResolvedText.of("talks.txt", text);
        assertEquals("Senior officials close to the striking nurses",
                resolved.speakerOfContent("deal was near").label());
    }

    @Test
    void aGroupInsideAnotherSpeakersQuotationIsNoAntecedent() {
        String text = "Library closure\n\n"
                + "The city council said the old library would close in June.\n\n"
                + "\"Residents deserve better,\" said Ann Kerr, who chairs the library board. "
                + "They said the decision was final.";
        ResolvedText resolved = ResolvedText.of("library.txt", text);
        assertEquals("city council", resolved.speakerOfContent("decision was final").label());
    }
}
