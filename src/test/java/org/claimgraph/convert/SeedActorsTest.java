package org.claimgraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;
import org.claimgraph.read.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article's actors and the context of their statements: Umerov one person under all his mentions,
 * with roles and his country; Trump's post dated and placed on his social network; Putin's statement dated to
 * a month and placed at a summit; the General Staff an organisation.
 */
class SeedActorsTest {

    private static Model graph;

    @BeforeAll
    static void convertSeed() {
        var article = new ArticleReader().read(Path.of("seeds/000_46f0d68cc48e47aa.txt")).get(0);
        graph = SharedConverter.get().convert(article).graph();
    }

    private static Resource actor(String label) {
        List<Resource> found = graph.listResourcesWithProperty(RDFS.label, label).filterKeep(
                r -> r.hasProperty(RDF.type, CG.Actor)).toList();
        assertEquals(1, found.size(), "actors labelled " + label + ": " + found);
        return found.get(0);
    }

    private static Set<String> strings(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.listProperties(p).mapWith(st -> st.getObject().isLiteral() ? st.getString()
                : st.getResource().getProperty(RDFS.label).getString()).toSet();
    }

    private static List<Resource> statementsBy(Resource actor) {
        return graph.listResourcesWithProperty(CG.speaker, actor).toList();
    }

    @Test
    void umerovIsOneActorWithAliasesRolesAndCountry() {
        Resource umerov = actor("Rustem Umerov");
        assertTrue(umerov.hasProperty(RDF.type, CG.Person));
        Set<String> aliases = strings(umerov, CG.alias);
        assertTrue(aliases.size() >= 3 && aliases.contains("Umerov"), aliases.toString());
        assertTrue(strings(umerov, CG.role).stream().anyMatch(r -> r.contains("Defense Ministry")),
                strings(umerov, CG.role).toString());
        assertTrue(strings(umerov, CG.affiliation).contains("Ukraine"), strings(umerov, CG.affiliation).toString());
        // He heads "the Defense Ministry" and is Ukrainian, so the ministry is Ukraine's, not any country's.
        assertTrue(strings(umerov, CG.affiliation).contains("Defense Ministry of Ukraine"),
                strings(umerov, CG.affiliation).toString());
        // "he", "the minister", "the head of the Defense Ministry" and "Umerov" are all him: no other person
        // speaks in his sentences, so every person but Trump and Putin is Umerov.
        Set<String> people = graph.listResourcesWithProperty(RDF.type, CG.Person)
                .mapWith(r -> r.getProperty(RDFS.label).getString()).toSet();
        assertEquals(Set.of("Rustem Umerov", "Donald Trump", "Vladimir Putin"), people);
        assertTrue(statementsBy(umerov).size() >= 10, "Umerov's statements: " + statementsBy(umerov).size());
    }

    @Test
    void trumpPostedOnFridayOnHisSocialNetwork() {
        Resource statement = only(statementsBy(actor("Donald Trump")));
        assertEquals(date("2025-03-14", XSDDatatype.XSDdate), statement.getProperty(CG.date).getLiteral());
        Resource medium = statement.getPropertyResourceValue(CG.medium);
        assertEquals("Truth Social", medium.getProperty(RDFS.label).getString());
        assertTrue(medium.hasProperty(RDF.type, CG.SocialNetwork));
        assertTrue(medium.hasProperty(RDF.type, CG.Medium));
    }

    @Test
    void putinSpokeInOctober2024AtTheSummit() {
        Resource putin = actor("Vladimir Putin");
        Resource statement = only(statementsBy(putin));
        assertEquals(date("2024-10", XSDDatatype.XSDgYearMonth), statement.getProperty(CG.date).getLiteral());
        Resource medium = statement.getPropertyResourceValue(CG.medium);
        assertEquals("BRICS summit", medium.getProperty(RDFS.label).getString());
        assertTrue(medium.hasProperty(RDF.type, CG.Event));
        assertTrue(strings(putin, CG.role).contains("Russian dictator"), strings(putin, CG.role).toString());
        assertTrue(strings(putin, CG.affiliation).contains("Russia"), strings(putin, CG.affiliation).toString());
    }

    @Test
    void bodiesAndCollectivesAreTyped() {
        assertTrue(actor("General Staff of the Ukrainian Armed Forces").hasProperty(RDF.type, CG.Organization));
        assertTrue(actor("Russian propaganda").hasProperty(RDF.type, CG.Group));
    }

    @Test
    void statementsWithoutATimePhraseHaveNoDate() {
        long dated = graph.listResourcesWithProperty(RDF.type, CG.Statement)
                .filterKeep(s -> s.hasProperty(CG.date)).toList().size();
        assertEquals(2, dated, "only Trump's and Putin's statements say when");
    }

    private static Resource only(List<Resource> statements) {
        assertEquals(1, statements.size(), statements.toString());
        return statements.get(0);
    }

    private static Literal date(String value, XSDDatatype type) {
        return graph.createTypedLiteral(value, type);
    }

}
