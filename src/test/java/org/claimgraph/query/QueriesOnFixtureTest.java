package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.NIF;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every stored query answers on the hand-written fixture, in a TDB2 store and from the file, with the right rows. */
class QueriesOnFixtureTest {

    private static final String ID = "https://w3id.org/claimgraph/id/";
    private static final String ENCIRCLED = ID + "claim/fixture-a-encircled";

    @TempDir
    static Path dir;

    private static ClaimStore store;
    private static QueryRunner runner;
    private static final StoredQueries QUERIES = StoredQueries.load();

    @BeforeAll
    static void load() {
        store = ClaimStore.open(dir.resolve("store"));
        Fixture.loadInto(store);
        runner = QueryRunner.on(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<String> queryNames() {
        return QUERIES.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryNames")
    void everyQueryReturnsRowsFromTheStore(String name) {
        ResultTable table = runner.run(QUERIES.get(name));
        assertFalse(table.rows().isEmpty(), name + " returned no rows");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryNames")
    void theFileGivesTheSameRowsAsTheStore(String name) {
        try (QueryRunner onFile = QueryRunner.onFile(Fixture.TRIG)) {
            assertEquals(Rows.of(runner.run(QUERIES.get(name))), Rows.of(onFile.run(QUERIES.get(name))), name);
        }
    }

    @Test
    void claimsJoinedBySameAsAreOneClaimWithBothSides() {
        ResultTable table = runner.run(QUERIES.get("who-asserts-who-denies"));
        int row = Rows.find(table, "claim", ENCIRCLED);
        assertEquals("6", table.text(row, "statements"));
        assertEquals(List.of("Donald Trump", "Russian propaganda", "Vladimir Putin"), Rows.sortedList(table, row, "asserters"));
        assertEquals(List.of("General Staff of the Ukrainian Armed Forces", "Rustem Umerov"),
                Rows.sortedList(table, row, "deniers"));
        assertEquals("", table.text(row, "questioners"));
        assertTrue(Rows.column(table, "claim").stream().noneMatch(c -> c.endsWith("fixture-b-encircled")));
    }

    @Test
    void onlyTheClaimWithBothSidesIsContested() {
        ResultTable table = runner.run(QUERIES.get("contested-claims"));
        assertEquals(List.of(ENCIRCLED), Rows.column(table, "claim"));
        assertEquals("3", table.text(0, "assertingActors"));
        assertEquals("2", table.text(0, "denyingActors"));
    }

    @Test
    void anActorContradictingItselfDoesNotMakeAClaimContested() {
        String graph = ID + "article/self-contradiction";
        store.replaceGraph(graph, RDFParser.fromString("""
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                <https://example.org/actor> a cg:Actor, cg:Person ; rdfs:label "Waverer" .
                <https://example.org/claim> a cg:Claim ; rdfs:label "Both ways" .
                <https://example.org/s1> a cg:Statement ; cg:speaker <https://example.org/actor> ; cg:stance cg:Assert ; cg:claim <https://example.org/claim> .
                <https://example.org/s2> a cg:Statement ; cg:speaker <https://example.org/actor> ; cg:stance cg:Deny ; cg:claim <https://example.org/claim> .
                """, Lang.TURTLE).toGraph());
        try {
            assertEquals(List.of(ENCIRCLED), Rows.column(runner.run(QUERIES.get("contested-claims")), "claim"));
        } finally {
            store.replaceGraphs(Map.of(graph, org.apache.jena.sparql.graph.GraphFactory.createGraphMem()));
        }
    }

    @Test
    void aSpeakerCanBeChosenByAliasIgnoringCase() {
        ResultTable table = runner.run(QUERIES.get("statements-by-speaker"), Map.of("speakerName", "umerov"));
        assertEquals(4, table.size());
        assertTrue(Rows.column(table, "speakerLabel").stream().allMatch("Rustem Umerov"::equals));
        // Umerov's statements have no date of their own: the article's date stands in, and the row says so.
        assertTrue(Rows.column(table, "dateSource").stream().allMatch("article"::equals));
        assertTrue(Rows.column(table, "date").stream().allMatch("2025-03-17"::equals));
    }

    @Test
    void aStatementDateWinsOverTheArticleDate() {
        ResultTable table = runner.run(QUERIES.get("statements-by-speaker"), Map.of("speakerName", "Donald Trump"));
        assertEquals(1, table.size());
        assertEquals("2025-03-14", table.text(0, "date"));
        assertEquals("statement", table.text(0, "dateSource"));
    }

    @Test
    void theTimelineOfAClaimIsInDateOrder() {
        ResultTable table = runner.run(QUERIES.get("claim-timeline"), Map.of("claim", "<" + ENCIRCLED + ">"));
        List<String> dates = Rows.column(table, "date");
        assertEquals(6, dates.size());
        assertEquals(dates.stream().sorted().toList(), dates);
        assertEquals("Vladimir Putin", table.text(0, "speakerLabel"));
        assertEquals("BRICS summit", table.text(0, "medium"));
    }

    @Test
    void evidenceOffsetsPointAtTheirAnchorsInTheArticleText() {
        ResultTable table = runner.run(QUERIES.get("statement-evidence"));
        assertEquals(10, table.size());
        for (int row = 0; row < table.size(); row++) {
            String text = articleText(table.text(row, "article"));
            for (String span : List.of("source", "cue", "content")) {
                int begin = Integer.parseInt(table.text(row, span + "Begin"));
                int end = Integer.parseInt(table.text(row, span + "End"));
                // NIF offsets count code points, not Java chars.
                String covered = text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
                assertEquals(table.text(row, span), covered, span + " of " + table.text(row, "statement"));
            }
        }
    }

    @Test
    void articlesCountTheirStatementsOnceEvenAfterReloading() {
        Fixture.loadInto(store);
        ResultTable table = runner.run(QUERIES.get("articles"));
        assertEquals(List.of("2025-03-18", "2025-03-17"), Rows.column(table, "date"));
        assertEquals(List.of("4", "6"), Rows.column(table, "statements"));
        assertEquals(List.of("2", "4"), Rows.column(table, "asserts"));
        assertEquals(List.of("1", "2"), Rows.column(table, "denials"));
        assertEquals(List.of("1", "0"), Rows.column(table, "questions"));
    }

    @Test
    void actorsHaveTheirKindRoleAliasesAndWikidata() {
        ResultTable table = runner.run(QUERIES.get("actors"));
        assertEquals(6, table.size());
        int trump = Rows.find(table, "actor", ID + "actor/donald-trump");
        assertEquals("Person", table.text(trump, "type"));
        assertEquals("President of the United States", table.text(trump, "roles"));
        assertEquals("Trump", table.text(trump, "aliases"));
        assertEquals("http://www.wikidata.org/entity/Q22686", table.text(trump, "wikidata"));
        assertEquals("4", table.text(Rows.find(table, "actor", ID + "actor/rustem-umerov"), "statements"));
    }

    @Test
    void theStanceSummaryCountsEachStance() {
        ResultTable table = runner.run(QUERIES.get("stance-summary"));
        int umerov = Rows.find(table, "speaker", ID + "actor/rustem-umerov");
        assertEquals(0, umerov);
        assertEquals(List.of("2", "2", "0", "4"), Stream.of("asserts", "denials", "questions", "total")
                .map(v -> table.text(umerov, v)).toList());
    }

    private static String articleText(String article) {
        Node subject = NodeFactory.createURI(article);
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> texts = new ArrayList<>();
            store.datasetGraph().find(Node.ANY, subject, NIF.isString.asNode(), Node.ANY)
                    .forEachRemaining(q -> texts.add(q.getObject().getLiteralLexicalForm()));
            assertEquals(1, texts.size(), "nif:isString of " + article);
            return texts.get(0);
        });
    }
}
