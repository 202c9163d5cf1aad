package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.query.ResultFormatter.Format;
import org.claimgraph.rdf.CG;
import org.junit.jupiter.api.Test;

/** The four output formats of a small table with IRIs, typed and long literals and an unbound cell. */
class ResultFormatterTest {

    private static final String LONG = "word ".repeat(30) + "\nend";

    private final ResultTable table = table();

    private static ResultTable table() {
        Model m = ModelFactory.createDefaultModel();
        List<RDFNode> first = Arrays.asList(m.createResource(CG.ID + "actor/donald-trump"), CG.Assert,
                m.createTypedLiteral("2025-03-14", XSDDatatype.XSDdate), m.createLiteral(LONG));
        List<RDFNode> second = Arrays.asList(m.createResource("https://example.org/x"), CG.Deny, null,
                m.createLiteral("short"));
        return new ResultTable(List.of("speaker", "stance", "date", "quote"), List.of(first, second),
                PrefixMapping.Factory.create().setNsPrefix("ex", "https://example.org/"));
    }

    @Test
    void tableIsAlignedWithPrefixesAndShortLiterals() {
        String text = ResultFormatter.format(table, Format.TABLE);
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(1).startsWith("| speaker "), text);
        assertTrue(text.contains("| id:actor/donald-trump |") && text.contains("| cg:Assert "), text);
        assertTrue(text.contains("| ex:x "), text);
        assertTrue(text.contains("2025-03-14") && !text.contains("^^"), text);
        assertTrue(text.contains("word word…") && !text.contains("end"), text);
        assertEquals("2 rows", lines.get(lines.size() - 1));
        long widths = lines.subList(0, lines.size() - 1).stream().mapToInt(l -> l.codePointCount(0, l.length()))
                .distinct().count();
        assertEquals(1, widths, "every line of the box has the same width:\n" + text);
    }

    @Test
    void cellsAreCutAtEightyCharacters() {
        String cell = TextTable.cell(table.rows().get(0).get(3), PrefixMapping.Standard);
        assertEquals(TextTable.MAX_CELL, cell.codePointCount(0, cell.length()));
        assertTrue(cell.endsWith("…"));
    }

    @Test
    void csvAndTsvFollowTheSparqlFormats() {
        String csv = ResultFormatter.format(table, Format.CSV);
        assertTrue(csv.startsWith("speaker,stance,date,quote\r\n"), csv);
        assertTrue(csv.contains("https://w3id.org/claimgraph/ontology#Deny,,short"), csv);
        String tsv = ResultFormatter.format(table, Format.TSV);
        assertTrue(tsv.startsWith("?speaker\t?stance\t?date\t?quote\n"), tsv);
        assertTrue(tsv.contains("\"2025-03-14\"^^<http://www.w3.org/2001/XMLSchema#date>"), tsv);
    }

    @Test
    void jsonReadsBackAsTheSameResults() {
        String json = ResultFormatter.format(table, Format.JSON);
        ResultSet back = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        ResultSetRewindable rewindable = ResultSetFactory.makeRewindable(back);
        assertEquals(table.variables(), rewindable.getResultVars());
        assertEquals(2, rewindable.size());
        rewindable.reset();
        assertEquals(LONG, rewindable.next().getLiteral("quote").getLexicalForm());
    }

    @Test
    void formatNamesAreParsedInAnyCase() {
        assertEquals(Format.TSV, Format.parse("Tsv"));
        ClaimgraphException e = assertThrows(ClaimgraphException.UsageError.class, () -> Format.parse("xml"));
        assertTrue(e.getMessage().contains("table, csv, tsv, json"), e.getMessage());
    }
}
