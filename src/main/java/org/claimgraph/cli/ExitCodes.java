package org.claimgraph.cli;

import org.claimgraph.convert.BatchReport;

/** The exit statuses every command uses. */
final class ExitCodes {
    static final int OK = 0;
    static final int USER_ERROR = 1;
    static final int INTERNAL = 2;
    static final int NOT_CONFORMING = 3;

    private ExitCodes() {
    }

    /** The status for a batch: the worst thing that happened to any article. */
    static int of(BatchReport report) {
        return switch (report.outcome()) {
            case OK -> OK;
            case BAD_INPUT -> USER_ERROR;
            case INTERNAL_ERROR -> INTERNAL;
            case NOT_CONFORMING -> NOT_CONFORMING;
        };
    }
}
