package org.claimgraph.query;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.claimgraph.ClaimgraphException;

/** Writes a ResultTable as an aligned text table, CSV, TSV or SPARQL JSON results. */
public final class ResultFormatter {

    /** The output formats. */
    public enum Format {
        /** Aligned text for people: prefixed names, shortened long literals. */
        TABLE,
        /** SPARQL 1.1 Query Results CSV. */
        CSV,
        /** SPARQL 1.1 Query Results TSV (terms in Turtle syntax). */
        TSV,
        /** SPARQL 1.1 Query Results JSON. */
        JSON;

        /** The format of the given name, in any case; an unknown name is a usage error listing the known ones. */
        public static Format parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                String known = Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "));
                throw new ClaimgraphException.UsageError("Unknown format '" + name + "'; known formats: " + known);
            }
        }
    }

    private ResultFormatter() {
    }

    /** Writes {@code table} to {@code out} in {@code format}, UTF-8. */
    public static void write(ResultTable table, Format format, OutputStream out) {
        switch (format) {
            case TABLE -> {
                PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
                print.print(TextTable.render(table));
                print.flush();
            }
            case CSV -> writeStandard(table, ResultSetLang.RS_CSV, out);
            case TSV -> writeStandard(table, ResultSetLang.RS_TSV, out);
            case JSON -> writeStandard(table, ResultSetLang.RS_JSON, out);
        }
    }

    /** Returns {@code table} in {@code format} as a string. */
    public static String format(ResultTable table, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(table, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void writeStandard(ResultTable table, Lang lang, OutputStream out) {
        ResultSetMgr.write(out, ResultSet.adapt(table.toRowSet()), lang);
    }
}
