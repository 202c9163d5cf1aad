package org.claimgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.UserCache;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.wikidata.EndpointLinker;
import org.claimgraph.wikidata.LinkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimgraph link}: reconciles unlinked actors with Wikidata through a SPARQL endpoint. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Links the named persons and organisations that have no Wikidata link yet to Wikidata items.",
                "It asks a SPARQL endpoint with Wikidata-shaped data: items whose English label or alias is the actor's",
                "label, human (wd:Q5) or organisation (wd:Q43229 and subclasses), the one whose positions (wdt:P39)",
                "match the actor's role when several share the name. Links are written as owl:sameAs on the actor",
                "in each article graph that holds it. Answers are cached on disk; an endpoint that cannot be reached",
                "gives one warning, and the actors stay unlinked.",
                "Example: claimgraph link --store data/store"})
final class LinkCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store to link (default: data/store).")
    Path store;

    @Option(names = "--data", paramLabel = "FILE", description = "Link an RDF file (TriG, N-Quads) instead of a store.")
    Path data;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "With --data: write the linked graphs here (TriG) instead of standard output.")
    Path output;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = EndpointLinker.WIKIDATA,
            description = "SPARQL endpoint with Wikidata-shaped data (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "Cache of the endpoint's answers (default: $XDG_CACHE_HOME or ~/.cache, claimgraph/wikidata-links.tsv).")
    Path cache;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time each question may take to connect and to be answered (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Override
    public Integer call() {
        if (store != null && data != null) {
            throw new ClaimgraphException.UsageError("give --store or --data, not both");
        }
        if (timeoutSeconds <= 0) {
            throw new ClaimgraphException.UsageError("--timeout must be positive, not " + timeoutSeconds);
        }
        EndpointLinker linker = new EndpointLinker(endpoint, Duration.ofMillis(Math.round(timeoutSeconds * 1000)),
                cache == null ? defaultCache() : cache);
        LinkReport report = data != null ? linkFile(linker) : linkStore(linker);
        report.unreachable().ifPresent(why -> System.err.println("Warning: the SPARQL endpoint " + endpoint
                + " cannot be reached (" + why + "); actors not in the cache stay unlinked."));
        System.err.println(report.summary());
        return ExitCodes.OK;
    }

    private LinkReport linkStore(EndpointLinker linker) {
        try (ClaimStore s = ClaimStore.open(store == null ? ClaimStore.DEFAULT_DIRECTORY : store)) {
            return Txn.calculateWrite(s.dataset(), () -> linker.link(s.datasetGraph()));
        }
    }

    private LinkReport linkFile(EndpointLinker linker) {
        if (!Files.isRegularFile(data)) {
            throw new ClaimgraphException.UsageError(data + ": no such file");
        }
        DatasetGraph dsg;
        try {
            dsg = RDFDataMgr.loadDatasetGraph(data.toString());
        } catch (RuntimeException e) {
            throw new ClaimgraphException.BadInput(data + ": cannot be read as RDF: " + e.getMessage(), e);
        }
        LinkReport report = linker.link(dsg);
        try (OutputStream out = output == null ? StdOut.unclosable() : Files.newOutputStream(output)) {
            RDFDataMgr.write(out, dsg, Lang.TRIG);
        } catch (IOException e) {
            throw new ClaimgraphException("cannot write " + (output == null ? "output" : output) + ": "
                    + e.getMessage(), e);
        }
        return report;
    }

    /** Shared by every store and file: answers are keyed by endpoint, so one cache serves them all. */
    private static Path defaultCache() {
        return UserCache.directory().resolve("wikidata-links.tsv");
    }
}
