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
    private static final String CG = "https://w3id.org/claimgraph/ontology#";
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
        assertEquals("7", table.text(row, "statements"));
        assertEquals(List.of("Donald Trump", "Russian propaganda", "Vladimir Putin"), Rows.sortedList(table, row, "asserters"));
        // "Trump" of the third article is joined to Donald Trump, and named by him.
        assertEquals(List.of("Donald Trump", "General Staff of the Ukrainian Armed Forces", "Rustem Umerov"),
                Rows.sortedList(table, row, "deniers"));
        assertEquals("", table.text(row, "questioners"));
        assertTrue(Rows.column(table, "claim").stream().noneMatch(c -> c.endsWith("fixture-b-encircled")
                || c.endsWith("fixture-c-encircled")));
    }

    @Test
    void onlyTheClaimWithBothSidesIsContested() {
        ResultTable table = runner.run(QUERIES.get("contested-claims"));
        assertEquals(List.of(ENCIRCLED), Rows.column(table, "claim"));
        assertEquals("3", table.text(0, "assertingActors"));
        assertEquals("3", table.text(0, "denyingActors"));
        assertEquals("3", table.text(0, "articles"));
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
    void aClaimJoinedAsTheOppositeTakesItsStatementsToTheOtherSide() {
        // "The troops have room to move", asserted, joined to the encirclement as its opposite: a denial of it.
        String graph = ID + "article/opposite-side";
        String gatekeeper = "https://example.org/gatekeeper";
        String claim = "https://example.org/room-to-move";
        Node links = NodeFactory.createURI(ID + "graph/links");
        Node member = NodeFactory.createURI(claim);
        Node canonical = NodeFactory.createURI(ENCIRCLED);
        Node sameAs = org.apache.jena.vocabulary.OWL.sameAs.asNode();
        Node opposes = NodeFactory.createURI(CG + "opposes");
        store.replaceGraph(graph, RDFParser.fromString("""
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                <%s> a cg:Actor, cg:Person ; rdfs:label "Gatekeeper" .
                <%s> a cg:Claim ; rdfs:label "The troops have room to move" .
                <https://example.org/s3> a cg:Statement ; cg:speaker <%s> ; cg:stance cg:Assert ; cg:claim <%s> .
                """.formatted(gatekeeper, claim, gatekeeper, claim), Lang.TURTLE).toGraph());
        var dsg = store.datasetGraph();
        Txn.executeWrite(dsg, () -> {
            dsg.add(links, member, sameAs, canonical);
            dsg.add(links, member, opposes, canonical);
        });
        try {
            ResultTable table = runner.run(QUERIES.get("who-asserts-who-denies"));
            int row = Rows.find(table, "claim", ENCIRCLED);
            assertTrue(Rows.sortedList(table, row, "deniers").contains("Gatekeeper"));
            assertFalse(Rows.sortedList(table, row, "asserters").contains("Gatekeeper"));
            assertEquals("4", runner.run(QUERIES.get("contested-claims")).text(0, "denyingActors"));
            assertTrue(Rows.column(runner.run(QUERIES.get("actors-who-contradict")), "denierLabel")
                    .contains("Gatekeeper"));
        } finally {
            Txn.executeWrite(dsg, () -> {
                dsg.delete(links, member, sameAs, canonical);
                dsg.delete(links, member, opposes, canonical);
            });
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
        // His own statement and that of "Trump", joined to him across articles.
        assertEquals(List.of("2025-03-14", "2025-03-19"), Rows.column(table, "date"));
        assertEquals(List.of("statement", "statement"), Rows.column(table, "dateSource"));
        assertEquals(List.of("Donald Trump", "Donald Trump"), Rows.column(table, "speakerLabel"));
    }

    @Test
    void theTimelineOfAClaimIsInDateOrder() {
        ResultTable table = runner.run(QUERIES.get("claim-timeline"), Map.of("claim", "<" + ENCIRCLED + ">"));
        List<String> dates = Rows.column(table, "date");
        assertEquals(7, dates.size());
        assertEquals(dates.stream().sorted().toList(), dates);
        assertEquals("Vladimir Putin", table.text(0, "speakerLabel"));
        assertEquals("BRICS summit", table.text(0, "medium"));
        assertEquals("Ukrinform", table.text(0, "publisher"));
        assertEquals("2025-03-17", table.text(0, "articleDate"));
        assertEquals("Ukrainian forces were encircled", table.text(0, "quote"));
        // The last word is Trump's denial, reported by a third outlet, under the canonical claim and name.
        int last = dates.size() - 1;
        assertEquals(List.of("Donald Trump", CG + "Deny", "Later Fixture", "2025-03-19", "statement", ENCIRCLED),
                Stream.of("speakerLabel", "stance", "publisher", "date", "dateSource", "claim")
                        .map(v -> table.text(last, v)).toList());
    }

    @Test
    void evidenceOffsetsPointAtTheirAnchorsInTheArticleText() {
        ResultTable table = runner.run(QUERIES.get("statement-evidence"));
        assertEquals(11, table.size());
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
        assertEquals(List.of("2025-03-20", "2025-03-18", "2025-03-17"), Rows.column(table, "date"));
        assertEquals(List.of("1", "4", "6"), Rows.column(table, "statements"));
        assertEquals(List.of("0", "2", "4"), Rows.column(table, "asserts"));
        assertEquals(List.of("1", "1", "2"), Rows.column(table, "denials"));
        assertEquals(List.of("0", "1", "0"), Rows.column(table, "questions"));
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
        // "Trump", joined to Donald Trump in the links graph, is no row of its own; his statement counts for him.
        assertEquals("2", table.text(trump, "statements"));
        assertTrue(Rows.column(table, "actor").stream().noneMatch(a -> a.equals(ID + "actor/trump")));
    }

    @Test
    void actorsWhoContradictAreDistinctActorsOnOppositeSidesOfOneClaim() {
        ResultTable table = runner.run(QUERIES.get("actors-who-contradict"));
        List<String> pairs = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            assertEquals(ENCIRCLED, table.text(row, "claim"));
            pairs.add(table.text(row, "asserterLabel") + " / " + table.text(row, "denierLabel"));
        }
        assertEquals(List.of("Donald Trump / General Staff of the Ukrainian Armed Forces",
                "Donald Trump / Rustem Umerov", "Russian propaganda / Donald Trump",
                "Russian propaganda / General Staff of the Ukrainian Armed Forces", "Russian propaganda / Rustem Umerov",
                "Vladimir Putin / Donald Trump", "Vladimir Putin / General Staff of the Ukrainian Armed Forces",
                "Vladimir Putin / Rustem Umerov"), pairs);
        int row = pairs.indexOf("Donald Trump / Rustem Umerov");
        assertEquals(List.of("1", "2", "1"), Stream.of("assertions", "denials", "articles")
                .map(v -> table.text(row, v)).toList());
    }

    @Test
    void aStanceChangeAcrossArticlesIsTheActorsStatementsInDateOrder() {
        ResultTable table = runner.run(QUERIES.get("stance-changes"));
        assertEquals(List.of("Donald Trump", "Donald Trump"), Rows.column(table, "speakerLabel"));
        assertEquals(List.of(CG + "Assert", CG + "Deny"), Rows.column(table, "stance"));
        assertEquals(List.of("2025-03-14", "2025-03-19"), Rows.column(table, "date"));
        assertEquals(List.of("Ukrinform", "Later Fixture"), Rows.column(table, "publisher"));
        assertEquals(List.of(ENCIRCLED, ENCIRCLED), Rows.column(table, "claim"));
        // Either name of the joined actor finds the change; another actor has none.
        assertEquals(2, runner.run(QUERIES.get("stance-changes"), Map.of("speakerName", "trump")).size());
        assertEquals(0, runner.run(QUERIES.get("stance-changes"), Map.of("speakerName", "Rustem Umerov")).size());
    }

    @Test
    void theStanceSummaryCountsEachStance() {
        ResultTable table = runner.run(QUERIES.get("stance-summary"));
        int umerov = Rows.find(table, "speaker", ID + "actor/rustem-umerov");
        assertEquals(0, umerov);
        assertEquals(List.of("2", "2", "0", "4"), Stream.of("asserts", "denials", "questions", "total")
                .map(v -> table.text(umerov, v)).toList());
    }

    @Test
    void statementsAreFoundByWordsOfTheirContentClaimOrSpeaker() {
        // Only Trump's content says "surrounded"; stemming finds it from "surround".
        ResultTable surrounded = runner.run(QUERIES.get("statements-by-words"), Map.of("words", "surround"));
        assertEquals(List.of("Donald Trump"), Rows.column(surrounded, "speakerLabel"));
        assertEquals(List.of("content"), Rows.column(surrounded, "matchedIn"));
        // A speaker's name finds the statements made by that speaker, and by no one else.
        ResultTable byName = runner.run(QUERIES.get("statements-by-words"), Map.of("words", "Umerov"));
        assertFalse(byName.rows().isEmpty());
        assertTrue(Rows.column(byName, "speakerLabel").stream().allMatch("Rustem Umerov"::equals),
                Rows.column(byName, "speakerLabel").toString());
        // Words found nowhere find nothing.
        assertEquals(0, runner.run(QUERIES.get("statements-by-words"), Map.of("words", "zeppelin")).size());
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

    @Test
    void actorProfilesAddAffiliationsAndArticleCounts() {
        ResultTable table = runner.run(QUERIES.get("actor-profiles"));
        assertEquals(runner.run(QUERIES.get("actors")).size(), table.size());
        int umerov = Rows.find(table, "actor", ID + "actor/rustem-umerov");
        assertEquals("Ministry of Defence of Ukraine", table.text(umerov, "affiliations"));
        assertEquals("Minister of Defence of Ukraine", table.text(umerov, "roles"));
        int trump = Rows.find(table, "actor", ID + "actor/donald-trump");
        assertEquals("http://www.wikidata.org/entity/Q22686", table.text(trump, "wikidata"));
        assertEquals("", table.text(trump, "affiliations"));
        assertEquals("2", table.text(trump, "articles"));
    }

    @Test
    void aDateRangeKeepsTheStatementsWhoseDayMonthOrYearMeetsIt() {
        ResultTable october = runner.run(QUERIES.get("statements-in-date-range"),
                Map.of("start", "2024-10-15", "end", "2024-10-15"));
        assertEquals(List.of("Vladimir Putin"), Rows.column(october, "speakerLabel"));
        assertEquals(List.of("2024-10"), Rows.column(october, "date"));

        ResultTable day = runner.run(QUERIES.get("statements-in-date-range"),
                Map.of("start", "2025-03-14", "end", "2025-03-14"));
        assertTrue(Rows.column(day, "speakerLabel").contains("Donald Trump"), Rows.column(day, "speakerLabel").toString());
        assertTrue(Rows.column(day, "date").stream().allMatch(d -> d.equals("2025-03-14") || d.equals("2025")),
                Rows.column(day, "date").toString());

        // Without bounds every statement is listed, in date order; statements without a date of their own take
        // the article's.
        ResultTable all = runner.run(QUERIES.get("statements-in-date-range"));
        assertEquals(runner.run(QUERIES.get("statement-evidence")).size(), all.size());
        assertTrue(Rows.column(all, "dateSource").contains("article"));
        ResultTable after = runner.run(QUERIES.get("statements-in-date-range"), Map.of("start", "2025-03-18"));
        assertTrue(Rows.column(after, "date").stream().allMatch(d -> d.compareTo("2025-03-18") >= 0 || d.equals("2025")),
                Rows.column(after, "date").toString());
        assertFalse(Rows.column(after, "speakerLabel").contains("Vladimir Putin"));
    }

    @Test
    void statementsByMediumCountEachMediumAndTheRest() {
        ResultTable table = runner.run(QUERIES.get("statements-by-medium"));
        int truth = Rows.find(table, "medium", "Truth Social");
        assertEquals("1", table.text(truth, "statements"));
        assertEquals("Donald Trump", table.text(truth, "speakers"));
        assertEquals("Vladimir Putin", table.text(Rows.find(table, "medium", "BRICS summit"), "speakers"));
        assertTrue(Rows.column(table, "medium").contains("(not said)"));
    }
}
