package org.claimgraph.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.claimgraph.rdf.CG;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The online link step over HTTP against a real Fuseki serving a Wikidata-shaped fixture: choice, cache, failures. */
class EndpointLinkerTest {

    private static final String ACTORS = "src/test/resources/wikidata/actors.trig";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private FixtureEndpoint wikidata;

    @BeforeEach
    void start() {
        wikidata = FixtureEndpoint.start();
    }

    @AfterEach
    void stop() {
        wikidata.close();
    }

    @Test
    void linksByLabelOrAliasOfTheRightClassAndByRoleAmongNamesakes() {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(ACTORS);
        LinkReport report = new EndpointLinker(wikidata.url(), TIMEOUT, dir.resolve("cache.tsv")).link(dsg);

        assertEquals(Optional.empty(), report.unreachable());
        // The finance minister, not the mayor of the same name.
        assertEquals(Set.of(wd(900000003)), links(dsg, "alex-morgan"));
        // Found by its alias; the organisation of the same name is not a person.
        assertEquals(Set.of(wd(900000004)), links(dsg, "kate-oduya"));
        // An organisation through a chain of subclasses, found by its alias.
        assertEquals(Set.of(wd(900000005)), links(dsg, "general-staff-of-the-ukrainian-armed-forces"));
        // A ship is no organisation; a label that tries to break the query is just a name nobody has.
        assertEquals(Set.of(), links(dsg, "ukrinform"));
        assertEquals(Set.of(), links(dsg, "injection"));
        // Already linked and anonymous actors are left as they were.
        assertEquals(Set.of(wd(22686)), links(dsg, "donald-trump"));
        assertEquals(Set.of(), links(dsg, "one/alex-morgan"));
        // An actor in two articles is linked in both graphs.
        for (String article : new String[] {"one", "two"}) {
            assertTrue(dsg.contains(graph(article), actor("kate-oduya"), OWL.sameAs.asNode(), wd(900000004)), article);
        }
        assertEquals(5, report.actors());
        assertEquals(3, report.linked());
        assertEquals(5, report.asked());
    }

    @Test
    void aRoleOfTheOtherNamesakeChoosesTheOtherAndNoRoleChoosesNone() {
        DatasetGraph mayor = RDFDataMgr.loadDatasetGraph(ACTORS);
        replaceRole(mayor, "the mayor of Springfield");
        new EndpointLinker(wikidata.url(), TIMEOUT, dir.resolve("cache.tsv")).link(mayor);
        assertEquals(Set.of(wd(900000002)), links(mayor, "alex-morgan"));

        DatasetGraph unknown = RDFDataMgr.loadDatasetGraph(ACTORS);
        unknown.deleteAny(Node.ANY, actor("alex-morgan"), CG.role.asNode(), Node.ANY);
        new EndpointLinker(wikidata.url(), TIMEOUT, dir.resolve("cache.tsv")).link(unknown);
        assertEquals(Set.of(), links(unknown, "alex-morgan"));
    }

    @Test
    void aSecondRunIsAnsweredFromTheCacheWithTheEndpointGone() {
        Path cache = dir.resolve("cache.tsv");
        new EndpointLinker(wikidata.url(), TIMEOUT, cache).link(RDFDataMgr.loadDatasetGraph(ACTORS));
        String url = wikidata.url();
        wikidata.close();

        DatasetGraph again = RDFDataMgr.loadDatasetGraph(ACTORS);
        LinkReport report = new EndpointLinker(url, TIMEOUT, cache).link(again);
        assertEquals(0, report.asked());
        assertEquals(5, report.fromCache());
        assertEquals(Optional.empty(), report.unreachable());
        assertEquals(Set.of(wd(900000003)), links(again, "alex-morgan"));
        assertEquals(Set.of(wd(900000005)), links(again, "general-staff-of-the-ukrainian-armed-forces"));
        wikidata = FixtureEndpoint.start();
    }

    @Test
    void anUnreachableEndpointIsAskedOnceAndLinksNothing() throws IOException {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(ACTORS);
        long before = dsg.stream().count();
        LinkReport report = new EndpointLinker(FixtureEndpoint.unreachableUrl(), TIMEOUT, dir.resolve("c.tsv")).link(dsg);
        assertTrue(report.unreachable().isPresent());
        assertEquals(1, report.asked());
        assertEquals(0, report.linked());
        assertEquals(before, dsg.stream().count());
    }

    @Test
    void anEndpointThatNeverAnswersTimesOut() throws IOException {
        // A socket that accepts connections (the backlog) but never speaks HTTP.
        try (ServerSocket silent = new ServerSocket(0)) {
            String url = "http://localhost:" + silent.getLocalPort() + "/sparql";
            long t0 = System.nanoTime();
            LinkReport report = new EndpointLinker(url, Duration.ofMillis(800), dir.resolve("c.tsv"))
                    .link(RDFDataMgr.loadDatasetGraph(ACTORS));
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(report.unreachable().isPresent());
            assertEquals(0, report.linked());
            assertTrue(millis < 8000, "took " + millis + " ms");
        }
    }

    private static void replaceRole(DatasetGraph dsg, String role) {
        dsg.deleteAny(Node.ANY, actor("alex-morgan"), CG.role.asNode(), Node.ANY);
        dsg.add(graph("one"), actor("alex-morgan"), CG.role.asNode(), NodeFactory.createLiteralString(role));
    }

    private static Set<Node> links(DatasetGraph dsg, String actorSlug) {
        Set<Node> out = new HashSet<>();
        dsg.find(Node.ANY, actor(actorSlug), OWL.sameAs.asNode(), Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private static Node actor(String slug) {
        return NodeFactory.createURI(CG.ID + "actor/" + slug);
    }

    private static Node graph(String article) {
        return NodeFactory.createURI(CG.ID + "article/" + article);
    }

    static Node wd(long q) {
        return NodeFactory.createURI(WD.ENTITY + "Q" + q);
    }
}
