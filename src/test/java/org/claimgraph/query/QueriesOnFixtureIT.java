package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.claimgraph.ClaimgraphException;
import org.claimgraph.serve.Endpoint;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every stored query, sent over HTTP to a real Fuseki on the fixture store, gives the rows it gives directly. */
class QueriesOnFixtureIT {

    private static final StoredQueries QUERIES = StoredQueries.load();

    @TempDir
    Path dir;

    private ClaimStore store;
    private Endpoint endpoint;

    @BeforeEach
    void start() {
        store = ClaimStore.open(dir.resolve("store"));
        Fixture.loadInto(store);
        endpoint = new Endpoint(store, 0).start();
    }

    @AfterEach
    void stop() {
        endpoint.close();
        store.close();
    }

    static Stream<String> queryNames() {
        return QUERIES.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryNames")
    void theEndpointGivesTheRowsTheStoreGives(String name) {
        StoredQuery query = QUERIES.get(name);
        ResultTable direct = QueryRunner.on(store).run(query);
        ResultTable remote = QueryRunner.onEndpoint(endpoint.sparqlUrl()).run(query);
        assertFalse(remote.rows().isEmpty(), name + " returned no rows over HTTP");
        assertEquals(direct.variables(), remote.variables(), name);
        assertEquals(Rows.of(direct), Rows.of(remote), name);
    }

    @Test
    void parametersAreBoundOverHttpToo() {
        ResultTable table = QueryRunner.onEndpoint(endpoint.sparqlUrl())
                .run(QUERIES.get("statements-by-speaker"), Map.of("speakerName", "Donald Trump"));
        assertEquals(List.of("2025-03-14", "2025-03-19"), Rows.column(table, "date"));
    }

    /** A value on the fixture for each parameter a stored query may take. */
    private static final Map<String, String> PARAMETER_VALUES = Map.of(
            "speakerName", "Donald Trump",
            "claim", "<https://w3id.org/claimgraph/id/claim/fixture-a-encircled>",
            "statement", "<https://w3id.org/claimgraph/id/statement/fixture-a-1>",
            "start", "2024-10-01",
            "end", "2025-03-14",
            "words", "encircled");

    static Stream<String> parameterisedQueryNames() {
        return QUERIES.all().stream().filter(q -> !q.parameters().isEmpty()).map(StoredQuery::name);
    }

    /** Fuseki parses the bound query afresh, so a parameter that the query also assigns (BIND) fails only here. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("parameterisedQueryNames")
    void everyParameterCanBeBoundOverHttp(String name) {
        StoredQuery query = QUERIES.get(name);
        Map<String, String> values = new java.util.HashMap<>();
        query.parameters().forEach(p -> values.put(p.name(), PARAMETER_VALUES.get(p.name())));
        assertFalse(values.containsValue(null), name + " takes a parameter the test has no value for: " + values);
        ResultTable direct = QueryRunner.on(store).run(query, values);
        ResultTable remote = QueryRunner.onEndpoint(endpoint.sparqlUrl()).run(query, values);
        assertFalse(remote.rows().isEmpty(), name + " returned no rows over HTTP");
        assertEquals(Rows.of(direct), Rows.of(remote), name);
    }

    @Test
    void anUnreachableEndpointIsAClearError() {
        String url = "http://localhost:" + endpoint.port() + "/nothing-here/sparql";
        ClaimgraphException e = assertThrows(ClaimgraphException.class,
                () -> QueryRunner.onEndpoint(url).run(QUERIES.get("actors")));
        assertTrue(e.getMessage().contains("actors") && e.getMessage().contains(url), e.getMessage());
    }
}
