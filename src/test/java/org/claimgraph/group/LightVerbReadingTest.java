package org.claimgraph.group;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
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
        return terms(text, CG.eventTerm);
    }

    private static Set<String> arguments(String text) {
        return terms(text, CG.argumentTerm);
    }

    /** The terms of one kind of the claim of the text's first statement. */
    private static Set<String> terms(String text, Property kind) {
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        Resource statement = g.listResourcesWithProperty(RDF.type, CG.Statement).next();
        Resource claim = statement.getPropertyResourceValue(CG.claim);
        return g.listObjectsOfProperty(claim, kind).mapWith(n -> n.toString()).toSet();
    }

    /** Asserts that the claim of the text's first statement has these events and not the light verb. */
    private static void assertReadAs(String text, String lightVerb, String... expected) {
        Set<String> events = events(text);
        assertTrue(events.containsAll(Set.of(expected)) && !events.contains(lightVerb), events.toString());
    }

    @Test
    void theStateAnObjectIsPutInIsTheEvent() {
        // The risk is the event, and one of the set of endangering: "would endanger the pupils" says the same.
        assertReadAs("Teachers warned that the cuts would put the pupils at risk.", "verb:put", "noun:risk",
                "noun:set:danger");
    }

    @Test
    void whatSomeoneIsForcedToDoIsTheEvent() {
        assertReadAs("Growers said they would be forced to travel too far to sell their apples.", "verb:force",
                "verb:travel");
    }

    @Test
    void thePenaltySomeoneFacesIsTheEvent() {
        // A suspension is a ban for a time: "was banned for two years" says the same of the goalkeeper.
        assertReadAs("The league said the goalkeeper faces a two-year suspension.", "verb:face", "noun:suspension",
                "noun:set:ban");
        // Facing what is no act leaves the verb: "the minister would face the press".
        assertTrue(events("The aide said the minister would face the press.").contains("verb:face"));
    }
    @Test
    void whatSomeoneIsPreparingToDoIsTheEvent() {
        // "preparing to lay off" is told elsewhere as "will lay off" or "would lose their jobs".
        assertReadAs("Ostrava Freight is preparing to lay off 90 workers, a union official said.", "verb:prepare",
                "verb:lay off", "verb:set:job-loss");
    }

    @Test
    void theClauseSomeoneRegretsIsTheEvent() {
        // Regretting a clause holds it true, as fearing it does: the event is in the clause.
        assertReadAs("The mayor said she regretted that 40 jobs would go at the depot.", "verb:regret",
                "verb:go", "verb:set:job-loss");
    }

    @Test
    void anEventThatComesIntoForceIsTheEvent() {
        // "will come into force" says only that the ban starts to hold: "will ban parking" says the same.
        assertReadAs("The council said a parking ban will come into force in Dunmere next month.", "verb:come",
                "noun:ban");
        assertReadAs("The regulator said the merger would take effect in May.", "verb:take", "noun:merger");
    }

    @Test
    void rulesThatTakeEffectAreTheEvent() {
        // What takes effect is a rule, a law or a tax, no event noun; the phrase's "effect" and "place" say nothing.
        assertReadAs("Officials said the new parking rules would take effect in June.", "verb:take", "noun:rule");
        Set<String> arguments = arguments("Officials said the new parking rules would take effect in June.");
        assertTrue(!arguments.contains("noun:effect"), arguments.toString());
        assertTrue(!arguments("The club said the vote would take place on Friday.").contains("noun:place"));
    }

    @Test
    void anEventOnTheTableIsTheEvent() {
        // "was not on the table" says whether the sale is proposed: the claim is the sale, not a table.
        assertReadAs("The mayor said the sale of the harbour was not on the table.", "noun:table", "noun:sale");
        assertReadAs("The mayor said on Monday that the sale of the harbour was \"not on the table\".", "noun:table",
                "noun:sale");
    }

    @Test
    void theStateAThingStaysInIsTheEvent() {
        // "stayed shut" says what "were shut" says; the parser tags the participle as a past tense here.
        assertReadAs("The caretaker said the doors had stayed shut all night.", "verb:stay", "verb:shut");
        assertReadAs("The caretaker said the library would remain open until March.", "verb:remain",
                "adjective:open");
        // Staying somewhere is no state of the kind: the verb stays the event.
        assertTrue(events("The caretaker said the mayor would stay in the town.").contains("verb:stay"));
    }

    @Test
    void whatASubjectIsResponsibleForOrHadAPartInIsTheEvent() {
        // Each says what "the storm caused the flooding" says: the flooding, with the storm an argument.
        assertReadAs("The inspector said the storm was responsible for the flooding.", "adjective:responsible",
                "noun:flooding");
        assertReadAs("The inspector said the storm had played a part in the flooding.", "verb:play",
                "noun:flooding");
        assertTrue(arguments("The inspector said the storm had played a part in the flooding.")
                .contains("noun:storm"));
        // An idea with its clause is a claim noun: the claim is the clause.
        assertReadAs("The inspector rejected the idea that the storm had contributed to the flooding.", "noun:idea",
                "noun:flooding");
    }

    @Test
    void whatAWitnessSawHappenIsTheEvent() {
        // As a witness tells it: the gates opening, not a seeing to meet every other claim that someone saw something.
        assertReadAs("\"We saw the sluice gates open at noon,\" said the farmer.", "verb:see", "adjective:open");
        assertTrue(arguments("\"We saw the sluice gates open at noon,\" said the farmer.").contains("noun:gate"));
        // Seeing a thing is no happening seen: the verb stays the event.
        assertTrue(events("The farmer said she saw the report on Monday.").contains("verb:see"));
    }
}
