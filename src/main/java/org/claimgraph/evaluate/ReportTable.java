package org.claimgraph.evaluate;

import java.util.Locale;

/** Renders an evaluation report as a plain-text table for the terminal. */
public final class ReportTable {

    private ReportTable() {
    }

    /** The report as text: per-article rows when asked, then the corpus table, speaker accuracy and counts. */
    public static String format(EvaluationReport report, boolean perArticle) {
        StringBuilder out = new StringBuilder();
        if (perArticle) {
            perArticle(report, out);
            out.append('\n');
        }
        Scores total = report.total();
        out.append(String.format(Locale.ROOT, "%-8s  %7s %7s %7s   %9s %9s %10s%n",
                "", "exact P", "R", "F1", "overlap P", "R", "F1"));
        for (Role role : Role.values()) {
            Scores.Prf e = total.exact().get(role);
            Scores.Prf o = total.overlap().get(role);
            out.append(String.format(Locale.ROOT, "%-8s  %7.3f %7.3f %7.3f   %9.3f %9.3f %10.3f%n", role.label(),
                    e.precision(), e.recall(), e.f1(), o.precision(), o.recall(), o.f1()));
        }
        Scores.Share s = total.speaker();
        out.append(String.format(Locale.ROOT, "%nspeaker accuracy  %.3f  (%d of %d gold attributions with a source)%n",
                s.value(), s.hits(), s.total()));
        out.append(counts(report, total));
        return out.toString();
    }

    private static void perArticle(EvaluationReport report, StringBuilder out) {
        int width = report.articles().stream().mapToInt(a -> a.name().length()).max().orElse(7);
        String head = "%-" + width + "s  %5s %5s  %11s %10s %8s %7s%n";
        out.append(String.format(Locale.ROOT, head, "article", "gold", "pred", "content ovl", "source ovl",
                "cue exa", "speaker"));
        String row = "%-" + width + "s  %5d %5d  %11.3f %10.3f %8.3f %7.3f%n";
        for (EvaluationReport.ArticleResult a : report.articles()) {
            Scores s = a.scores();
            out.append(String.format(Locale.ROOT, row, a.name(), s.gold(), s.predicted(),
                    s.overlap().get(Role.CONTENT).f1(), s.overlap().get(Role.SOURCE).f1(),
                    s.exact().get(Role.CUE).f1(), s.speaker().value()));
        }
    }

    private static String counts(EvaluationReport report, Scores total) {
        double seconds = report.elapsed().toMillis() / 1000.0;
        int n = report.articles().size();
        String skipped = report.problems().isEmpty() ? "" : ", " + report.problems().size() + " skipped";
        return String.format(Locale.ROOT, "articles %d%s, gold attributions %d, predicted attributions %d%n"
                        + "time %.1f s on %d thread%s (%.2f s per article per thread)%n",
                n, skipped, total.gold(), total.predicted(), seconds, report.threads(),
                report.threads() == 1 ? "" : "s", n == 0 ? 0 : seconds * report.threads() / n);
    }
}
