package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A name inside a quotation is the quoted speaker's word: "he" after the quote refers to the person the narrator
 * named, not to one the speaker talked about.
 */
class QuotedNamesTest {

    @Test
    void aPronounAfterAQuoteSkipsTheNamesInsideIt() {
        String text = "Harbour vote\n\n"
                + "In an interview, councillor Samir Haddad said he would vote against the harbour plan.\n\n"
                + "\"If Peter Lund wins the vote, the fishermen will lose their berths,\" he said. "
                + "He warned that the plan would cost jobs.";
        ResolvedText resolved = ResolvedText.of("harbour.txt", text);
        assertEquals("Samir Haddad", resolved.speakerOfContent("fishermen").label());
        assertEquals("Samir Haddad", resolved.speakerOfCue("warned").label());
    }
}
