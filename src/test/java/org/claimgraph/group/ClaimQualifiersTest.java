package org.claimgraph.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.convert.SharedConverter;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.rdf.CG;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;

/**
 * What tells a claim from others of one kind of event in a story: its time against the report, a condition, a
 * route, the named doer and the name of the thing it is about; claims that differ in one are not joined.
 */
class ClaimQualifiersTest {

    /** The details of the claim of the text's only statement. */
    private static Set<String> details(String text) {
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        Resource statement = g.listResourcesWithProperty(RDF.type, CG.Statement).next();
        Resource claim = statement.getPropertyResourceValue(CG.claim);
        Set<String> out = new TreeSet<>();
        g.listObjectsOfProperty(claim, CG.detailTerm).forEachRemaining(n -> out.add(n.asLiteral().getString()));
        return out;
    }

    private static Set<String> ofKind(Set<String> details, String kind) {
        Set<String> out = new TreeSet<>(details);
        out.removeIf(d -> !d.startsWith(kind));
        return out;
    }

    private static Set<String> times(String text, String published) {
        return ClaimQualifiers.times(text, List.of(new CharSpan(0, text.length())),
                Optional.of(LocalDate.parse(published)));
    }

    @Test
    void lastYearsEventAndTheOnePlannedAreDifferentFacts() {
        Set<String> past = times("the workers had struck last year over pay", "2025-06-02");
        Set<String> planned = times("the workers will strike next month", "2025-06-02");
        assertEquals(Set.of("time:past"), past);
        assertEquals(Set.of("time:future"), planned);
        assertTrue(ClaimDetails.conflict(past, planned));
        // A claim that gives no time may be either.
        assertFalse(ClaimDetails.conflict(past, times("the workers joined the strike", "2025-06-02")));
        assertFalse(ClaimDetails.conflict(planned, times("staff are to walk out in July", "2025-06-02")));
    }

    @Test
    void aYearIsPlacedByTheArticlesDate() {
        assertEquals(Set.of("time:past"), times("the state had capped bills in 2022", "2025-10-14"));
        assertEquals(Set.of("time:future"), times("the firm shuts the site in 2027", "2025-10-14"));
        assertEquals(Set.of(), times("sales fell in 2025", "2025-10-14"));
    }

    @Test
    void aConditionIsReadFromAnAdverbialClauseOnly() {
        assertEquals(Set.of("condition:if"),
                ofKind(details("Jo Brand said that if the talks fail, the plant will close."), "condition:"));
        assertEquals(Set.of(), ofKind(details("Jo Brand asked if the plant would close."), "condition:"));
        // After a verb of finding out, "if" asks whether.
        assertEquals(Set.of(), ofKind(details("The post office said it was investigating to see if it could find "
                + "the fault."), "condition:"));
    }

    @Test
    void theRouteOfADeedIsADetail() {
        assertEquals(Set.of("route:through"),
                ofKind(details("The prosecutor said the money went through a shell company."), "route:"));
    }

    @Test
    void theNamedDoerOfAnActiveVerbIsTheAgent() {
        assertEquals(Set.of("agent:kestrel", "agent:works"),
                ofKind(details("Paul Nunez said that a rival firm, Kestrel Works, had paid bribes."), "agent:"));
        // A speaking body's "it" is the body.
        assertEquals(Set.of("agent:brenholt"),
                ofKind(details("The parts supplier Brenholt said it would also cut jobs."), "agent:"));
        // The subject of a passive verb is done to.
        assertEquals(Set.of(), ofKind(details("Ann Lee said that Brightmoor would be sold to Halvig."), "agent:"));
    }

    @Test
    void theNameOfAThingOfAKindIsKeptWithItsNoun() {
        assertTrue(details("The union said Torvik would close the Kelby plant.").contains("named:plant=kelby"));
        assertTrue(details("Paul Nunez said the firm had paid bribes to win the contract for the Orwell rail line.")
                .contains("named:contract=orwell"));
        assertTrue(ClaimDetails.conflict(Set.of("named:plant=kelby"), Set.of("named:plant=ashmoor")));
        assertFalse(ClaimDetails.conflict(Set.of("named:plant=kelby"), Set.of("named:factory=kelby")));
    }

    @Test
    void claimsOfOneArticleThatDifferInAQualifierAreNotJoined() {
        String text = "Two managers said that Torvik will close the Kelby plant next year. "
                + "The union warned that if the talks fail, Torvik will close the Ashmoor plant too. "
                + "A spokesman denied that Torvik planned to close the Ashmoor plant. "
                + "The organiser recalled that the Kelby workers had struck last year. "
                + "The union announced that the Kelby workers will strike next month.";
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        Map<String, Resource> claims = new java.util.HashMap<>();
        g.listResourcesWithProperty(RDF.type, CG.Statement).forEachRemaining(s ->
                claims.put(s.getProperty(CG.cue).getString(), s.getPropertyResourceValue(CG.claim)));
        assertEquals(5, claims.size(), claims.toString());
        assertEquals(5, new java.util.HashSet<>(claims.values()).size(), claims.toString());
        assertNotEquals(claims.get("recalled"), claims.get("announced"), claims.toString());
    }
}
