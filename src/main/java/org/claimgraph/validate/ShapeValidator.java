package org.claimgraph.validate;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.rdf.OntologyFiles;

/** Checks article graphs against the claimgraph SHACL shapes ({@code ontology/shapes.ttl}). */
public final class ShapeValidator {
    /** How many violations a {@link ClaimgraphException.NotConforming} message lists before "and N more". */
    static final int LISTED = 5;

    private final Shapes shapes;
    private final Optional<ConformanceCheck> quickCheck;

    /** A validator for the shapes shipped with claimgraph, parsed once per JVM. */
    public ShapeValidator() {
        this(DefaultShapes.SHAPES, DefaultShapes.QUICK_CHECK);
    }

    /** A validator for the given shapes. */
    public ShapeValidator(Shapes shapes) {
        this(shapes, ConformanceCheck.of(shapes));
    }

    private ShapeValidator(Shapes shapes, Optional<ConformanceCheck> quickCheck) {
        this.shapes = shapes;
        this.quickCheck = quickCheck;
    }

    // Parsing the shapes compiles their SPARQL constraints, and the quick check plans them: once, not per article.
    private static final class DefaultShapes {
        static final Shapes SHAPES = Shapes.parse(OntologyFiles.shapes());
        static final Optional<ConformanceCheck> QUICK_CHECK = ConformanceCheck.of(SHAPES);
    }

    /** Validates one article graph and returns the full SHACL report. */
    public ValidationReport validate(Graph dataGraph) {
        // Almost every graph conforms: the quick check vouches for it, and Jena reports on any other.
        if (quickCheck.isPresent() && quickCheck.get().conforms(dataGraph)) {
            return ValidationReport.reportConformsTrue();
        }
        return ShaclValidator.get().validate(shapes, dataGraph);
    }

    /** Validates a graph and throws {@link ClaimgraphException.NotConforming}, naming {@code name}, unless it conforms. */
    public void requireConforms(Graph graph, String name) {
        ValidationReport report = validate(graph);
        if (!report.conforms()) {
            throw new ClaimgraphException.NotConforming(message(report, name, graph.getPrefixMapping()),
                    turtle(report));
        }
    }

    /** The exception message: the graph's name, the count and the first few violations. */
    static String message(ValidationReport report, String name, PrefixMapping prefixes) {
        List<ReportEntry> entries = List.copyOf(report.getEntries());
        String listed = entries.stream().limit(LISTED)
                .map(e -> "\n  " + describe(e, prefixes))
                .collect(Collectors.joining());
        String more = entries.size() > LISTED ? "\n  and " + (entries.size() - LISTED) + " more" : "";
        return name + " does not conform to the claimgraph shapes (" + entries.size() + " violation"
                + (entries.size() == 1 ? "" : "s") + "):" + listed + more;
    }

    private static String describe(ReportEntry entry, PrefixMapping prefixes) {
        String path = entry.resultPath() == null ? "" : " path " + entry.resultPath().toString(new Prologue(prefixes));
        return "focus " + show(entry.focusNode(), prefixes) + path + ": " + entry.message();
    }

    private static String show(Node node, PrefixMapping prefixes) {
        return node.isURI() ? "<" + node.getURI() + ">" : node.toString(prefixes);
    }

    /** The report as Turtle, for {@link ClaimgraphException.NotConforming#report()}. */
    static String turtle(ValidationReport report) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, report.getModel(), Lang.TURTLE);
        return out.toString();
    }
}
