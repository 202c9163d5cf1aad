package org.claimgraph.evaluate.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.claimgraph.ClaimgraphException.BadInput;

/**
 * Reads an {@code expected.tsv}: a header {@code article speaker cue anchor stance claim}, then one statement per
 * line; lines starting with {@code #} are comments and blank lines are skipped.
 */
public final class ExpectedStatements {

    /** The columns, in order, as the header names them. */
    public static final List<String> COLUMNS = List.of("article", "speaker", "cue", "anchor", "stance", "claim");

    private static final Set<String> STANCES = Set.of("Assert", "Deny", "Question");

    private ExpectedStatements() {
    }

    /** The expected statements of a file, in file order; a malformed line is reported with its number. */
    public static List<ExpectedStatement> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new BadInput(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(file.toString(), lines);
    }

    /** The expected statements of lines read from {@code source} (named in messages). */
    static List<ExpectedStatement> parse(String source, List<String> lines) {
        List<ExpectedStatement> out = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
            String where = source + ":" + (i + 1) + ": ";
            if (!headerSeen) {
                if (!cells.equals(COLUMNS)) {
                    throw new BadInput(where + "the header must be " + String.join(" <TAB> ", COLUMNS));
                }
                headerSeen = true;
                continue;
            }
            out.add(row(where, i + 1, cells));
        }
        if (!headerSeen) {
            throw new BadInput(source + ": no header line (" + String.join(" <TAB> ", COLUMNS) + ")");
        }
        return out;
    }

    private static ExpectedStatement row(String where, int line, List<String> cells) {
        if (cells.size() != COLUMNS.size()) {
            throw new BadInput(where + "expected " + COLUMNS.size() + " tab-separated columns, found " + cells.size());
        }
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).isEmpty()) {
                throw new BadInput(where + "empty " + COLUMNS.get(c));
            }
        }
        if (!STANCES.contains(cells.get(4))) {
            throw new BadInput(where + "stance must be Assert, Deny or Question, not '" + cells.get(4) + "'");
        }
        List<String> speakers = Arrays.stream(cells.get(1).split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        if (speakers.isEmpty()) {
            throw new BadInput(where + "no speaker name in '" + cells.get(1) + "'");
        }
        return new ExpectedStatement(line, cells.get(0), speakers, cells.get(2), cells.get(3), cells.get(4),
                cells.get(5));
    }
}
