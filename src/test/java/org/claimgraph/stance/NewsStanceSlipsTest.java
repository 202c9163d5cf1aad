package org.claimgraph.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.convert.SharedConverter;
import org.claimgraph.rdf.CG;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;

/**
 * Stances that news wording used to turn wrongly: a cue word inside a name, a rival challenged, a start expected
 * only later, a wish that something were otherwise, a question that makes a point (also a negative one, and one
 * split into parts), a question the content only reports, the speaker's own uncertainty, praise as "never better".
 */
class NewsStanceSlipsTest {

    /** Each statement of the converted text as "Stance cue | content", sorted. */
    private static List<String> statements(String text) {
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        List<String> out = new ArrayList<>();
        g.listResourcesWithProperty(RDF.type, CG.Statement).forEachRemaining(s -> {
            Statement cue = s.getProperty(CG.cue);
            out.add(s.getPropertyResourceValue(CG.stance).getLocalName() + " "
                    + (cue == null ? "-" : cue.getString()) + " | " + s.getProperty(CG.contentText).getString());
        });
        out.sort(null);
        return out;
    }

    @Test
    void aCueWordInsideAFirmsNameIsNoCue() {
        String text = "Ask Brennan joins the video market\n\nAsk Brennan has bought the Streamly website to improve "
                + "its index. Ask Brennan said it was not planning to change Streamly. It will feed the portals that "
                + "Ask Brennan runs.";
        assertEquals(List.of("Deny said | it was not planning to change Streamly"), statements(text));
    }

    @Test
    void aFirmSetToChallengeARivalQuestionsNothing() {
        String text = "Norwave to challenge Vista Box\n\nCable firm Norwave is to offer a recorder in a set-top box "
                + "to challenge Vista Box.";
        assertEquals(List.of("Assert is to offer | a recorder in a set-top box to challenge Vista Box",
                "Assert to challenge | Vista Box", "Assert to challenge | Vista Box"), statements(text));
    }

    @Test
    void aStartNotExpectedUntilADateDeniesNothing() {
        String text = "The maker said the chip was ready. A full launch of the next console is not expected to start "
                + "until 2027.";
        assertEquals(List.of("Assert is not expected | A full launch of the next console … to start until 2027",
                "Assert said | the chip was ready"), statements(text));
    }

    @Test
    void wishingSomethingWereNotSoHoldsItSo() {
        String text = "Readers sent us their lists. I only wish that the Korvan Slate wasn't just vapourware "
                + "otherwise it would be at the top.";
        assertEquals(List.of("Assert only wish | that the Korvan Slate wasn't just vapourware otherwise it would be "
                + "at the top"), statements(text));
    }

    @Test
    void aRhetoricalQuestionMakesAPoint() {
        String text = "Dana Holt runs a van hire firm. \"Why rent a van when you can borrow ours for free?\" she asked.";
        assertEquals(List.of("Assert asked | \"Why rent a van when you can borrow ours for free?\""),
                statements(text));
    }

    @Test
    void aPlainQuestionStillAsks() {
        String text = "Dana Holt runs a van hire firm. \"Will the bridge reopen in May?\" she asked.";
        assertEquals(List.of("Question asked | \"Will the bridge reopen in May?\""), statements(text));
    }

    @Test
    void neverOverAComparativePraisesRatherThanDenies() {
        String text = "The Tallow Prize was awarded on Friday. Judge Mira Solberg said poetry for children had never "
                + "looked stronger. \"Ansel Drey has never written a better book,\" she said. "
                + "Her fellow judge said the shortlist was not stronger than last year's.";
        assertEquals(List.of("Assert said | \"Ansel Drey has never written a better book,\"",
                "Assert said | poetry for children had never looked stronger",
                "Deny said | the shortlist was not stronger than last year's"), statements(text));
    }

    @Test
    void neverOverAComparativeWithAStatedStandardStillDenies() {
        // Compared with a stated standard, not with every other time: the toll was never above ten dollars.
        String text = "Harbor news. Omar Pell said the toll had never been higher than ten dollars. "
                + "Ivo Brandt said the firm had never paid workers less than the minimum wage.";
        assertEquals(List.of("Deny said | the firm had never paid workers less than the minimum wage",
                "Deny said | the toll had never been higher than ten dollars"), statements(text));
    }

    @Test
    void aNegativeQuestionSplitInTwoMakesAPointInBothParts() {
        String text = "Kerry Vale opposes the bridge toll. \"Wouldn't this be a good time to drop the toll, and why "
                + "do we need a toll at all?\" she asked.";
        assertEquals(List.of("Assert asked | \"Wouldn't this be a good time to drop the toll",
                "Assert asked | and why do we need a toll at all?\"", "Assert opposes | the bridge toll"),
                statements(text));
    }

    @Test
    void aRelativeClauseOfTheFrameMakesNoQuotedQuestionRhetorical() {
        // "who would" is a rhetorical opening only inside the question, not in the narration after its frame.
        String text = "The ferry stopped in May. Tessa Brill, who would lose her job, asked: \"Will the ferry run again?\"";
        assertEquals(List.of("Question asked: | \"Will the ferry run again?\""), statements(text));
    }

    @Test
    void aNegativeQuestionAfterASayingCueAsserts() {
        String text = "The toll rose again in May. \"Isn't it clear by now that the toll has failed?\" Kerry Vale said. "
                + "\"Would it not be wiser to listen?\" she added.";
        assertEquals(List.of("Assert added | \"Would it not be wiser to listen?\"",
                "Assert said | \"Isn't it clear by now that the toll has failed?\""), statements(text));
    }

    @Test
    void aQuestionQuotedInsideTheContentIsReportedNotAsked() {
        String text = "Mira Olsen has run the Quayside bookshop for twenty years. She says she was often asked: "
                + "\"Who will buy paper books now?\"";
        // The asking itself is a question, by someone the text does not name.
        assertEquals(List.of("Assert says | she was often asked: \"Who will buy paper books now?\"",
                "Question was often asked: | Who will buy paper books now"), statements(text));
    }

    @Test
    void theSpeakersOwnNegatedCertaintyLeavesTheClaimOpen() {
        String text = "The Harbor Trust met on Monday. \"We're not so sure,\" said Ola Berg. \"We don't know "
                + "whether the pier will reopen,\" she added.";
        assertEquals(List.of("Question added | \"We don't know whether the pier will reopen,\"",
                "Question said | \"We're not so sure,\""), statements(text));
    }

    @Test
    void aDareOrACompetitorsChallengeDisputesNothing() {
        String text = "Rana Holt won the appeal on Friday. \"We challenge him to take the same test,\" her lawyer said. "
                + "The panel challenged the findings of the first inquiry.";
        assertEquals(List.of("Assert said | \"We challenge him to take the same test,\"",
                "Deny challenged | the findings of the first inquiry"), statements(text));
    }
}
