package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.claimgraph.ClaimgraphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every stored query parses as SPARQL and has its header; loading, lookup and parameter binding work. */
class StoredQueriesTest {

    private static final Path QUERIES = Path.of("queries");
    private static final List<String> REQUIRED = List.of("statements-by-speaker", "who-asserts-who-denies",
            "contested-claims", "claim-timeline", "actors", "statement-evidence", "articles", "stance-summary",
            "actors-who-contradict", "stance-changes", "actor-profiles", "statements-in-date-range", "statements-by-medium",
            "wikidata-positions", "statements-by-words");

    static Stream<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryFiles")
    void parsesWithJenaAndHasAHeader(Path file) throws IOException {
        String text = Files.readString(file);
        Query query = QueryFactory.create(text, file.toUri().toString());
        assertTrue(query.isSelectType(), file + " is not a SELECT query");
        List<String> lines = text.lines().takeWhile(l -> l.startsWith("#")).toList();
        for (String key : List.of("# Title: ", "# Question: ", "# Parameters: ")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(key) && l.length() > key.length() + 2),
                    file + " lacks a '" + key.trim() + "' header line");
        }
        assertTrue(lines.stream().anyMatch(l -> l.toLowerCase().contains("order")), file + " says nothing of ordering");
        // A query that inverts the stance of opposed claims must say so where `claimgraph queries` readers look.
        boolean readsOpposites = text.lines().filter(l -> !l.strip().startsWith("#")).anyMatch(l -> l.contains("cg:opposes"));
        assertTrue(!readsOpposites || lines.stream().anyMatch(l -> l.contains("cg:opposes")),
                file + " reads cg:opposes but its header does not say so");
    }

    @Test
    void theRequiredQueriesAreThere() {
        StoredQueries queries = StoredQueries.load();
        assertTrue(queries.names().containsAll(REQUIRED), queries.names().toString());
        queries.all().forEach(q -> {
            assertFalse(q.title().isBlank(), q.name());
            assertFalse(q.description().isBlank(), q.name());
            q.query();
        });
    }

    @Test
    void anUnknownNameIsAUsageErrorListingTheKnownOnes() {
        StoredQueries queries = StoredQueries.fromDirectory(QUERIES);
        ClaimgraphException e = assertThrows(ClaimgraphException.UsageError.class, () -> queries.get("who-said"));
        assertTrue(e.getMessage().contains("who-said") && e.getMessage().contains("statements-by-speaker"),
                e.getMessage());
        assertEquals("actors", queries.get("actors.rq").name());
    }

    @Test
    void parametersComeFromTheHeader() {
        StoredQuery q = StoredQueries.fromDirectory(QUERIES).get("statements-by-speaker");
        assertEquals(1, q.parameters().size());
        StoredQuery.Parameter p = q.parameters().get(0);
        assertEquals("speakerName", p.name());
        assertEquals("all speakers", p.defaultValue());
        assertTrue(StoredQueries.fromDirectory(QUERIES).get("actors").parameters().isEmpty());
    }

    @Test
    void headerFieldsMayContinueOnIndentedLines() {
        StoredQuery q = StoredQuery.parse("x", """
                # Title: Test
                # Question: What is
                #   asked here?
                # Parameters: ?a — first (default: any); ?b - second
                # A free comment.
                SELECT * { ?a ?b ?c }
                """, "x.rq");
        assertEquals("What is asked here?", q.description());
        assertEquals(List.of("a", "b"), q.parameters().stream().map(StoredQuery.Parameter::name).toList());
        assertEquals("any", q.parameters().get(0).defaultValue());
        assertNull(q.parameters().get(1).defaultValue());
    }

    @Test
    void eachParameterLineDeclaresNameTypeMeaningAndDefault() {
        StoredQuery q = StoredQuery.parse("x", """
                # Title: Test
                # Question: What?
                # Parameters: ?speaker string — a name; matched as written (default: any speaker)
                # Parameters: ?claim IRI — a claim,
                #   as listed elsewhere (default: all claims)
                # Parameters: ?after xsd:date — a day
                SELECT * { ?speaker ?claim ?after }
                """, "x.rq");
        List<StoredQuery.Parameter> ps = q.parameters();
        assertEquals(List.of("speaker", "claim", "after"), ps.stream().map(StoredQuery.Parameter::name).toList());
        assertEquals(List.of(ParameterType.STRING, ParameterType.IRI),
                List.of(ps.get(0).type(), ps.get(1).type()));
        assertEquals("xsd:date", ps.get(2).type().name());
        assertEquals("a name; matched as written (default: any speaker)", ps.get(0).meaning());
        assertEquals("all claims", ps.get(1).defaultValue());
        assertEquals("--param claim=IRI", ps.get(1).usage());
    }

    @Test
    void everyStoredParameterStatesItsDefaultOnce() {
        StoredQueries.load().all().forEach(q -> q.parameters().forEach(p ->
                assertEquals(1, p.meaning().split("\\(default:", -1).length - 1, q.name() + " ?" + p.name())));
    }

    @Test
    void everyStoredParameterDeclaresItsType() {
        StoredQueries.load().all().forEach(q -> q.parameters().forEach(p ->
                assertTrue(p.type() != ParameterType.GUESS, q.name() + " ?" + p.name() + " has no type")));
    }

    @Test
    void aQueryCallingAnotherEndpointIsKnownAsSuch() {
        assertTrue(StoredQuery.parse("w", "SELECT * { SERVICE <https://example.org/sparql> { ?s ?p ?o } }", "w.rq")
                .callsOtherEndpoints());
        assertFalse(StoredQueries.fromDirectory(QUERIES).get("actors").callsOtherEndpoints());
    }

    @Test
    void anUnknownParameterTypeIsRefusedNamingTheFile() {
        ClaimgraphException e = assertThrows(ClaimgraphException.class, () -> StoredQuery.parse("x",
                "# Parameters: ?a xsd:nonsense — a\nSELECT * {}", "x.rq"));
        assertTrue(e.getMessage().contains("x.rq") && e.getMessage().contains("xsd:nonsense"), e.getMessage());
    }

    @Test
    void aStoredQueryWithoutItsHeaderIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.rq"), "# Title: t\nSELECT * {}\n");
        ClaimgraphException e = assertThrows(ClaimgraphException.class, () -> StoredQueries.fromDirectory(dir));
        assertTrue(e.getMessage().contains("bad.rq") && e.getMessage().contains("Question")
                && e.getMessage().contains("Parameters") && !e.getMessage().contains("Title"), e.getMessage());
    }

    @Test
    void anAdHocQueryNeedsNoHeaderAndMayBindAnyVariable() {
        StoredQuery q = StoredQuery.parse("mine", "SELECT ?s { ?s a ?type }", "mine.rq");
        assertEquals("mine", q.title());
        assertTrue(q.parameters().isEmpty());
        assertTrue(q.query(Map.of("type", "<https://example.org/T>")).toString().contains("VALUES ?type"));
    }

    @Test
    void bindingAddsValuesAtTheStartOfTheWhereClause() {
        StoredQuery q = StoredQueries.fromDirectory(QUERIES).get("statements-by-speaker");
        Query bound = q.query(Map.of("speakerName", "Rustem Umerov"));
        String first = bound.getQueryPattern().toString().strip();
        assertTrue(first.startsWith("{ VALUES ?speakerName {"), first);
        assertTrue(first.contains("\"Rustem Umerov\""), first);
        StoredQuery timeline = StoredQueries.fromDirectory(QUERIES).get("claim-timeline");
        String iri = timeline.query(Map.of("claim", "https://w3id.org/claimgraph/id/claim/x")).toString();
        assertTrue(iri.contains("<https://w3id.org/claimgraph/id/claim/x>"), iri);
    }

    @Test
    void anUnknownParameterIsAUsageError() {
        StoredQuery q = StoredQueries.fromDirectory(QUERIES).get("actors");
        ClaimgraphException e = assertThrows(ClaimgraphException.UsageError.class,
                () -> q.query(Map.of("speakerName", "x")));
        assertTrue(e.getMessage().contains("actors") && e.getMessage().contains("none"), e.getMessage());
    }

    @Test
    void queriesCanComeFromTheClasspath() {
        StoredQueries queries = StoredQueries.fromClasspath("query/classpath-queries");
        assertEquals(List.of("count-graphs"), List.copyOf(queries.names()));
        assertEquals("Count graphs", queries.get("count-graphs").title());
    }
}
