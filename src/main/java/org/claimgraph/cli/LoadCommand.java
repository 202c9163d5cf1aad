package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.convert.BatchReport;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code claimgraph load}: converts articles and stores them in the TDB2 store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Converts articles and loads them into the TDB2 store, one named graph per article.",
                "Loading an article again replaces its graph.",
                "Example: claimgraph load --store data/store seeds/"})
final class LoadCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or directories.")
    List<Path> inputs;

    @Override
    public Integer call() {
        try (ClaimStore store = storeOptions.open()) {
            BatchReport report = Loading.load(store, inputs, Threads.orDefault(storeOptions.threads));
            System.err.println("Store " + storeOptions.store + " holds " + store.graphNames().size() + " article(s).");
            return ExitCodes.of(report);
        }
    }
}
