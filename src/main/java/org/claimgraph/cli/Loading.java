package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.convert.BatchConverter;
import org.claimgraph.convert.BatchReport;
import org.claimgraph.convert.Converter;
import org.claimgraph.store.ClaimStore;

/**
 * Converts inputs and stores each article's graph in its own transaction, replacing any earlier version and
 * linking it to the stored articles.
 */
final class Loading {
    private Loading() {
    }

    /** Loads every article under the inputs; a failing article is reported, the others are stored. */
    static BatchReport load(ClaimStore store, List<Path> inputs, int threads) {
        return load(store, inputs, threads, new Converter());
    }

    /** Loads every article under the inputs with the given converter (e.g. one with the user's gazetteers). */
    static BatchReport load(ClaimStore store, List<Path> inputs, int threads, Converter converter) {
        BatchConverter batch = new BatchConverter(converter, threads);
        // One transaction per article, its links included: a crash or a failure leaves earlier articles whole
        // and linked, and this one absent.
        BatchReport report = batch.run(inputs, a -> {
            store.replaceArticle(a.graphIri(), a.graph().getGraph());
            // One line per committed article, flushed at once: after a crash it tells which articles were stored.
            System.err.println("Stored " + a.graphIri() + " (" + a.article().source() + ")");
        });
        Reports.print(report);
        return report;
    }
}
