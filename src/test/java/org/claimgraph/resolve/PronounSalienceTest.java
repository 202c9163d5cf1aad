package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * "He" and "she" after a report go back to the person who spoke, not to a name the report only mentions: a firm
 * named by the first word of its name, or a person the speaker talks about.
 */
class PronounSalienceTest {

    @Test
    void theFirstWordOfAFirmsNameIsTheFirmNoPerson() {
        String text = "Halvern Foods said on Tuesday that it would close its bakery in Dunport.\n\n"
                + "Chief executive Ingrid Kasten said the closure would save money. Kasten said Halvern would cut "
                + "90 jobs. She said the company would keep its other bakery open.";
        ResolvedText resolved = ResolvedText.of("article.txt", text);
        assertEquals("Ingrid Kasten", resolved.speakerOfContent("keep its other bakery open").label());
    }

    @Test
    void aPersonTheSpeakerTalksAboutIsNotTheNextPronoun() {
        String text = "Tomas Reid of the Renters Alliance said the landlord had broken the rules.\n\n"
                + "Reid recalled that the council's housing chief, Sigrun Marlow, had said last year that such rises "
                + "would end. \"Tenants were promised this would stop,\" he said.";
        ResolvedText resolved = ResolvedText.of("article.txt", text);
        assertEquals("Tomas Reid", resolved.speakerOfContent("Tenants were promised").label());
    }
}
