package org.claimgraph.cli;

import java.nio.file.Path;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use the TDB2 store. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: data/store).")
    Path store = ClaimStore.DEFAULT_DIRECTORY;

    @Option(names = "--threads", paramLabel = "N", description = "Conversion threads (default: every core).")
    Integer threads;

    ClaimStore open() {
        return ClaimStore.open(store);
    }
}
