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
 * A word around a proposition that is not its event (a word of likelihood or ability, a decision, evidence, a verb
 * of coming into a state or of realising) is read through to the event it frames, so that the claim meets the same
 * event told plainly in another article.
 */
class FramingWordReadingTest {

    /** The event terms of the claim of the text's first statement. */
    private static Set<String> events(String text) {
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        Resource statement = g.listResourcesWithProperty(RDF.type, CG.Statement).next();
        Resource claim = statement.getPropertyResourceValue(CG.claim);
        return g.listObjectsOfProperty(claim, CG.eventTerm).mapWith(n -> n.toString()).toSet();
    }

    /** Asserts that the claim of the text's first statement has these events and not the framing word. */
    private static void assertReadAs(String text, String framing, String... expected) {
        Set<String> events = events(text);
        assertTrue(events.containsAll(Set.of(expected)) && !events.contains(framing), events.toString());
    }

    @Test
    void aWordOfLikelihoodIsReadThroughToWhatIsLikely() {
        assertReadAs("The mayor said the library is likely to close next year.", "adjective:likely", "verb:close");
        assertReadAs("The mayor said it is clear that the council sold the land.", "adjective:clear", "verb:sell");
        assertReadAs("The mayor said the council is expected to sell the land.", "verb:expect", "verb:sell");
        // "unable" is read through as "able" is: the stance reads the claim as denied.
        assertReadAs("The mayor said the council was unable to sell the land.", "adjective:unable", "verb:sell");
    }

    @Test
    void aGerundAfterAnAspectVerbIsTheEventThoughTheParserMadeItAModifier() {
        // "keep running buses" is going on running them, not keeping buses (no keeping to deny a closure).
        assertReadAs("The operator said it would keep running buses between the two towns.", "verb:keep",
                "verb:run");
    }

    @Test
    void aDecisionIsReadThroughToWhatIsDecided() {
        assertReadAs("The mayor said the council took the decision to close the library.", "noun:decision",
                "verb:close");
        assertReadAs("The mayor said the council had decided to close the library.", "verb:decide", "verb:close");
    }

    @Test
    void evidenceThatSomethingHappenedIsAboutWhatHappened() {
        assertReadAs("The team said there was evidence that the water had been poisoned.", "noun:evidence",
                "verb:poison");
        assertReadAs("The engineers said there was no sign that the bridge had moved.", "noun:sign", "verb:move");
    }

    @Test
    void aFindingWithAClauseIsAboutWhatWasFound() {
        // "found that P" frames P as "showed that P" does; "found traces of diesel" keeps its finding.
        assertReadAs("The union said inspectors had found that the fans in the mine had been switched off.",
                "verb:find", "verb:switch off");
        assertReadAs("The union said inspectors had discovered that the pumps had failed.", "verb:discover",
                "verb:fail");
        assertTrue(events("The union said inspectors had found traces of diesel in the tunnel.")
                .contains("verb:find"));
    }

    @Test
    void aParticleRightAfterTheVerbMakesThePhrasalVerbWhereverItIsHung() {
        // The parser hangs "up" on "percent"; "set to" is read through to "go up", a rise.
        assertReadAs("The analyst said household power bills are set to go up 8 percent from January.", "verb:set",
                "verb:go up", "verb:set:increase");
    }

    @Test
    void comingIntoAStateIsTheState() {
        assertReadAs("The firm said the factory had gone bankrupt.", "verb:go", "adjective:bankrupt");
    }

    @Test
    void whatIsRealizedIsTheClaimButNotWhatIsForgotten() {
        // Verbs WordNet files among the verbs of thinking hold their "that" clause true.
        assertReadAs("The mayor said the council realized that the land had been sold.", "verb:realize", "verb:sell");
        assertReadAs("The mayor said the council remembered that the land had been sold.", "verb:remember",
                "verb:sell");
        // A verb of thinking that does not hold its clause true keeps its event.
        assertTrue(events("The mayor said the council forgot that the land had been sold.").contains("verb:forget"));
    }
}
