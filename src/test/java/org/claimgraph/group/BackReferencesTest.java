package org.claimgraph.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.convert.SharedConverter;
import org.claimgraph.rdf.CG;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;

/**
 * A claim noun standing alone ("the allegation", "these claims") takes the claim it refers to, told by its meaning,
 * the words it adds and its speaker, not simply the latest claim; when nothing decides, it stays apart.
 */
class BackReferencesTest {

    /** The claim of each statement, by its cue. */
    private static Map<String, Resource> claimByCue(String text) {
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        Map<String, Resource> out = new HashMap<>();
        g.listResourcesWithProperty(RDF.type, CG.Statement).forEachRemaining(s ->
                out.put(s.getProperty(CG.cue).getString(), s.getPropertyResourceValue(CG.claim)));
        return out;
    }

    @Test
    void anAllegationIsTheDeedNotTheFindingToldAsItsEvidence() {
        Map<String, Resource> claims = claimByCue("The insurer said the warehouse fire had been started on purpose. "
                + "The insurer added that its inspectors had found traces of diesel in the storeroom.\n\n"
                + "The warehouse's owner, Tobias Grell, called the allegation ridiculous.");
        assertNotNull(claims.get("called"), claims.toString());
        assertEquals(claims.get("said"), claims.get("called"), claims.toString());
        assertNotEquals(claims.get("added"), claims.get("called"), claims.toString());
    }

    @Test
    void aClaimNounAfterSeveralClaimsOfOneSpeakerStaysApart() {
        // Nothing says whether the wages or the ovens are rejected: no guess.
        Map<String, Resource> claims = claimByCue("Union leader Mara Holt said the bakery had cut the wages of "
                + "its drivers. Holt added that the ovens had not been cleaned for months.\n\n"
                + "The bakery rejected the allegations.");
        assertNotNull(claims.get("rejected"), claims.toString());
        assertNotEquals(claims.get("said"), claims.get("rejected"), claims.toString());
        assertNotEquals(claims.get("added"), claims.get("rejected"), claims.toString());
    }

    @Test
    void aClaimNounNamingItsSpeakerIsThatSpeakersClaim() {
        Map<String, Resource> claims = claimByCue("Greenway Trust said the Harlow dairy had polluted the river. "
                + "The mayor announced that the new bridge would open in June. "
                + "The dairy rejected Greenway's claims.");
        assertNotNull(claims.get("rejected"), claims.toString());
        assertEquals(claims.get("said"), claims.get("rejected"), claims.toString());
        assertNotEquals(claims.get("announced"), claims.get("rejected"), claims.toString());
    }

    @Test
    void aClaimNounAfterOneClaimOfItsSpeakerTakesIt() {
        Map<String, Resource> claims = claimByCue("The mayor announced that the new bridge would open in June. "
                + "Campaigners said the Harlow dairy had polluted the river. "
                + "The dairy rejected the claims.");
        assertNotNull(claims.get("rejected"), claims.toString());
        assertEquals(claims.get("said"), claims.get("rejected"), claims.toString());
    }

    @Test
    void aClaimNounDeniedAsTheNextStatementDeniesIsThatClaim() {
        // The report told the closures and then the job losses; the spokeswoman's denial right after says which.
        Map<String, Resource> claims = claimByCue("Analysts at Corbin Bank claimed that the bakery chain Harlow plans "
                + "to close 30 of its shops. The analysts added that about 600 jobs would go.\n\n"
                + "Harlow dismissed the report. A spokeswoman for Harlow said: \"We have no plans to close shops.\"");
        assertNotNull(claims.get("dismissed"), claims.toString());
        assertEquals(claims.get("claimed"), claims.get("said:"), claims.toString());
        assertEquals(claims.get("claimed"), claims.get("dismissed"), claims.toString());
        assertNotEquals(claims.get("added"), claims.get("dismissed"), claims.toString());
    }
}
