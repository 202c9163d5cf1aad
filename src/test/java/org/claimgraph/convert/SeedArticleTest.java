package org.claimgraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.NIF;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.validate.ShapeValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article (Ukrinform, 2025-03-17) through the whole converter: what DESIGN.md says it must yield. */
class SeedArticleTest {

    private static Model graph;
    private static String text;

    @BeforeAll
    static void convertSeed() {
        var article = new ArticleReader().read(Path.of("seeds/000_46f0d68cc48e47aa.txt")).get(0);
        text = article.text();
        graph = SharedConverter.get().convert(article).graph();
    }

    private static List<Resource> statementsBy(String speakerLabel) {
        return graph.listResourcesWithProperty(RDF.type, CG.Statement).toList().stream()
                .filter(s -> s.getPropertyResourceValue(CG.speaker).getProperty(RDFS.label).getString()
                        .equals(speakerLabel))
                .toList();
    }

    private static int begin(Resource statement, org.apache.jena.rdf.model.Property span) {
        return statement.getPropertyResourceValue(span).getProperty(NIF.beginIndex).getInt();
    }

    @Test
    void umerovMakesAtLeastFiveStatementsAndDeniesInTheLead() {
        List<Resource> umerov = statementsBy("Rustem Umerov");
        assertTrue(umerov.size() >= 5, "Umerov statements: " + umerov.size());
        int leadEnd = text.codePointCount(0, text.indexOf('\n'));
        assertTrue(umerov.stream().anyMatch(s -> s.hasProperty(CG.stance, CG.Deny)
                        && begin(s, CG.cueSpan) < leadEnd && s.getProperty(CG.cueLemma).getString().equals("deny")),
                "a cg:Deny by Umerov in the lead sentence");
    }

    @Test
    void trumpAssertsInADirectQuote() {
        List<Resource> trump = statementsBy("Donald Trump");
        assertTrue(trump.stream().anyMatch(s -> s.hasProperty(CG.quoteType, CG.Direct)
                && s.hasProperty(CG.stance, CG.Assert)
                && s.getProperty(CG.contentText).getString().contains("completely surrounded")), "Trump's quote");
    }

    @Test
    void generalStaffDenies() {
        List<Resource> staff = statementsBy("General Staff of the Ukrainian Armed Forces");
        assertTrue(staff.stream().anyMatch(s -> s.hasProperty(CG.stance, CG.Deny)), "General Staff denial");
    }

    @Test
    void everySpanAnchorsTheTextAtItsCodePointOffsets() {
        List<Resource> spans = graph.listResourcesWithProperty(RDF.type, NIF.String).toList();
        assertTrue(spans.size() > 20, "spans: " + spans.size());
        int[] codePoints = text.codePoints().toArray();
        for (Resource span : spans) {
            int b = span.getProperty(NIF.beginIndex).getInt();
            int e = span.getProperty(NIF.endIndex).getInt();
            assertEquals(new String(codePoints, b, e - b), span.getProperty(NIF.anchorOf).getString(),
                    "anchor of " + span);
        }
    }

    @Test
    void theGraphConformsToTheShapes() {
        assertTrue(new ShapeValidator().validate(graph.getGraph()).conforms());
    }

    @Test
    void theArticleKeepsItsTextDateAndProvenance() {
        Resource article = graph.listResourcesWithProperty(RDF.type, CG.Article).next();
        assertEquals(text, article.getProperty(NIF.isString).getString());
        assertEquals("2025-03-17", article.getProperty(org.claimgraph.rdf.SCHEMA.datePublished).getString());
        assertTrue(article.hasProperty(org.claimgraph.rdf.PROV.wasGeneratedBy));
    }
}
