package org.claimgraph.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.NIF;

/** Flattens an article graph's statements into comparable tab-separated rows, for golden tests. */
final class StatementRows {

    static final String HEADER = "speaker\tstance\tquoteType\tsource\tcue\tcontent";

    private StatementRows() {
    }

    /** One row per statement: speaker label, stance, quote type, source anchor, cue, content anchors. */
    static List<String> of(Model graph) {
        TreeSet<String> rows = new TreeSet<>();
        graph.listResourcesWithProperty(RDF.type, CG.Statement).forEachRemaining(s -> rows.add(row(s)));
        return new ArrayList<>(rows);
    }

    private static String row(Resource s) {
        String speaker = s.getPropertyResourceValue(CG.speaker).getProperty(RDFS.label).getString();
        String stance = s.getPropertyResourceValue(CG.stance).getLocalName();
        String type = s.getPropertyResourceValue(CG.quoteType).getLocalName();
        Resource source = s.getPropertyResourceValue(CG.sourceSpan);
        String src = source == null ? "-" : source.getProperty(NIF.anchorOf).getString();
        String cue = s.getProperty(CG.cue).getString();
        java.util.TreeMap<Integer, String> contents = new java.util.TreeMap<>();
        for (Statement c : s.listProperties(CG.contentSpan).toList()) {
            Resource span = c.getResource();
            contents.put(span.getProperty(NIF.beginIndex).getInt(), span.getProperty(NIF.anchorOf).getString());
        }
        String content = String.join(" | ", contents.values());
        return String.join("\t", speaker, stance, type, src, cue, content.replace('\n', ' '));
    }
}
