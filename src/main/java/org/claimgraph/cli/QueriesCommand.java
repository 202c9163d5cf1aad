package org.claimgraph.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.claimgraph.query.StoredQueries;
import org.claimgraph.query.StoredQuery;
import picocli.CommandLine.Command;

/** {@code claimgraph queries}: the catalogue of stored queries, with the title and parameters of each. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = {"Lists the stored queries (queries/*.rq): name, title, question and parameters.",
                "Bind a parameter with: claimgraph query NAME --param NAME=VALUE.",
                "Example: claimgraph queries"})
final class QueriesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        StoredQueries queries = StoredQueries.load();
        PrintStream out = System.out;
        for (StoredQuery q : queries.all()) {
            out.println(q.name() + ": " + q.title());
            out.println("    " + q.description());
            for (StoredQuery.Parameter p : q.parameters()) {
                out.println("    " + p.usage() + "  " + p.meaning());
            }
        }
        out.println();
        out.println(queries.all().size() + " queries from " + queries.origin());
        out.flush();
        return ExitCodes.OK;
    }
}
