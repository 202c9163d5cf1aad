package org.claimgraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;
import org.claimgraph.read.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our own articles (src/test/resources/actors): one person under different mentions in two articles is one
 * IRI; an anonymous source in each is two actors; roles, affiliations, media and relative dates.
 */
class ActorFixturesTest {

    private static Model first;
    private static Model second;
    private static Model dated;

    @BeforeAll
    static void convert() {
        first = convert("harbour-talks-a.txt");
        second = convert("harbour-talks-b.txt");
        dated = convert("when-and-where.txt");
    }

    private static Model convert(String name) {
        var article = new ArticleReader().read(Path.of("src/test/resources/actors", name)).get(0);
        return SharedConverter.get().convert(article).graph();
    }

    private static Set<Resource> speakers(Model m) {
        return m.listObjectsOfProperty(CG.speaker).mapWith(n -> n.asResource()).toSet();
    }

    private static Set<Resource> speakersLabelled(Model m, String label) {
        return speakers(m).stream().filter(r -> r.hasProperty(RDFS.label, label)).collect(Collectors.toSet());
    }

    private static List<Resource> statementsOf(Model m, String speakerLabel) {
        return m.listResourcesWithProperty(RDF.type, CG.Statement)
                .filterKeep(s -> s.getPropertyResourceValue(CG.speaker).hasProperty(RDFS.label, speakerLabel)).toList();
    }

    @Test
    void thePersonIsOneIriInBothArticles() {
        // First article: "Finnish Foreign Minister Maria Lindqvist", "Lindqvist", "the minister"; second: an
        // apposition and "she".
        Set<Resource> a = speakersLabelled(first, "Maria Lindqvist");
        Set<Resource> b = speakersLabelled(second, "Maria Lindqvist");
        assertEquals(1, a.size(), speakers(first).toString());
        assertEquals(a, b);
        assertTrue(statementsOf(first, "Maria Lindqvist").size() >= 3, "the surname and 'the minister' are her");
        assertTrue(statementsOf(second, "Maria Lindqvist").size() >= 2, "'she' is her");
        Resource lindqvist = a.iterator().next();
        Set<String> affiliations = first.listObjectsOfProperty(lindqvist, CG.affiliation)
                .mapWith(n -> n.asResource().getProperty(RDFS.label).getString()).toSet();
        assertEquals(Set.of("Finland"), affiliations);
    }

    @Test
    void anonymousSourcesStayInTheirArticle() {
        Resource sourceA = speakers(first).stream().filter(r -> r.getProperty(RDFS.label).getString()
                .startsWith("source")).findFirst().orElseThrow(() -> new AssertionError(speakers(first)));
        Resource sourceB = speakers(second).stream().filter(r -> r.getProperty(RDFS.label).getString()
                .startsWith("source")).findFirst().orElseThrow(() -> new AssertionError(speakers(second)));
        assertNotEquals(sourceA.getURI(), sourceB.getURI());
        assertTrue(sourceA.getURI().contains("/actor/") && sourceA.getURI().split("/actor/")[1].contains("/"),
                "an anonymous actor's IRI lies in its article's namespace: " + sourceA);
    }

    @Test
    void collectivesAreGroupsAndBodiesOrganisations() {
        Resource russians = speakers(first).stream().filter(r -> r.getProperty(RDFS.label).getString()
                .contains("Russians")).findFirst().orElseThrow(() -> new AssertionError(speakers(first)));
        assertTrue(russians.hasProperty(RDF.type, CG.Group));
        assertTrue(speakersLabelled(second, "Ministry of Finance").iterator().next()
                .hasProperty(RDF.type, CG.Organization));
    }

    @Test
    void mediaAreNamedAndTyped() {
        Map<String, Resource> media = dated.listObjectsOfProperty(CG.medium).mapWith(n -> n.asResource()).toSet()
                .stream().collect(Collectors.toMap(r -> r.getProperty(RDFS.label).getString(), r -> r));
        assertEquals(Set.of("Facebook", "Baltic Cities Forum", "CNN"), media.keySet());
        assertTrue(media.get("Facebook").hasProperty(RDF.type, CG.SocialNetwork));
        assertTrue(media.get("Baltic Cities Forum").hasProperty(RDF.type, CG.Event));
        assertTrue(media.get("CNN").hasProperty(RDF.type, CG.NewsOutlet));
        assertEquals("https://w3id.org/claimgraph/id/medium/cnn", media.get("CNN").getURI());
        assertEquals(Set.of("Reuters"), first.listObjectsOfProperty(CG.medium)
                .mapWith(n -> n.asResource().getProperty(RDFS.label).getString()).toSet());
    }

    @Test
    void relativeDatesResolveAgainstTheArticleDate() {
        // The article is of Monday 2025-03-17.
        Set<String> heikkinen = dates(statementsOf(dated, "Tom Heikkinen"));
        assertTrue(heikkinen.containsAll(Set.of("2025-03-16", "2025-03")), "yesterday, last week, earlier this month: "
                + heikkinen);
        assertEquals(Set.of("2025-03-14", "2024-10"), dates(statementsOf(dated, "Anna Berg")));
        long undated = statementsOf(dated, "Anna Berg").stream().filter(s -> !s.hasProperty(CG.date)).count();
        assertTrue(undated >= 1, "'said in an interview' names no time");
        assertEquals("2025-02-10", dates(statementsOf(first, "Maria Lindqvist")).iterator().next(),
                "'on Monday' in an article of that Monday is the same day");
    }

    private static Set<String> dates(List<Resource> statements) {
        return statements.stream().filter(s -> s.hasProperty(CG.date))
                .map(s -> s.getProperty(CG.date).getLiteral().getLexicalForm()).collect(Collectors.toSet());
    }
}
