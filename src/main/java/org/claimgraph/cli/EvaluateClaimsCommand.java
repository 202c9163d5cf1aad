package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.evaluate.claims.ClaimEvaluation;
import org.claimgraph.evaluate.claims.ClaimReportTable;
import org.claimgraph.evaluate.claims.ClaimSet;
import org.claimgraph.evaluate.claims.ClaimSetResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimgraph evaluate-claims}: scores stances and claim grouping against hand-annotated sets of articles. */
@Command(name = "evaluate-claims", mixinStandardHelpOptions = true,
        description = {"Scores stances and claim grouping against annotated sets of articles: the share of expected "
                + "statements found, stance and speaker accuracy over those found, and pairwise precision, recall "
                + "and F1 of \"same claim\" decisions within and across articles.",
                "Each SET_DIR holds expected.tsv (article, speaker, cue, anchor, stance, claim; see README), or "
                        + "subdirectories that do; the articles of a set are converted together.",
                "Example: claimgraph evaluate-claims src/test/resources/claims --details"})
final class EvaluateClaimsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SET_DIR", description = "Directories holding an expected.tsv, or holding such directories.")
    List<Path> sets;

    @Option(names = "--details", description = "List every error: statements not found, wrong stances and "
            + "speakers, claims split or merged.")
    boolean details;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: every core).")
    Integer threads;

    @Override
    public Integer call() {
        List<ClaimSet> opened = sets.stream().flatMap(dir -> ClaimSet.openAll(dir).stream()).toList();
        ClaimEvaluation evaluation = ClaimEvaluation.standard(Threads.orDefault(threads));
        List<ClaimSetResult> results = new ArrayList<>();
        for (ClaimSet set : opened) {
            results.add(evaluation.run(set));
        }
        results.forEach(r -> r.problems().forEach(p -> System.err.println("Error: " + p)));
        System.out.print(ClaimReportTable.figures(results));
        if (details) {
            System.out.print(ClaimReportTable.findings(results));
        }
        return results.stream().allMatch(r -> r.problems().isEmpty()) ? ExitCodes.OK : ExitCodes.USER_ERROR;
    }
}
