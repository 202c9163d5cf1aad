package org.claimgraph.cli;

import org.claimgraph.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code claimgraph} command: a root with one subcommand per job. */
@Command(name = "claimgraph", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Turns English news articles into a knowledge graph of who said what, served over SPARQL.",
        subcommands = {RunCommand.class, ConvertCommand.class, LoadCommand.class, ServeCommand.class,
                QueryCommand.class, QueriesCommand.class, LinkCommand.class, ValidateCommand.class,
                EvaluateCommand.class, EvaluateClaimsCommand.class, BenchCommand.class, BenchEndpointCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 user error or bad input, 2 internal error, 3 graph does not conform."})
public final class Main {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces with errors.")
    boolean verbose;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit status, for tests. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        return cli.execute(args);
    }

    /** Reports the version Maven built. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.name() + " " + Version.version()};
        }
    }
}
