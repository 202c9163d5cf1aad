package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameters bind as RDF terms of their declared type: injection attempts stay harmless values or are refused. */
class ParameterBindingTest {

    private static final String INJECTION = "x\" } ; DROP ALL ; #";
    private static final StoredQueries QUERIES = StoredQueries.fromDirectory(Path.of("queries"));

    @TempDir
    static Path dir;

    private static ClaimStore store;

    @BeforeAll
    static void load() {
        store = ClaimStore.open(dir.resolve("store"));
        Fixture.loadInto(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The single value the bound query's VALUES block holds, read back from the query's text as sent. */
    private static Node boundValue(Query bound) {
        Query reparsed = QueryFactory.create(bound.serialize());
        ElementData data = (ElementData) ((ElementGroup) reparsed.getQueryPattern()).getElements().get(0);
        assertEquals(1, data.getRows().size());
        return data.getRows().get(0).get(data.getVars().get(0));
    }

    @Test
    void anInjectionAttemptBindsAsOneStringLiteralAndFindsNothing() {
        StoredQuery query = QUERIES.get("statements-by-speaker");
        Query bound = query.query(Map.of("speakerName", INJECTION));
        Node value = boundValue(bound);
        assertTrue(value.isLiteral(), value.toString());
        assertEquals(INJECTION, value.getLiteralLexicalForm());
        long before = store.size();
        assertEquals(0, QueryRunner.on(store).run(query, Map.of("speakerName", INJECTION)).size());
        assertEquals(before, store.size());
        assertTrue(QueryRunner.on(store).run(query, Map.of("speakerName", "Donald Trump")).size() > 0,
                "the same query with a real name finds rows, so the empty answer above means something");
    }

    @Test
    void anIriThatWouldBreakOutOfItsBracketsIsRefused() {
        StoredQuery timeline = QUERIES.get("claim-timeline");
        for (String bad : List.of("<https://x.org/a> } ; DROP ALL ; #<b>", "https://x.org/a>{}", "not an iri",
                "https://x.org/a b")) {
            ClaimgraphException e = assertThrows(ClaimgraphException.UsageError.class,
                    () -> timeline.query(Map.of("claim", bad)), bad);
            assertTrue(e.getMessage().contains("?claim") && e.getMessage().contains("IRI"), e.getMessage());
        }
    }

    @Test
    void anIriMayBeBareBracketedOrPrefixed() {
        StoredQuery timeline = QUERIES.get("claim-timeline");
        String iri = "https://w3id.org/claimgraph/id/claim/x";
        for (String given : List.of(iri, "<" + iri + ">")) {
            Node value = boundValue(timeline.query(Map.of("claim", given)));
            assertTrue(value.isURI() && value.getURI().equals(iri), value.toString());
        }
        Node prefixed = boundValue(timeline.query(Map.of("claim", "cg:Assert")));
        assertEquals("https://w3id.org/claimgraph/ontology#Assert", prefixed.getURI());
    }

    @Test
    void aStringParameterTakesEvenAnIriLookingValueAsAString() {
        Node value = boundValue(QUERIES.get("statements-by-speaker")
                .query(Map.of("speakerName", "https://example.org/x")));
        assertTrue(value.isLiteral(), value.toString());
    }

    @Test
    void aTypedParameterChecksItsValue() {
        StoredQuery q = StoredQuery.parse("dated", """
                # Title: Dated
                # Question: What happened after a day?
                # Parameters: ?after xsd:date — the day (default: any)
                SELECT ?s { ?s ?p ?d FILTER (!BOUND(?after) || ?d > ?after) }
                """, "dated.rq");
        Node value = boundValue(q.query(Map.of("after", "2025-03-14")));
        assertEquals("http://www.w3.org/2001/XMLSchema#date", value.getLiteralDatatypeURI());
        ClaimgraphException e = assertThrows(ClaimgraphException.UsageError.class,
                () -> q.query(Map.of("after", "last Friday")));
        assertTrue(e.getMessage().contains("xsd:date") && e.getMessage().contains("last Friday"), e.getMessage());
    }

    @Test
    void anUnknownParameterIsOneLineListingTheKnownOnes() {
        ClaimgraphException e = assertThrows(ClaimgraphException.UsageError.class,
                () -> QUERIES.get("statements-by-speaker").query(Map.of("speaker", "Donald Trump")));
        assertEquals("Query 'statements-by-speaker' has no parameter 'speaker'; it has: speakerName", e.getMessage());
    }
}
