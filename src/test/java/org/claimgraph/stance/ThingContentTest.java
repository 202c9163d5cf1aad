package org.claimgraph.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.convert.SharedConverter;
import org.claimgraph.rdf.CG;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;

/**
 * An attribution whose content only names a thing ("unveiled a new opera", "rejected the bill") makes no statement;
 * one whose noun phrase names a claim or a happening ("denied the takeover"), that goes on with a clause, or whose
 * cue is a verb of speaking ("announced a new ferry route"), still does.
 */
class ThingContentTest {

    /** Each statement of the converted text as "Stance cue | content", sorted. */
    private static List<String> statements(String text) {
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        List<String> out = new ArrayList<>();
        g.listResourcesWithProperty(RDF.type, CG.Statement).forEachRemaining(s -> out.add(
                s.getPropertyResourceValue(CG.stance).getLocalName() + " " + s.getProperty(CG.cue).getString()
                        + " | " + s.getProperty(CG.contentText).getString()));
        out.sort(null);
        return out;
    }

    @Test
    void thingsUnveiledSoughtOrVotedDownAreNoClaims() {
        String text = "Harbour Arts unveiled a new opera on Monday. Kell Games is seeking players aged 18 to 30. "
                + "The assembly rejected the bill in March.";
        assertEquals(List.of(), statements(text));
    }

    @Test
    void happeningsClaimNounsAndClausesStillAre() {
        String text = "Velmor Foods denied the takeover. Its rival dismissed the reports. "
                + "Nadia Okafor accused the mayor of hiding the figures.";
        assertEquals(List.of("Assert accused | the mayor of hiding the figures", "Deny denied | the takeover",
                "Deny dismissed | the reports"), statements(text));
    }

    @Test
    void aMessageMadeBySpeakingIsWhatWasSaid() {
        String text = "Minister Dara Holt rejected the criticism on Tuesday. The mayor dismissed the warning. "
                + "The council rejected the bill.";
        assertEquals(List.of("Deny dismissed | the warning", "Deny rejected | the criticism"), statements(text));
    }

    @Test
    void aVerbOfSpeakingSpeaksOfTheThing() {
        String text = "Mayor Ines Vale announced a new ferry route. Prosecutors accused Mr Vance of a string of "
                + "frauds. Critics praised the new museum.";
        assertEquals(List.of("Assert accused | Mr Vance of a string of frauds", "Assert announced | a new ferry route",
                "Assert praised | the new museum"), statements(text));
    }
}
