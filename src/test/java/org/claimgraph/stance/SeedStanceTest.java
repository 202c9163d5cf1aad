package org.claimgraph.stance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.convert.SharedConverter;
import org.claimgraph.rdf.CG;
import org.claimgraph.read.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stances DESIGN.md asks of the seed article, and its claim labels in positive form. */
class SeedStanceTest {

    private static Model graph;

    @BeforeAll
    static void convertSeed() {
        var article = new ArticleReader().read(Path.of("seeds/000_46f0d68cc48e47aa.txt")).get(0);
        graph = SharedConverter.get().convert(article).graph();
    }

    private static List<Resource> statements(String speakerLabel, Resource stance) {
        return graph.listResourcesWithProperty(RDF.type, CG.Statement).toList().stream()
                .filter(s -> s.getPropertyResourceValue(CG.speaker).getProperty(RDFS.label).getString()
                        .equals(speakerLabel) && s.hasProperty(CG.stance, stance))
                .toList();
    }

    private static String contentOf(Resource statement) {
        return statement.getProperty(CG.contentText).getString();
    }

    @Test
    void umerovDeniesInTheLeadTheQuoteAndTheNotCorrectClaims() {
        List<Resource> denials = statements("Rustem Umerov", CG.Deny);
        assertTrue(denials.stream().anyMatch(s -> contentOf(s).contains("claims spread by")), "lead: " + denials);
        assertTrue(denials.stream().anyMatch(s -> contentOf(s).contains("no unit of our Defense Forces")),
                "quote: " + denials.stream().map(SeedStanceTest::contentOf).toList());
        assertTrue(denials.stream().anyMatch(s -> contentOf(s).contains("are not correct")), "not correct");
    }

    @Test
    void theGeneralStaffDeniesAndTrumpAsserts() {
        assertTrue(statements("General Staff of the Ukrainian Armed Forces", CG.Deny).stream()
                .anyMatch(s -> contentOf(s).contains("are untrue")));
        assertFalse(statements("Donald Trump", CG.Assert).isEmpty());
        assertTrue(statements("Donald Trump", CG.Deny).isEmpty());
    }

    @Test
    void claimLabelsDropDistanceMarkersAndTheNegationThatMadeADenial() {
        for (Resource claim : graph.listResourcesWithProperty(RDF.type, CG.Claim).toList()) {
            String label = claim.getProperty(RDFS.label).getString().toLowerCase(Locale.ROOT);
            assertFalse(label.contains("alleged") || label.contains("no unit") || label.contains("not correct")
                    || label.contains("untrue"), label);
        }
    }
}
