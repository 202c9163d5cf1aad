package org.claimgraph.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.convert.ConvertedArticle;
import org.claimgraph.convert.SharedConverter;
import org.claimgraph.rdf.CG;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.validate.ShapeValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed article: Trump and Putin linked offline by the gazetteer; the online step keeps the graph valid. */
class SeedWikidataTest {

    private static ConvertedArticle seed;

    @TempDir
    Path dir;

    @BeforeAll
    static void convertSeed() {
        var article = new ArticleReader().read(Path.of("seeds/000_46f0d68cc48e47aa.txt")).get(0);
        seed = SharedConverter.get().convert(article);
    }

    @Test
    void trumpAndTheNestedSpeakerPutinLinkToTheirWikidataEntities() {
        assertEquals(Set.of("http://www.wikidata.org/entity/Q22686"), entitiesOf(seed.graph(), "Trump"));
        assertEquals(Set.of("http://www.wikidata.org/entity/Q7747"), entitiesOf(seed.graph(), "Putin"));
        // The article's other speakers are not in the gazetteer.
        assertEquals(Set.of(), entitiesOf(seed.graph(), "Umerov"));
    }

    @Test
    void anUnreachableEndpointLeavesTheSeedGraphAsItWasAndValid() throws IOException {
        DatasetGraph dsg = datasetOfSeed();
        long before = dsg.stream().count();
        LinkReport report = new EndpointLinker(FixtureEndpoint.unreachableUrl(), Duration.ofSeconds(5),
                dir.resolve("cache.tsv")).link(dsg);
        assertTrue(report.unreachable().isPresent());
        assertEquals(before, dsg.stream().count());
        assertConforms(dsg);
    }

    @Test
    void theOnlineStepLinksTheSeedsOtherActorsAndTheGraphStaysValid() {
        DatasetGraph dsg = datasetOfSeed();
        try (FixtureEndpoint wikidata = FixtureEndpoint.start()) {
            LinkReport report = new EndpointLinker(wikidata.url(), Duration.ofSeconds(10), dir.resolve("cache.tsv"))
                    .link(dsg);
            assertTrue(report.unreachable().isEmpty());
            assertTrue(report.linked() >= 2, report.summary());
        }
        Model graph = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(
                dsg.getGraph(NodeFactory.createURI(seed.graphIri())));
        assertEquals(Set.of("http://www.wikidata.org/entity/Q900000001"), entitiesOf(graph, "Umerov"));
        assertEquals(Set.of("http://www.wikidata.org/entity/Q900000005"), entitiesOf(graph, "General Staff"));
        // Already linked offline, so not asked again and not changed.
        assertEquals(Set.of("http://www.wikidata.org/entity/Q22686"), entitiesOf(graph, "Trump"));
        assertConforms(dsg);
    }

    private DatasetGraph datasetOfSeed() {
        DatasetGraph dsg = DatasetFactory.createTxnMem().asDatasetGraph();
        Node name = NodeFactory.createURI(seed.graphIri());
        seed.graph().getGraph().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(),
                t.getObject()));
        return dsg;
    }

    private static void assertConforms(DatasetGraph dsg) {
        ValidationReport report = new ShapeValidator().validate(dsg.getGraph(NodeFactory.createURI(seed.graphIri())));
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    /** The Wikidata entities of the actors whose label contains the given words. */
    private static Set<String> entitiesOf(Model graph, String labelPart) {
        Set<String> out = new HashSet<>();
        for (Resource actor : graph.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, CG.Actor).toList()) {
            if (actor.getProperty(RDFS.label).getString().contains(labelPart)) {
                actor.listProperties(OWL.sameAs).forEachRemaining(s -> out.add(s.getResource().getURI()));
            }
        }
        return out;
    }
}
