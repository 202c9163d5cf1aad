package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.query.ResultTable;
import org.claimgraph.query.StoredQueries;
import org.claimgraph.rdf.Iris;
import org.claimgraph.serve.Endpoint;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three outlets tell one story in their own words, loaded one article per {@code load} run into a TDB2 store
 * and queried through Fuseki over HTTP: the same claim and the same person are joined across the articles, the
 * cross-article queries see it, reloading leaves no stale link, and the order of loading does not matter.
 */
class CrossArticleLinkingIT {

    private static final String CG = "https://w3id.org/claimgraph/ontology#";
    private static final Path STORY = resource("stories/northwind-breach");
    /** The company denies a breach (Friday 2 May). */
    private static final Path DENIAL = STORY.resolve("harbour-herald.json");
    /** The regulator confirms it (Monday 5 May); the chief executive is named by surname only. */
    private static final Path REGULATOR = STORY.resolve("capital-ledger.json");
    /** The chief executive and the company admit it (Wednesday 7 May). */
    private static final Path ADMISSION = STORY.resolve("tech-wire.json");
    /** The regulator's article, corrected at the same address: no word of the theft any more. */
    private static final Path CORRECTED = resource("stories/northwind-breach-correction/capital-ledger.json");

    @TempDir
    Path dir;

    private static Path resource(String name) {
        try {
            return Path.of(CrossArticleLinkingIT.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void loadOneByOne(Path store, Path... articles) {
        for (Path article : articles) {
            CliRun run = CliRun.of("load", "--store", store.toString(), article.toString());
            assertEquals(0, run.status(), article + ": " + run.err());
        }
    }

    /** The links graph of a store, as sorted N-Triples-like lines. */
    private static Set<String> links(Path store) {
        try (ClaimStore s = ClaimStore.open(store)) {
            return Txn.calculateRead(s.datasetGraph(), () -> linesOf(s.datasetGraph()));
        }
    }

    private static Set<String> linesOf(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        dsg.find(NodeFactory.createURI(Iris.linksGraph()), Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> out.add(q.getSubject() + " " + q.getPredicate() + " " + q.getObject()));
        return out;
    }

    @Test
    void theStoryLoadedArticleByArticleIsOneClaimWithItsSidesOverHttp() {
        Path store = dir.resolve("store");
        loadOneByOne(store, DENIAL, REGULATOR, ADMISSION);
        try (ClaimStore s = ClaimStore.open(store); Endpoint endpoint = new Endpoint(s, 0).start()) {
            QueryRunner http = QueryRunner.onEndpoint(endpoint.sparqlUrl());
            StoredQueries queries = StoredQueries.load();

            // One claim across the three outlets, named after the first report of it, the company's denial.
            ResultTable contested = http.run(queries.get("contested-claims"));
            assertEquals(1, contested.size(), "contested: " + rows(contested));
            String claim = contested.text(0, "claim");
            assertTrue(claim.startsWith(Iris.linksGraph().replace("graph/links", "claim/")), claim);
            assertEquals("3", contested.text(0, "articles"));
            assertEquals(Set.of("Data Protection Authority", "Northwind Telecom", "Petra Lindqvist"),
                    Set.of(contested.text(0, "asserters").split(", ")));
            assertEquals("Northwind Telecom", contested.text(0, "deniers"));

            // Its timeline runs across the outlets in date order, each row with its outlet, stance and words.
            ResultTable timeline = http.run(queries.get("claim-timeline"), Map.of("claim", "<" + claim + ">"));
            List<String> outlets = column(timeline, "publisher");
            assertEquals("harbourherald.example", outlets.get(0));
            assertTrue(outlets.contains("capitalledger.example") && outlets.contains("techwire.example"), outlets.toString());
            assertEquals(column(timeline, "date").stream().sorted().toList(), column(timeline, "date"));
            assertEquals(CG + "Deny", timeline.text(0, "stance"));
            assertTrue(timeline.text(0, "quote").contains("stolen the personal data"), timeline.text(0, "quote"));

            // "Lindqvist" of the regulator's article is Petra Lindqvist of the admission.
            ResultTable actors = http.run(queries.get("actors"));
            List<String> names = column(actors, "name");
            assertFalse(names.contains("Lindqvist"), names.toString());
            int petra = names.indexOf("Petra Lindqvist");
            assertTrue(actors.text(petra, "aliases").contains("Lindqvist"));
            // Her quote says two things ("we were slow …, and I apologise …"): two statements, plus the admission and the promise.
            assertEquals("4", actors.text(petra, "statements"));

            ResultTable pairs = http.run(queries.get("actors-who-contradict"));
            List<String> sides = new ArrayList<>();
            for (int r = 0; r < pairs.size(); r++) {
                sides.add(pairs.text(r, "asserterLabel") + " / " + pairs.text(r, "denierLabel"));
            }
            assertTrue(sides.containsAll(List.of("Data Protection Authority / Northwind Telecom",
                    "Petra Lindqvist / Northwind Telecom")), sides.toString());

            // The company denied on the 2nd and admitted on the 7th.
            ResultTable changes = http.run(queries.get("stance-changes"));
            assertEquals(List.of("Northwind Telecom", "Northwind Telecom"), column(changes, "speakerLabel"));
            assertEquals(List.of(CG + "Deny", CG + "Assert"), column(changes, "stance"));
            assertEquals(List.of("harbourherald.example", "techwire.example"), column(changes, "publisher"));
            assertEquals(List.of(claim, claim), column(changes, "claim"));
        }
    }

    @Test
    void reloadingLeavesNoStaleLinkAndNoOrderOfLoadingOrConvertingChangesTheLinks() {
        Path store = dir.resolve("store");
        loadOneByOne(store, DENIAL, REGULATOR, ADMISSION);
        Set<String> linked = links(store);
        // The regulator's and the admission's claims point to the denial's; "Lindqvist" to "Petra Lindqvist".
        assertEquals(3, linked.size(), linked.toString());

        loadOneByOne(store, CORRECTED);
        Set<String> corrected = links(store);
        assertEquals(1, corrected.size(), corrected.toString());
        assertTrue(linked.containsAll(corrected));
        try (ClaimStore s = ClaimStore.open(store)) {
            Txn.executeRead(s.datasetGraph(), () -> s.datasetGraph()
                    .find(NodeFactory.createURI(Iris.linksGraph()), Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> {
                        for (Node n : List.of(q.getSubject(), q.getObject())) {
                            assertTrue(s.datasetGraph().find(Node.ANY, n, RDF.type.asNode(), Node.ANY).hasNext(),
                                    "link to a node no article holds: " + q);
                        }
                    }));
        }

        loadOneByOne(store, REGULATOR);
        assertEquals(linked, links(store));

        Path reversed = dir.resolve("reversed");
        loadOneByOne(reversed, ADMISSION, REGULATOR, DENIAL);
        assertEquals(linked, links(reversed));

        Path trig = dir.resolve("story.trig");
        CliRun convert = CliRun.of("convert", "-o", trig.toString(), ADMISSION.toString(), DENIAL.toString(),
                REGULATOR.toString());
        assertEquals(0, convert.status(), convert.err());
        DatasetGraph file = DatasetGraphFactory.createTxnMem();
        RDFParser.source(trig).parse(file);
        assertEquals(linked, linesOf(file));
    }

    private static List<String> column(ResultTable table, String variable) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            out.add(table.text(r, variable));
        }
        return out;
    }

    private static String rows(ResultTable table) {
        return column(table, "claimLabel").toString();
    }
}
