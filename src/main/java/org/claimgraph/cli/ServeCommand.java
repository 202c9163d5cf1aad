package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.convert.BatchReport;
import org.claimgraph.serve.Endpoint;
import org.claimgraph.serve.EndpointSecurity;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimgraph serve}: the SPARQL endpoint and Fuseki UI over the store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over SPARQL with Fuseki's UI until interrupted.",
                "On localhost (--host to change) and read-only for everyone; with",
                "--allow-update --auth-file FILE its users may also update, write graphs",
                "and POST articles to /claimgraph/articles (HTTP basic authentication).",
                "Queries are limited in time, rows, body size and SERVICE targets.",
                "Inputs given are loaded (and linked to the stored articles) first.",
                "Example: claimgraph serve --port 3030   then open http://localhost:3030/"})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    EndpointOptions endpointOptions;

    @Mixin
    GazetteerOptions gazetteers;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "N", description = "HTTP port (default: 3030).")
    int port;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Articles to load before serving.")
    List<Path> inputs = List.of();

    @Override
    public Integer call() {
        // Settings first: a mistake in them is reported before the store is opened or anything is loaded.
        EndpointSecurity security = endpointOptions.security();
        long resultCacheBytes = endpointOptions.resultCacheBytes();
        try (ClaimStore store = storeOptions.open()) {
            int status = ExitCodes.OK;
            if (!inputs.isEmpty()) {
                BatchReport report = Loading.load(store, inputs, Threads.orDefault(storeOptions.threads),
                        gazetteers.converter());
                status = ExitCodes.of(report);
            }
            try (Endpoint endpoint = new Endpoint(store, port, security)
                    .withResultCache(resultCacheBytes).start()) {
                System.err.println("SPARQL endpoint: " + endpoint.sparqlUrl());
                System.err.println("Fuseki UI:       " + endpoint.baseUrl());
                if (security.allowsUpdate()) {
                    System.err.println("Ingestion:       POST " + endpoint.datasetUrl() + "/articles  (users of "
                            + security.authFile().get() + ")");
                }
                System.err.println("Serving " + store.articleGraphNames().size() + " article(s); Ctrl-C to stop.");
                endpoint.join();
            }
            return status;
        }
    }
}
