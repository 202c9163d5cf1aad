package org.claimgraph.query;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.system.Txn;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.store.ClaimStore;

/** Runs SELECT queries against a store, a remote SPARQL endpoint or an RDF file, and returns a ResultTable. */
public final class QueryRunner implements AutoCloseable {

    private final String target;
    private final Function<Query, ResultTable> executor;
    private final ClaimStore owned;

    private QueryRunner(String target, Function<Query, ResultTable> executor, ClaimStore owned) {
        this.target = target;
        this.executor = executor;
        this.owned = owned;
    }

    /** Runs queries on {@code store}, each in a read transaction; the store stays the caller's to close. */
    public static QueryRunner on(ClaimStore store) {
        return new QueryRunner(store.toString(), query -> Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                return ResultTable.from(qe.execSelect(), query.getPrefixMapping());
            }
        }), null);
    }

    /** Runs queries on the SPARQL endpoint at {@code url} (e.g. {@code http://localhost:3030/claimgraph/sparql}). */
    public static QueryRunner onEndpoint(String url) {
        return overHttp(url, false);
    }

    /**
     * Runs queries on the SPARQL endpoint at {@code url}, each asking for a freshly computed answer
     * ({@code Cache-Control: no-cache}), as a benchmark timing the query itself does.
     */
    public static QueryRunner onEndpointFresh(String url) {
        return overHttp(url, true);
    }

    private static QueryRunner overHttp(String url, boolean fresh) {
        return new QueryRunner(url, query -> {
            QueryExecutionHTTPBuilder request = QueryExecutionHTTP.service(url).query(query);
            if (fresh) {
                request.httpHeader("Cache-Control", "no-cache");
            }
            try (QueryExecution qe = request.build()) {
                return ResultTable.from(qe.execSelect(), query.getPrefixMapping());
            }
        }, null);
    }

    /**
     * Runs queries on an RDF file (TriG, N-Quads, Turtle, N-Triples, JSON-LD, RDF/XML; by extension) loaded into
     * memory, with the same union default graph as the store; triples outside any named graph go into a graph
     * named after the file, so that the union sees them.
     */
    public static QueryRunner onFile(Path file) {
        ClaimStore store = ClaimStore.inMemory();
        try {
            store.replaceGraphs(graphsOf(file));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        QueryRunner inner = on(store);
        return new QueryRunner(file.toString(), inner.executor, store);
    }

    private static Map<String, Graph> graphsOf(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ClaimgraphException.BadInput("No RDF file " + file.toAbsolutePath());
        }
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        try {
            RDFParser.source(file).parse(parsed);
        } catch (RiotException e) {
            throw new ClaimgraphException.BadInput("Cannot read RDF from " + file + ": " + e.getMessage(), e);
        }
        Map<String, Graph> graphs = new LinkedHashMap<>();
        if (!parsed.getDefaultGraph().isEmpty()) {
            graphs.put(file.toAbsolutePath().toUri().toString(), parsed.getDefaultGraph());
        }
        parsed.listGraphNodes().forEachRemaining(name -> graphs.put(name.isURI() ? name.getURI() : name.toString(),
                parsed.getGraph(name)));
        return graphs;
    }

    /** Runs a stored query without parameters. */
    public ResultTable run(StoredQuery query) {
        return run(query, Map.of());
    }

    /** Runs a stored query with parameters bound by VALUES (see {@link StoredQuery#query(Map)}). */
    public ResultTable run(StoredQuery query, Map<String, String> parameters) {
        return execute(query.query(parameters), "Query '" + query.name() + "'");
    }

    /** Runs a parsed SELECT query. */
    public ResultTable run(Query query) {
        return execute(query, "Query");
    }

    private ResultTable execute(Query query, String what) {
        if (!query.isSelectType()) {
            throw new ClaimgraphException.UsageError(what + " is not a SELECT query, so it cannot make a table");
        }
        try {
            return executor.apply(query);
        } catch (ClaimgraphException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ClaimgraphException(what + " failed on " + target + ": " + reason(e), e);
        }
    }

    /** A short reason: the HTTP status, else the first I/O error, else the innermost cause (not the whole query). */
    private static String reason(RuntimeException e) {
        if (e instanceof QueryExceptionHTTP http && http.getStatusCode() > 0) {
            return "HTTP " + http.getStatusCode() + " " + Objects.toString(http.getStatusLine(), "");
        }
        Throwable cause = e;
        while (!(cause instanceof IOException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof ConnectException) {
            return "cannot connect (is the endpoint running?)";
        }
        String message = Objects.toString(cause.getMessage(), "");
        String text = cause == e ? message : cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Where queries run: a store, an endpoint URL or a file. */
    public String target() {
        return target;
    }

    /** Frees the in-memory store of a file runner; does nothing for stores and endpoints. */
    @Override
    public void close() {
        if (owned != null) {
            owned.close();
        }
    }
}
