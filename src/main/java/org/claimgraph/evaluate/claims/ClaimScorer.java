package org.claimgraph.evaluate.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.claimgraph.evaluate.Scores.Prf;
import org.claimgraph.evaluate.Scores.Share;
import org.claimgraph.evaluate.claims.Finding.Cause;

/**
 * Scores predicted statements against expected ones: statement recall, stance and speaker accuracy over the
 * matched statements, and pairwise precision, recall and F1 of "same claim" decisions within and across articles.
 */
public final class ClaimScorer {

    private ClaimScorer() {
    }

    /** Scores one set; {@code identity} says which predicted claim IRIs name the same claim. */
    public static ClaimSetResult score(String name, List<ExpectedStatement> expected,
                                       List<PredictedStatement> predicted, ClaimIdentity identity) {
        StatementMatcher.Matching matching = StatementMatcher.match(expected, predicted);
        Map<ExpectedStatement, PredictedStatement> matched = matching.matched();
        List<Finding> findings = new ArrayList<>();
        matching.misses().forEach(m -> findings.add(new Finding(Cause.NOT_FOUND,
                m.row().describe() + " in " + m.row().article() + ": " + m.reason())));
        long rightStance = 0;
        long rightSpeaker = 0;
        for (Map.Entry<ExpectedStatement, PredictedStatement> e : matched.entrySet()) {
            ExpectedStatement row = e.getKey();
            PredictedStatement got = e.getValue();
            if (row.stance().equals(got.stance())) {
                rightStance++;
            } else {
                findings.add(new Finding(Cause.WRONG_STANCE, row.describe() + ": expected " + row.stance()
                        + ", got " + got.stance() + " (cue '" + got.cue() + "', content '" + shortContent(got) + "')"));
            }
            if (row.spokenBy(got.speaker())) {
                rightSpeaker++;
            } else {
                findings.add(new Finding(Cause.WRONG_SPEAKER, row.describe() + ": expected " + row.speakers().get(0)
                        + ", got '" + got.speaker() + "'"));
            }
        }
        Prf[] pairs = pairs(new ArrayList<>(matched.entrySet()), identity);
        findings.addAll(groupFindings(matched, identity));
        ClaimScores scores = new ClaimScores(new Share(matched.size(), expected.size()),
                new Share(rightStance, matched.size()), new Share(rightSpeaker, matched.size()), pairs[0], pairs[1],
                predicted.size() - matched.size());
        return new ClaimSetResult(name, scores, findings, List.of());
    }

    /** Pair counts within articles ([0]) and across articles ([1]) over every pair of matched statements. */
    private static Prf[] pairs(List<Map.Entry<ExpectedStatement, PredictedStatement>> rows, ClaimIdentity identity) {
        long[][] counts = new long[2][3];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                ExpectedStatement a = rows.get(i).getKey();
                ExpectedStatement b = rows.get(j).getKey();
                boolean expectedSame = a.claim().equals(b.claim());
                boolean predictedSame = identity.same(rows.get(i).getValue().claim(), rows.get(j).getValue().claim());
                long[] c = counts[a.article().equals(b.article()) ? 0 : 1];
                c[0] += expectedSame && predictedSame ? 1 : 0;
                c[1] += predictedSame ? 1 : 0;
                c[2] += expectedSame ? 1 : 0;
            }
        }
        return new Prf[] {new Prf(counts[0][0], counts[0][1], counts[0][2]),
                new Prf(counts[1][0], counts[1][1], counts[1][2])};
    }

    /** One finding per expected claim split over several predicted claims, and per predicted claim merging several. */
    private static List<Finding> groupFindings(Map<ExpectedStatement, PredictedStatement> matched,
                                               ClaimIdentity identity) {
        Map<String, Map<String, List<ExpectedStatement>>> byExpected = new TreeMap<>();
        Map<String, Map<String, List<ExpectedStatement>>> byPredicted = new LinkedHashMap<>();
        Map<String, String> nameOf = new LinkedHashMap<>();
        matched.forEach((row, got) -> {
            String predictedClaim = identity.canonical(got.claim());
            nameOf.putIfAbsent(predictedClaim, localName(got.claim()) + " of " + got.article());
            byExpected.computeIfAbsent(row.claim(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(predictedClaim, k -> new ArrayList<>()).add(row);
            byPredicted.computeIfAbsent(predictedClaim, k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.claim(), k -> new ArrayList<>()).add(row);
        });
        List<Finding> out = new ArrayList<>();
        byExpected.forEach((claim, parts) -> {
            if (parts.size() > 1) {
                out.add(new Finding(Cause.SPLIT_CLAIM, "claim '" + claim + "' (" + articles(parts) + "): "
                        + parts.size() + " predicted claims " + render(parts.values())));
            }
        });
        byPredicted.forEach((predictedClaim, parts) -> {
            if (parts.size() > 1) {
                List<String> named = new ArrayList<>();
                parts.forEach((claim, rows) -> named.add("'" + claim + "' " + render(List.of(rows))));
                out.add(new Finding(Cause.MERGED_CLAIMS, "predicted claim " + nameOf.get(predictedClaim) + " holds "
                        + String.join(" and ", named)));
            }
        });
        return out;
    }

    private static String articles(Map<String, List<ExpectedStatement>> parts) {
        Set<String> names = new HashSet<>();
        parts.values().forEach(rows -> rows.forEach(r -> names.add(r.article())));
        return names.size() == 1 ? "one article" : names.size() + " articles";
    }

    private static String render(Iterable<List<ExpectedStatement>> groups) {
        List<String> out = new ArrayList<>();
        for (List<ExpectedStatement> rows : groups) {
            out.add("[" + String.join(", ", rows.stream().map(r -> "line " + r.line() + " " + r.cue()).toList()) + "]");
        }
        return String.join(" ", out);
    }

    private static String localName(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String shortContent(PredictedStatement s) {
        String text = s.contents().isEmpty() ? "" : s.contents().get(s.contents().size() - 1);
        return text.length() <= 90 ? text : text.substring(0, 87) + "...";
    }
}
