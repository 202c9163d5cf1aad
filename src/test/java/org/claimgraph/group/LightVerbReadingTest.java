package org.claimgraph.group;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.convert.SharedConverter;
import org.claimgraph.rdf.CG;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;

/**
 * Light verbs say little of a claim: the state they put their object in ("put X at risk"), what someone is forced to
 * do ("forced to travel") and the penalty someone faces ("faces a suspension") are its event.
 */
class LightVerbReadingTest {

    private static Set<String> events(String text) {
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        Resource statement = g.listResourcesWithProperty(RDF.type, CG.Statement).next();
        Resource claim = statement.getPropertyResourceValue(CG.claim);
        return g.listObjectsOfProperty(claim, CG.eventTerm).mapWith(n -> n.toString()).toSet();
    }

    @Test
    void theStateAnObjectIsPutInIsTheEvent() {
        // The risk is the event, and one of the set of endangering: "would endanger the pupils" says the same.
        Set<String> events = events("Teachers warned that the cuts would put the pupils at risk.");
        assertTrue(events.contains("noun:risk"), events.toString());
        assertTrue(events.contains("noun:set:danger"), events.toString());
        assertTrue(!events.contains("verb:put"), events.toString());
    }

    @Test
    void whatSomeoneIsForcedToDoIsTheEvent() {
        Set<String> events = events("Growers said they would be forced to travel too far to sell their apples.");
        assertTrue(events.contains("verb:travel"), events.toString());
        assertTrue(!events.contains("verb:force"), events.toString());
    }

    @Test
    void thePenaltySomeoneFacesIsTheEvent() {
        // A suspension is a ban for a time: "was banned for two years" says the same of the goalkeeper.
        Set<String> events = events("The league said the goalkeeper faces a two-year suspension.");
        assertTrue(events.contains("noun:suspension"), events.toString());
        assertTrue(events.contains("noun:set:ban"), events.toString());
        assertTrue(!events.contains("verb:face"), events.toString());
        // Facing what is no act leaves the verb: "the minister would face the press".
        assertTrue(events("The aide said the minister would face the press.").contains("verb:face"));
    }
}
