package org.claimgraph.evaluate;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.claimgraph.ClaimgraphException;

/** Writes an evaluation report as JSON, figures and the counts behind them, for regression checks in CI. */
public final class ReportJson {

    private ReportJson() {
    }

    /** The report as a JSON object; per-article figures are included when asked. */
    public static JsonObject toJson(EvaluationReport report, boolean perArticle) {
        JsonObject json = scores(report.total());
        json.put("articles", report.articles().size());
        json.put("skipped", report.problems().size());
        json.put("seconds", number(report.elapsed().toMillis() / 1000.0));
        json.put("threads", report.threads());
        if (perArticle) {
            JsonArray rows = new JsonArray();
            for (EvaluationReport.ArticleResult a : report.articles()) {
                JsonObject row = scores(a.scores());
                row.put("article", a.name());
                rows.add(row);
            }
            json.put("perArticle", rows);
        }
        return json;
    }

    /** Writes the report's JSON to a file, replacing it. */
    public static void write(Path file, EvaluationReport report, boolean perArticle) {
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.write(out, toJson(report, perArticle));
        } catch (IOException e) {
            throw new ClaimgraphException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static JsonObject scores(Scores s) {
        JsonObject json = new JsonObject();
        json.put("goldAttributions", s.gold());
        json.put("predictedAttributions", s.predicted());
        for (Role role : Role.values()) {
            JsonObject r = new JsonObject();
            r.put("exact", prf(s.exact().get(role)));
            r.put("overlap", prf(s.overlap().get(role)));
            json.put(role.label(), r);
        }
        JsonObject speaker = new JsonObject();
        speaker.put("accuracy", number(s.speaker().value()));
        speaker.put("correct", s.speaker().hits());
        speaker.put("total", s.speaker().total());
        json.put("speaker", speaker);
        return json;
    }

    private static JsonObject prf(Scores.Prf prf) {
        JsonObject json = new JsonObject();
        json.put("precision", number(prf.precision()));
        json.put("recall", number(prf.recall()));
        json.put("f1", number(prf.f1()));
        json.put("matched", prf.matched());
        json.put("predicted", prf.predicted());
        json.put("gold", prf.gold());
        return json;
    }

    // Four decimals: enough to see a change, few enough that diffs of the file stay readable.
    private static JsonNumber number(double value) {
        return JsonNumber.value(BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP));
    }
}
