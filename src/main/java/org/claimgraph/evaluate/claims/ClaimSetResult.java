package org.claimgraph.evaluate.claims;

import java.util.List;

/**
 * The scores of one set of articles and what went wrong in it.
 *
 * @param name     the set's name (its directory's name)
 * @param scores   the counts behind the figures
 * @param findings every error found, for the report
 * @param problems articles that could not be converted, one line each (their rows count as not found)
 */
public record ClaimSetResult(String name, ClaimScores scores, List<Finding> findings, List<String> problems) {

    public ClaimSetResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }
}
