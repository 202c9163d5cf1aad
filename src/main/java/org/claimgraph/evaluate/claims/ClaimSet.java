package org.claimgraph.evaluate.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.ClaimgraphException.BadInput;

/**
 * A set of articles converted together and scored against one {@code expected.tsv}: a directory holding that file;
 * the articles are the files its rows name, relative to the directory (so a set may use articles kept elsewhere).
 *
 * @param name      the directory's name
 * @param directory the directory
 * @param expected  its expected statements
 */
public record ClaimSet(String name, Path directory, List<ExpectedStatement> expected) {

    /** The file a set's directory must hold. */
    public static final String EXPECTED = "expected.tsv";

    public ClaimSet {
        expected = List.copyOf(expected);
    }

    /** Opens the set in a directory, reading its expectations. */
    public static ClaimSet open(Path directory) {
        Path file = directory.resolve(EXPECTED);
        if (!Files.isRegularFile(file)) {
            throw new BadInput(directory + ": not a set of articles: no " + EXPECTED);
        }
        Path name = directory.toAbsolutePath().normalize().getFileName();
        return new ClaimSet(name == null ? directory.toString() : name.toString(), directory,
                ExpectedStatements.read(file));
    }

    /**
     * The set in a directory holding {@code expected.tsv}, or else the sets in its subdirectories that hold one,
     * in name order; a directory with neither is an error.
     */
    public static List<ClaimSet> openAll(Path directory) {
        if (Files.isRegularFile(directory.resolve(EXPECTED))) {
            return List.of(open(directory));
        }
        List<Path> sets;
        try (Stream<Path> entries = Files.list(directory)) {
            sets = entries.filter(d -> Files.isRegularFile(d.resolve(EXPECTED))).sorted().toList();
        } catch (IOException e) {
            throw new BadInput(directory + ": cannot list: " + e.getMessage(), e);
        }
        if (sets.isEmpty()) {
            throw new BadInput(directory + ": not a set of articles: no " + EXPECTED + ", here or one level down");
        }
        return sets.stream().map(ClaimSet::open).toList();
    }

    /** The article names the rows use, each once, in order of first use. */
    public List<String> articleNames() {
        return List.copyOf(new LinkedHashSet<>(expected.stream().map(ExpectedStatement::article).toList()));
    }

    /** The file of an article name. */
    public Path file(String articleName) {
        return directory.resolve(articleName).normalize();
    }

    /** Where a row was read from, for messages. */
    public String where(ExpectedStatement row) {
        return directory.resolve(EXPECTED) + ":" + row.line();
    }
}
