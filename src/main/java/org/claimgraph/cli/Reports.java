package org.claimgraph.cli;

import org.claimgraph.convert.BatchReport;

/** Prints a batch's problems, one line each, and its summary, on standard error. */
final class Reports {
    private Reports() {
    }

    static void print(BatchReport report) {
        report.problems().forEach(p -> System.err.println("Error: " + p));
        System.err.println(report.summary());
    }
}
