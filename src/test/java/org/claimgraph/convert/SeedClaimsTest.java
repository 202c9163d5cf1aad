package org.claimgraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.NIF;
import org.claimgraph.read.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article's claims, as DESIGN.md says it must yield them: one claim that Ukrainian troops are
 * encircled in Kursk region, with Umerov's three denials, Trump's assertion, Putin's nested and dated one,
 * the General Staff's denial and the Russian propaganda's assertion; Umerov's other claims apart from it and
 * from each other.
 */
class SeedClaimsTest {

    private static Model graph;
    private static String text;
    private static List<Resource> statements;

    @BeforeAll
    static void convertSeed() {
        var article = new ArticleReader().read(Path.of("seeds/000_46f0d68cc48e47aa.txt")).get(0);
        text = article.text();
        graph = SharedConverter.get().convert(article).graph();
        statements = graph.listResourcesWithProperty(RDF.type, CG.Statement).toList();
    }

    private static String speaker(Resource s) {
        return s.getPropertyResourceValue(CG.speaker).getProperty(RDFS.label).getString();
    }

    private static String content(Resource s) {
        return s.getProperty(CG.contentText).getString();
    }

    private static Resource claim(Resource s) {
        return s.getPropertyResourceValue(CG.claim);
    }

    /** The one statement matching the description; fails naming it when there is none or several. */
    private static Resource the(String description, Predicate<Resource> test) {
        List<Resource> found = statements.stream().filter(test).toList();
        assertEquals(1, found.size(), description + ": " + found.stream().map(SeedClaimsTest::describe).toList());
        return found.get(0);
    }

    private static String describe(Resource s) {
        return speaker(s) + " " + s.getPropertyResourceValue(CG.stance).getLocalName() + " '"
                + s.getProperty(CG.cue).getString() + "' " + content(s) + " -> "
                + claim(s).getProperty(RDFS.label).getString();
    }

    private static Predicate<Resource> by(String speakerLabel) {
        return s -> speaker(s).equals(speakerLabel);
    }

    private static Predicate<Resource> saying(String words) {
        return s -> content(s).contains(words);
    }

    private static Resource leadDenial() {
        int leadEnd = text.codePointCount(0, text.indexOf('\n'));
        return the("Umerov's denial in the lead", by("Rustem Umerov").and(s -> s.hasProperty(CG.cueLemma, "deny")
                && s.getPropertyResourceValue(CG.cueSpan).getProperty(NIF.endIndex).getInt() <= leadEnd));
    }

    private static Resource encirclement() {
        return claim(leadDenial());
    }

    @Test
    void umerovDeniesTheEncirclementThreeTimes() {
        Resource lead = leadDenial();
        Resource quote = the("the quote 'no unit … is encircled'", by("Rustem Umerov").and(saying("no unit")));
        Resource notCorrect = the("'the claims … are not correct'", by("Rustem Umerov").and(saying("not correct")));
        for (Resource s : List.of(lead, quote, notCorrect)) {
            assertEquals(encirclement(), claim(s), describe(s));
            assertTrue(s.hasProperty(CG.stance, CG.Deny), describe(s));
        }
    }

    @Test
    void trumpAssertsItInADirectQuoteOnFriday() {
        Resource trump = the("Trump's post", by("Donald Trump").and(saying("completely surrounded")));
        assertEquals(encirclement(), claim(trump), describe(trump));
        assertTrue(trump.hasProperty(CG.stance, CG.Assert), describe(trump));
        assertTrue(trump.hasProperty(CG.quoteType, CG.Direct), describe(trump));
        assertDate(trump, "2025-03-14", XSDDatatype.XSDdate);
    }

    @Test
    void putinAssertedItInOctober2024AsUmerovReports() {
        Resource putin = the("Putin's statement", by("Vladimir Putin"));
        assertEquals(encirclement(), claim(putin), describe(putin));
        assertTrue(putin.hasProperty(CG.stance, CG.Assert), describe(putin));
        assertDate(putin, "2024-10", XSDDatatype.XSDgYearMonth);
        Resource reporter = putin.getPropertyResourceValue(CG.reportedBy);
        assertTrue(reporter != null && speaker(reporter).equals("Rustem Umerov"), "reported by Umerov: " + reporter);
        // Umerov's recall claims that the statement was made, not that troops are encircled (which he denies).
        assertNotEquals(encirclement(), claim(reporter), describe(reporter));
        assertTrue(reporter.hasProperty(CG.stance, CG.Assert), describe(reporter));
    }

    @Test
    void theGeneralStaffDeniesIt() {
        Resource staff = the("the General Staff's denial", by("General Staff of the Ukrainian Armed Forces"));
        assertEquals(encirclement(), claim(staff), describe(staff));
        assertTrue(staff.hasProperty(CG.stance, CG.Deny), describe(staff));
    }

    @Test
    void theRussianPropagandaAssertsItAsAGroup() {
        Resource russians = the("the Russians' assertion", s -> s.getPropertyResourceValue(CG.speaker)
                .hasProperty(RDF.type, CG.Group) && speaker(s).matches("(?i).*\\bRussian(s| propaganda)\\b.*"));
        assertTrue(speaker(russians).length() <= "Russian propaganda".length(), "speaker mention: " + speaker(russians));
        assertEquals(encirclement(), claim(russians), describe(russians));
        assertTrue(russians.hasProperty(CG.stance, CG.Assert), describe(russians));
    }

    @Test
    void theEncirclementClaimHoldsExactlyTheseSevenStatements() {
        Set<String> members = statements.stream().filter(s -> claim(s).equals(encirclement()))
                .map(SeedClaimsTest::describe).collect(Collectors.toSet());
        assertEquals(7, members.size(), String.join("\n", members));
    }

    @Test
    void umerovsOtherClaimsStandApartFromItAndFromEachOther() {
        List<Resource> others = List.of(
                the("defensive operations continue", by("Rustem Umerov").and(saying("defensive operations"))),
                the("the redeployment", by("Rustem Umerov").and(saying("redeployment"))),
                the("the aspiration to join the EU and NATO", by("Rustem Umerov").and(saying("aspiration"))),
                the("the ball is on Russia's side", by("Rustem Umerov").and(saying("ball is on"))));
        Set<Resource> claims = new HashSet<>();
        for (Resource s : others) {
            assertNotEquals(encirclement(), claim(s), describe(s));
            assertTrue(claims.add(claim(s)), "shares a claim with another: " + describe(s));
        }
    }

    private static void assertDate(Resource statement, String value, XSDDatatype type) {
        assertTrue(statement.hasProperty(CG.date), "no cg:date on " + describe(statement));
        Literal date = statement.getProperty(CG.date).getLiteral();
        assertEquals(value, date.getLexicalForm(), describe(statement));
        assertEquals(type.getURI(), date.getDatatypeURI(), describe(statement));
    }
}
