package org.claimgraph.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.convert.SharedConverter;
import org.claimgraph.rdf.CG;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A denial the speaker reports of its own side ("she said the company had ruled out P", in its officer's words) is
 * the speaker's denial of P; reported of someone else, it stays a report.
 */
class OwnDenialTest {

    /** The stance and claim label of the statement with this content, in the article of this text. */
    private static String stanceOf(String text, String content) {
        Map<String, String> stances = stanceByContent(SharedConverter.get().convert(Article.ofText("t", text))
                .graph());
        return stances.getOrDefault(content, "none among " + stances);
    }

    /** Each statement's stance and claim label, by its content. */
    private static Map<String, String> stanceByContent(Model g) {
        Map<String, String> out = new java.util.HashMap<>();
        g.listResourcesWithProperty(RDF.type, CG.Statement).forEachRemaining(s -> out.put(
                s.getProperty(CG.contentText).getString(),
                s.getPropertyResourceValue(CG.stance).getLocalName() + " " + s.getPropertyResourceValue(CG.claim)
                        .getProperty(RDFS.label).getString()));
        return out;
    }

    @Test
    void anOfficerRulingOutForTheCompanyDeniesWhatIsRuledOut() {
        String text = "Brevik Energy's chief executive, Maria Olsen, said on Monday that profits rose in March. "
                + "Olsen said the company had ruled out a merger with Nordvik.";
        assertEquals("Deny A merger with Nordvik",
                stanceOf(text, "the company had ruled out a merger with Nordvik"));
    }

    @Test
    void aSpeakerRulingOutInItsOwnPersonDenies() {
        String text = "The mayor, Tomas Lind, said he had ruled out a rise in council tax.";
        assertEquals("Deny A rise in council tax",
                stanceOf(text, "he had ruled out a rise in council tax"));
    }

    @Test
    void notRulingOutInOnesOwnPersonLeavesItOpen() {
        String text = "The plant manager, Lena Voss, said she did not rule out further job cuts.";
        assertEquals("Question Further job cuts", stanceOf(text, "she did not rule out further job cuts"));
    }

    @Test
    void beingDeniedSomethingIsBeingRefusedIt() {
        String text = "The former officer, Ivan Petrov, says he has been denied a pension and a visa.";
        assertEquals("Assert He has been denied a pension and a visa",
                stanceOf(text, "he has been denied a pension and a visa"));
    }

    /**
     * The speaker's own side saying a negated clause denies it; a plain clause, someone else's view in a quotation and
     * a wish for someone stay as written. Each row: text | content | stance and claim label.
     */
    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "\"We said last week that no files were lost. That was a mistake,\" the director, Mira Holt, said."
                + "|\"We said last week that no files were lost.|Deny Some files were lost",
        "\"We said in March that the depot would close,\" the director, Mira Holt, said."
                + "|\"We said in March that the depot would close,\"|Assert We said in March that the depot would close",
        "\"He thinks the harbour master hasn't done his job,\" the councillor, Ben Ortega, said."
                + "|\"He thinks the harbour master hasn't done his job,\""
                + "|Assert He thinks the harbour master hasn't done his job",
        // A verb that takes its content only as a clause takes no claim as its object: wishing someone peace greets.
        "\"I also wish you peace in your homes this winter,\" the bishop, Alan Crewe, said."
                + "|\"I also wish you peace in your homes this winter,\""
                + "|Assert I also wish you peace in your homes this winter",
    })
    void whatTheSpeakersOwnSideSaidIsTheSpeakersStance(String text, String content, String expected) {
        assertEquals(expected, stanceOf(text, content));
    }

    @Test
    void aRulingReportedOfSomeoneElseStaysAReport() {
        String text = "Analysts at Fenwick Research said the regulator had ruled out a merger with Nordvik.";
        assertEquals("Assert The regulator had ruled out a merger with Nordvik",
                stanceOf(text, "the regulator had ruled out a merger with Nordvik"));
    }
}
