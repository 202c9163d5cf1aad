package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph evaluate-claims}: figures for a small set, and one-line errors for a bad expectation. */
class EvaluateClaimsCommandTest {

    private static final String HEADER = "article\tspeaker\tcue\tanchor\tstance\tclaim\n";

    @TempDir
    Path dir;

    private Path set(String rows) throws IOException {
        Path set = Files.createDirectories(dir.resolve("bridge"));
        Files.writeString(set.resolve("a.txt"), "date 2024-01-10\nThe mayor said that the bridge would open in May. "
                + "The council denied that the bridge would open in May.\n");
        Files.writeString(set.resolve("expected.tsv"), HEADER + rows);
        return set;
    }

    @Test
    void printsTheFiguresAndWithDetailsTheErrors() throws IOException {
        Path set = set("a.txt\tmayor\tsaid\tbridge would open\tAssert\topen\n"
                + "a.txt\tcouncil\tdenied\tbridge would open\tDeny\topen\n");
        CliRun run = CliRun.of("evaluate-claims", set.getParent().toString(), "--details", "--threads", "1");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("bridge ") && l.contains("2")), run.out());
        assertTrue(run.out().contains("within P"), run.out());
    }

    @Test
    void anAnchorNotInItsArticleIsAnErrorNamingTheLine() throws IOException {
        Path set = set("a.txt\tmayor\tsaid\tthe tunnel\tAssert\topen\n");
        CliRun run = CliRun.of("evaluate-claims", set.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("Error: " + set.resolve("expected.tsv") + ":2: anchor 'the tunnel'"),
                run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void aDirectoryWithoutExpectationsIsAUserError() {
        CliRun run = CliRun.of("evaluate-claims", dir.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("no expected.tsv, here or one level down"), run.err());
    }
}
