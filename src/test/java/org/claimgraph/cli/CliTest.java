package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line: help, exit codes, one-line errors, and a batch that survives its bad articles. */
class CliTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"run", "convert", "load", "serve", "query", "queries", "validate", "evaluate-claims",
        "bench-endpoint"})
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("Usage: claimgraph " + command), run.out());
    }

    @Test
    void rootHelpListsTheCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("convert") && run.out().contains("Exit codes"), run.out());
    }

    @Test
    void benchEndpointHelpSaysHowQueriesAreBound() {
        String help = CliRun.of("bench-endpoint", "--help").out();
        assertTrue(help.contains("IRI parameter") && help.contains("SERVICE"), help);
    }

    @Test
    void rootHelpSummarisesEveryCommandInAWholeSentence() {
        // The root help shows only the first line of each command's description.
        new picocli.CommandLine(new Main()).getSubcommands().forEach((name, command) -> {
            String[] description = command.getCommandSpec().usageMessage().description();
            assertTrue(description.length > 0 && description[0].endsWith("."), name + ": " + String.join("|", description));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "run"})
    void allowUpdateWithoutAnAuthFileIsRefusedInOneLineBeforeAnythingStarts(String command) {
        Path store = dir.resolve("store");
        CliRun run = CliRun.of(command, "--allow-update", "--port", "0", "--store", store.toString());
        assertEquals(ExitCodes.USER_ERROR, run.status());
        assertEquals("Error: --allow-update needs --auth-file FILE with one 'user: password' line per user"
                + " (passwords are never taken on the command line)", run.err().strip());
        assertFalse(java.nio.file.Files.exists(store), "the store was opened");
    }

    @Test
    void endpointLimitsAreCheckedBeforeAnythingStarts() {
        CliRun body = CliRun.of("serve", "--max-body", "ten", "--store", dir.resolve("s").toString());
        assertEquals(ExitCodes.USER_ERROR, body.status());
        assertTrue(body.err().startsWith("Error: --max-body must be a size"), body.err());
        CliRun auth = CliRun.of("serve", "--auth-file", "users", "--store", dir.resolve("s").toString());
        assertEquals(ExitCodes.USER_ERROR, auth.status());
        assertTrue(auth.err().contains("only used with --allow-update"), auth.err());
        assertEquals(10L << 20, EndpointOptions.bytes("--max-body", "10M"));
        assertEquals(512L << 10, EndpointOptions.bytes("--max-body", "512k"));
        assertEquals(2000, EndpointOptions.bytes("--max-body", "2000"));
        CliRun cache = CliRun.of("serve", "--result-cache", "lots", "--store", dir.resolve("s").toString());
        assertEquals(ExitCodes.USER_ERROR, cache.status());
        assertTrue(cache.err().startsWith("Error: --result-cache must be a size"), cache.err());
    }

    @Test
    void serveHelpNamesTheSecurityOptions() {
        String help = CliRun.of("serve", "--help").out();
        for (String option : new String[] {"--host", "--allow-update", "--auth-file", "--service-allow",
                "--query-timeout", "--max-rows", "--max-body", "--result-cache"}) {
            assertTrue(help.contains(option), option + " in " + help);
        }
    }

    @Test
    void aBatchWithBadArticlesReportsEachOnOneLineAndConvertsTheRest() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "The mayor said that the bridge would open in May.\n");
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 owners said prices rose.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        Files.writeString(in.resolve("broken.json"), "{\"maintext\": ");
        Files.writeString(in.resolve("notext.json"), "{\"title\": \"No body\"}");
        Path out = dir.resolve("out.trig");
        CliRun run = CliRun.of("convert", in.toString(), dir.resolve("missing.txt").toString(), "-o", out.toString());
        assertEquals(1, run.status(), run.err());
        for (String name : new String[] {"latin1.txt", "empty.txt", "binary.txt", "broken.json", "notext.json",
                "missing.txt"}) {
            assertEquals(1, run.err().lines().filter(l -> l.startsWith("Error: ") && l.contains(name)).count(),
                    name + " in:\n" + run.err());
        }
        assertFalse(run.err().contains("\tat "), "no stack traces:\n" + run.err());
        assertTrue(run.err().contains("1 article(s) converted"), run.err());
        Dataset written = RDFDataMgr.loadDataset(out.toString());
        assertEquals(1, Iterators.count(written.listNames()));
    }

    @Test
    void validateSaysThreeForAGraphThatBreaksTheShapes() throws IOException {
        Path bad = dir.resolve("bad.trig");
        Files.writeString(bad, "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n"
                + "<http://example.org/g> { <http://example.org/s> a cg:Statement . }\n");
        CliRun run = CliRun.of("validate", bad.toString());
        assertEquals(3, run.status(), run.err() + run.out());
        assertTrue(run.out().contains("does not conform"), run.out());
    }

    @Test
    void validateRejectsAFileThatIsNotRdfInOneLine() throws IOException {
        Path junk = dir.resolve("junk.ttl");
        Files.writeString(junk, "this is { not turtle");
        CliRun run = CliRun.of("validate", junk.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("Error: " + junk), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void anUnknownQueryNameIsAUserError() {
        CliRun run = CliRun.of("query", "no-such-query", "--data", "seeds/000_46f0d68cc48e47aa.txt");
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("Error: ") && run.err().contains("no-such-query"), run.err());
    }

    @Test
    void queriesListsEachStoredQueryWithItsTitleAndParameters() {
        CliRun run = CliRun.of("queries");
        assertEquals(0, run.status(), run.err());
        for (String line : List.of("claim-timeline: Claim timeline", "actors: Actors",
                "--param claim=IRI  the IRI of a canonical claim", "--param speakerName=string")) {
            assertTrue(run.out().contains(line), line + " in " + run.out());
        }
    }

    @Test
    void anUnknownParameterIsAOneLineUserErrorNamingTheKnownOnes() {
        CliRun run = CliRun.of("query", "statements-by-speaker", "--data", "src/test/resources/query/fixture.trig",
                "--param", "speaker=Donald Trump");
        assertEquals(1, run.status());
        assertEquals("Error: Query 'statements-by-speaker' has no parameter 'speaker'; it has: speakerName",
                run.err().strip());
    }

    @Test
    void anUnknownFormatIsAUserError() {
        CliRun run = CliRun.of("convert", "seeds", "--format", "xml");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("unknown format 'xml'"), run.err());
    }

    /** Counts what an iterator yields. */
    static final class Iterators {
        static int count(java.util.Iterator<?> it) {
            int n = 0;
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        }
    }
}
