package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A name inside a description: in apposition it is the speaker ("Roe's lawyer, Ann Lee,"), but as the
 * description's possessor, a modifier of its plural noun, the object of its preposition or part of its relative
 * clause it is someone else; and a spokesman, aide or lawyer is not the article's main speaker.
 */
class NamesInDescriptionsTest {

    private static final String TEXT = "Council race\n\n"
            + "Mayor Helen Varga and her rival Tom Reed met voters in Dunmore on Monday.\n\n"
            + "Varga's aides insisted that the budget was balanced. Supporters of Tom Reed argued that taxes were "
            + "too high. A spokesman for Mayor Helen Varga confirmed that the library would stay open.\n\n"
            + "Reed's lawyer, Ann Lee, denied that the campaign had broken any rules. A retired teacher who has backed "
            + "Reed since 2019 warned that the schools were overcrowded. Varga insiders predicted that the vote would be "
            + "close.";

    private static ResolvedText resolved;

    @BeforeAll
    static void resolve() {
        resolved = ResolvedText.of("council.txt", TEXT);
    }

    @Test
    void aSpokesmanIsNotTheMainSpeaker() {
        // Governor Roe has spoken most, but a spokesman speaks for someone else: he stays unnamed.
        ResolvedText text = ResolvedText.of("bridge.txt", "Bridge tolls\n\n"
                + "Governor Tom Roe said on Monday that tolls would stay low. Roe added that the bridge was safe. "
                + "Roe insisted that repairs would start in May.\n\n"
                + "The governor's office later clarified the timetable. The spokesman warned that delays were "
                + "possible.");
        assertEquals("spokesman", text.speakerOfCue("warned").label());
    }

    @Test
    void aNameInApposition() {
        assertEquals("Ann Lee", resolved.speakerOfCue("denied").label());
    }

    @Test
    void aNameThatQualifiesTheDescriptionIsSomeoneElse() {
        assertEquals("Varga's aides", resolved.speakerOfCue("insisted").label());
        assertEquals("Supporters of Tom Reed", resolved.speakerOfCue("argued").label());
        assertEquals("spokesman for Mayor Helen Varga", resolved.speakerOfCue("confirmed").label());
        assertEquals("retired teacher who has backed Reed since 2019", resolved.speakerOfCue("warned").label());
        assertEquals("Varga insiders", resolved.speakerOfCue("predicted").label());
    }
}
