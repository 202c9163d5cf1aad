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
                "Each article is linked to the stored ones as it is loaded: the same claim or person in different",
                "articles is joined by owl:sameAs in the graph https://w3id.org/claimgraph/id/graph/links.",
                "Loading an article again replaces its graph and its links.",
                "Example: claimgraph load --store data/store seeds/"})
final class LoadCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    GazetteerOptions gazetteers;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or directories.")
    List<Path> inputs;

    @Override
    public Integer call() {
        try (ClaimStore store = storeOptions.open()) {
            BatchReport report = Loading.load(store, inputs, Threads.orDefault(storeOptions.threads), gazetteers.converter());
            System.err.println("Store " + storeOptions.store + " holds " + store.articleGraphNames().size() + " article(s).");
            return ExitCodes.of(report);
        }
    }
}
