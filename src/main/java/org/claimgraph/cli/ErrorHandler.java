package org.claimgraph.cli;

import org.claimgraph.ClaimgraphException;
import picocli.CommandLine;

/** Turns an exception into one line, "Error: …", and the exit status for its kind; stack traces only on --verbose. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
        cli.getErr().println("Error: " + message(e));
        if (verbose) {
            e.printStackTrace(cli.getErr());
        }
        return statusOf(e);
    }

    static int statusOf(Exception e) {
        if (e instanceof ClaimgraphException.NotConforming) {
            return ExitCodes.NOT_CONFORMING;
        }
        if (e instanceof ClaimgraphException.BadInput || e instanceof ClaimgraphException.UsageError) {
            return ExitCodes.USER_ERROR;
        }
        return e instanceof ClaimgraphException ? ExitCodes.USER_ERROR : ExitCodes.INTERNAL;
    }

    private static String message(Exception e) {
        if (e instanceof ClaimgraphException) {
            return e.getMessage();
        }
        return "internal error: " + e + " (run with --verbose for details)";
    }
}
