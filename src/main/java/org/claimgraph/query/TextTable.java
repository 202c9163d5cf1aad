package org.claimgraph.query;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.NIF;
import org.claimgraph.rdf.PROV;
import org.claimgraph.rdf.SCHEMA;

/** Renders a ResultTable as aligned text in the style of Jena's ResultSetFormatter, but easier to read. */
final class TextTable {

    /** Longest cell, in characters, before it is cut and ends in an ellipsis. */
    static final int MAX_CELL = 80;

    private static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix("cg", CG.NS)
            .setNsPrefix("nif", NIF.NS)
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("schema", SCHEMA.NS)
            .setNsPrefix("rdf", RDF.uri)
            .setNsPrefix("rdfs", RDFS.uri)
            .setNsPrefix("owl", OWL.NS)
            .setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("id", CG.ID)
            .lock();

    private TextTable() {
    }

    /** The table as text: a header, one line per row, and a row count. */
    static String render(ResultTable table) {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(STANDARD)
                .setNsPrefixes(table.prefixes());
        List<String> header = table.variables();
        List<List<String>> cells = new ArrayList<>();
        for (List<RDFNode> row : table.rows()) {
            cells.add(row.stream().map(node -> cell(node, prefixes)).toList());
        }
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(header.get(i));
            for (List<String> row : cells) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        String rule = "-".repeat(lineWidth(widths)) + "\n";
        out.append(rule).append(line(header, widths)).append("=".repeat(lineWidth(widths))).append('\n');
        cells.forEach(row -> out.append(line(row, widths)));
        out.append(rule);
        out.append(table.size() == 1 ? "1 row\n" : table.size() + " rows\n");
        return out.toString();
    }

    /** One cell: a prefixed name where a prefix fits, a literal's lexical form on one line, cut if long. */
    static String cell(RDFNode node, PrefixMapping prefixes) {
        if (node == null) {
            return "";
        }
        String text;
        if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            String qname = prefixes.shortForm(iri);
            text = qname.equals(iri) ? "<" + iri + ">" : qname;
        } else if (node.isAnon()) {
            text = "_:" + node.asResource().getId().getLabelString();
        } else {
            text = node.asLiteral().getLexicalForm().replaceAll("\\s+", " ").strip();
        }
        if (text.codePointCount(0, text.length()) > MAX_CELL) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_CELL - 1)) + "…";
        }
        return text;
    }

    private static String line(List<String> values, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < widths.length; i++) {
            String value = values.get(i);
            line.append(' ').append(value).append(" ".repeat(widths[i] - width(value))).append(" |");
        }
        return line.append('\n').toString();
    }

    private static int lineWidth(int[] widths) {
        int total = 1;
        for (int w : widths) {
            total += w + 3;
        }
        return total;
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
