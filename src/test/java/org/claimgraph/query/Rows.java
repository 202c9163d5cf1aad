package org.claimgraph.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Helpers to read ResultTables in tests: columns as text, rows as comparable sorted lines. */
final class Rows {

    private Rows() {
    }

    /** The column's values as text, "" where unbound, in row order. */
    static List<String> column(ResultTable table, String variable) {
        return IntStream.range(0, table.size()).mapToObj(r -> text(table, r, variable)).toList();
    }

    /** The index of the first row whose {@code variable} has text {@code value}. */
    static int find(ResultTable table, String variable, String value) {
        int row = column(table, variable).indexOf(value);
        if (row < 0) {
            throw new AssertionError("No row with ?" + variable + " = " + value + " in " + column(table, variable));
        }
        return row;
    }

    /** A comma-separated cell split and sorted, since GROUP_CONCAT's order is not defined. */
    static List<String> sortedList(ResultTable table, int row, String variable) {
        return Arrays.stream(text(table, row, variable).split(", ")).sorted().toList();
    }

    /** Every row as one tab-joined line, sorted: equal for equal row multisets. */
    static List<String> of(ResultTable table) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            int row = r;
            lines.add(String.join("\t", table.variables().stream().map(v -> text(table, row, v)).toList()));
        }
        lines.sort(null);
        return lines;
    }

    private static String text(ResultTable table, int row, String variable) {
        String text = table.text(row, variable);
        return text == null ? "" : text;
    }
}
