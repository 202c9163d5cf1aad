package org.claimgraph.evaluate.claims;

import java.util.List;
import java.util.Locale;
import org.claimgraph.evaluate.Scores.Prf;
import org.claimgraph.evaluate.claims.Finding.Cause;

/** Renders claim-evaluation results as plain text: one row of figures per set and a total, then the findings. */
public final class ClaimReportTable {

    private static final String HEAD = "%-12s %5s %5s %6s %6s %7s   %8s %6s %6s   %8s %6s %6s %6s%n";
    private static final String ROW = "%-12s %5d %5d %6.3f %6.3f %7.3f   %8.3f %6.3f %6.3f   %8.3f %6.3f %6.3f %6d%n";

    private ClaimReportTable() {
    }

    /** The figures of each set and of all sets together (micro averages), with a line explaining the columns. */
    public static String figures(List<ClaimSetResult> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, HEAD, "set", "rows", "found", "recall", "stance", "speaker",
                "within P", "R", "F1", "across P", "R", "F1", "extra"));
        ClaimScores total = ClaimScores.ZERO;
        for (ClaimSetResult r : results) {
            out.append(row(r.name(), r.scores()));
            total = total.plus(r.scores());
        }
        if (results.size() > 1) {
            out.append(row("all", total));
        }
        out.append(String.format(Locale.ROOT, "%nrecall: expected statements found; stance, speaker: accuracy over "
                + "the found ones; extra: predicted statements no row matched;%nwithin, across: pairwise \"same "
                + "claim\" precision, recall, F1 over found statements in the same / in different articles.%n"));
        out.append(pairCounts(total));
        return out.toString();
    }

    /** Every finding of every set, grouped by set and cause, for finding out why a figure is low. */
    public static String findings(List<ClaimSetResult> results) {
        StringBuilder out = new StringBuilder();
        for (ClaimSetResult r : results) {
            for (Cause cause : Cause.values()) {
                List<Finding> these = r.findings().stream().filter(f -> f.cause() == cause).toList();
                if (!these.isEmpty()) {
                    out.append(String.format(Locale.ROOT, "%n%s: %s (%d)%n", r.name(), cause.title(), these.size()));
                    these.forEach(f -> out.append("  ").append(f.message()).append('\n'));
                }
            }
        }
        return out.toString();
    }

    private static String row(String name, ClaimScores s) {
        Prf w = s.within();
        Prf a = s.across();
        return String.format(Locale.ROOT, ROW, name, s.found().total(), s.found().hits(), s.found().value(),
                s.stance().value(), s.speaker().value(), w.precision(), w.recall(), w.f1(), a.precision(), a.recall(),
                a.f1(), s.unexpected());
    }

    private static String pairCounts(ClaimScores s) {
        return String.format(Locale.ROOT, "pairs (all sets): within %d right of %d predicted, %d expected; "
                        + "across %d right of %d predicted, %d expected%n", s.within().matched(),
                s.within().predicted(), s.within().gold(), s.across().matched(), s.across().predicted(),
                s.across().gold());
    }
}
