package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.evaluate.Evaluation;
import org.claimgraph.evaluate.EvaluationReport;
import org.claimgraph.evaluate.QualityFloor;
import org.claimgraph.evaluate.ReportJson;
import org.claimgraph.evaluate.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimgraph evaluate}: scores extracted source, cue and content spans against brat gold. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores extracted attributions against brat gold (PolNeAR / PARC scheme): exact and "
                + "token-overlap precision, recall and F1 for cue, source and content, and speaker accuracy.",
                "Gold for NAME.txt is NAME.ann or the first NAME_ANNOTATOR.ann in sorted order.",
                "Example: claimgraph evaluate --text corpora/polnear-train/text "
                        + "--gold corpora/polnear-train/attributions --limit 100 --json scores.json"})
final class EvaluateCommand implements Callable<Integer> {

    /** How far a figure may fall below its recorded value before the check fails: run-to-run noise is nil. */
    private static final double TOLERANCE = 0.01;

    @Option(names = "--text", required = true, paramLabel = "DIR",
            description = "Directory of article texts, NAME.txt.")
    Path textDir;

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "Directory of brat gold, NAME.ann or NAME_ANNOTATOR.ann.")
    Path goldDir;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the predictions here as brat, NAME.ann.")
    Path outDir;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Option(names = "--per-article", description = "Add one row per article.")
    boolean perArticle;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N articles in sorted order.")
    Integer limit;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: every core).")
    Integer threads;

    @Option(names = "--require", paramLabel = "FILE",
            description = "Fail (exit 1) if a headline figure falls more than 0.01 below the value recorded in FILE "
                    + "(content.overlap.f1, source.overlap.f1, cue.exact.f1, speaker.accuracy).")
    Path required;

    @Override
    public Integer call() {
        requireDirectory(textDir, "text");
        requireDirectory(goldDir, "gold");
        if (limit != null && limit < 1) {
            throw new ClaimgraphException.UsageError("--limit must be at least 1, not " + limit);
        }
        EvaluationReport report = Evaluation.standard(Threads.orDefault(threads))
                .run(textDir, goldDir, limit == null ? 0 : limit, outDir);
        report.problems().forEach(p -> System.err.println("Error: " + p));
        System.out.print(ReportTable.format(report, perArticle));
        if (json != null) {
            ReportJson.write(json, report, perArticle);
        }
        if (report.problems().stream().anyMatch(EvaluationReport.Problem::internal)) {
            return ExitCodes.INTERNAL;
        }
        if (required != null) {
            List<String> fallen = QualityFloor.regressions(report.total(), required, TOLERANCE);
            fallen.forEach(f -> System.err.println("Error: quality regression: " + f));
            if (!fallen.isEmpty()) {
                return ExitCodes.USER_ERROR;
            }
            System.err.println("Quality holds against " + required);
        }
        return report.problems().isEmpty() ? ExitCodes.OK : ExitCodes.USER_ERROR;
    }

    private static void requireDirectory(Path dir, String what) {
        if (!Files.isDirectory(dir)) {
            throw new ClaimgraphException.UsageError(what + " directory not found: " + dir);
        }
    }
}
