package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.convert.BatchReport;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.query.ResultFormatter;
import org.claimgraph.query.StoredQueries;
import org.claimgraph.query.StoredQuery;
import org.claimgraph.serve.Endpoint;
import org.claimgraph.serve.EndpointSecurity;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimgraph run}: the main job — load, serve, answer every stored query over HTTP, keep serving. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"The main job: load, serve, answer every stored query over HTTP, keep serving.",
                "Loads and links the inputs (default: seeds/) in the store, starts the endpoint, answers every stored query",
                "in queries/ through the endpoint over HTTP, prints each as a table, then keeps serving until",
                "interrupted (--no-serve exits after the answers).",
                "Example: claimgraph run --no-serve"})
final class RunCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    EndpointOptions endpointOptions;

    @Mixin
    GazetteerOptions gazetteers;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "N", description = "HTTP port (default: 3030).")
    int port;

    @Option(names = "--no-serve", description = "Exit after printing the answers.")
    boolean noServe;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Articles to load (default: seeds/).")
    List<Path> inputs = List.of(Path.of("seeds"));

    @Override
    public Integer call() {
        // Settings first: a mistake in them is reported before the store is opened or anything is loaded.
        EndpointSecurity security = endpointOptions.security();
        long resultCacheBytes = endpointOptions.resultCacheBytes();
        try (ClaimStore store = storeOptions.open()) {
            BatchReport report = Loading.load(store, inputs, Threads.orDefault(storeOptions.threads),
                    gazetteers.converter());
            try (Endpoint endpoint = new Endpoint(store, port, security)
                    .withResultCache(resultCacheBytes).start()) {
                System.err.println("SPARQL endpoint: " + endpoint.sparqlUrl());
                QueryRunner runner = QueryRunner.onEndpoint(endpoint.sparqlUrl());
                for (StoredQuery q : StoredQueries.load().all()) {
                    System.out.println();
                    System.out.println("## " + q.name() + ": " + q.title());
                    System.out.print(ResultFormatter.format(runner.run(q), ResultFormatter.Format.TABLE));
                }
                System.out.flush();
                if (!noServe) {
                    System.err.println("Fuseki UI: " + endpoint.baseUrl() + "  (Ctrl-C to stop)");
                    endpoint.join();
                }
            }
            return ExitCodes.of(report);
        }
    }
}
