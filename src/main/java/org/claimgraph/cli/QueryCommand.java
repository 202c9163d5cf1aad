package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.query.ResultFormatter;
import org.claimgraph.query.ResultTable;
import org.claimgraph.query.StoredQueries;
import org.claimgraph.query.StoredQuery;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimgraph query}: runs a stored query, or a .rq file, against the store, an endpoint or a file. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a stored query (by name, from queries/) or a .rq file.",
                "Against the store (default), a SPARQL endpoint, or an RDF file.",
                "Example: claimgraph query contested-claims --format csv"})
final class QueryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "QUERY", description = "A query name (see queries/) or a .rq file.")
    String query;

    @ArgGroup(exclusive = true)
    Target target = new Target();

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Binds a query parameter.")
    Map<String, String> params = new LinkedHashMap<>();

    /** Where the query runs: exactly one of store, endpoint or file. */
    static final class Target {
        @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store (default: data/store).")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL", description = "A SPARQL endpoint URL.")
        String endpoint;

        @Option(names = "--data", paramLabel = "FILE", description = "An RDF file (TriG, N-Quads, Turtle, JSON-LD).")
        Path data;
    }

    @Override
    public Integer call() {
        StoredQuery stored = resolve(query);
        ResultFormatter.Format fmt = ResultFormatter.Format.parse(format);
        if (target.endpoint != null) {
            return print(QueryRunner.onEndpoint(target.endpoint), stored, fmt);
        }
        if (target.data != null) {
            try (QueryRunner runner = QueryRunner.onFile(target.data)) {
                return print(runner, stored, fmt);
            }
        }
        Path dir = target.store != null ? target.store : ClaimStore.DEFAULT_DIRECTORY;
        if (!Files.isDirectory(dir)) {
            throw new ClaimgraphException.UsageError("no store at " + dir + ": load articles first (claimgraph load)");
        }
        try (ClaimStore store = ClaimStore.open(dir)) {
            return print(QueryRunner.on(store), stored, fmt);
        }
    }

    private int print(QueryRunner runner, StoredQuery stored, ResultFormatter.Format fmt) {
        ResultTable table = runner.run(stored, params);
        ResultFormatter.write(table, fmt, StdOut.unclosable());
        return ExitCodes.OK;
    }

    /** A path ending in .rq is read as a file; anything else is a stored query's name. */
    static StoredQuery resolve(String nameOrFile) {
        if (nameOrFile.endsWith(".rq")) {
            Path file = Path.of(nameOrFile);
            try {
                return StoredQuery.parse(file.getFileName().toString().replaceFirst("\\.rq$", ""),
                        Files.readString(file), file.toString());
            } catch (java.io.IOException e) {
                throw new ClaimgraphException.BadInput(nameOrFile + ": cannot read query: " + e.getMessage(), e);
            }
        }
        return StoredQueries.load().get(nameOrFile);
    }
}
