package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ValidationReport;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.validate.ShapeValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code claimgraph validate}: checks RDF files against the claimgraph shapes, graph by graph. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates RDF files (TriG, N-Quads, Turtle, JSON-LD) against ontology/shapes.ttl.",
                "Each named graph (and a non-empty default graph) is checked on its own; exit 3 if any fails.",
                "Example: claimgraph validate seed.trig"})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files to validate.")
    List<Path> files;

    @Override
    public Integer call() {
        ShapeValidator validator = new ShapeValidator();
        int status = ExitCodes.OK;
        for (Path file : files) {
            Dataset ds = read(file);
            int graphs = 0;
            int failing = 0;
            if (!ds.getDefaultModel().isEmpty()) {
                graphs++;
                failing += check(validator, file + " (default graph)", ds.getDefaultModel().getGraph());
            }
            for (Iterator<Node> it = ds.asDatasetGraph().listGraphNodes(); it.hasNext(); ) {
                Node name = it.next();
                graphs++;
                failing += check(validator, file + " <" + name.getURI() + ">", ds.asDatasetGraph().getGraph(name));
            }
            System.err.println(file + ": " + graphs + " graph(s), " + failing + " not conforming");
            if (failing > 0) {
                status = ExitCodes.NOT_CONFORMING;
            }
        }
        return status;
    }

    private static int check(ShapeValidator validator, String name, Graph g) {
        ValidationReport report = validator.validate(g);
        if (report.conforms()) {
            return 0;
        }
        System.out.println("# " + name + " does not conform");
        report.getEntries().forEach(e -> System.out.println("#   " + e.focusNode() + " " + e.resultPath()
                + ": " + e.message()));
        return 1;
    }

    private static Dataset read(Path file) {
        try {
            // Errors are reported once, by us, not also logged by the parser.
            Dataset ds = org.apache.jena.query.DatasetFactory.create();
            org.apache.jena.riot.RDFParser.source(file)
                    .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(ds);
            return ds;
        } catch (RiotException e) {
            throw new ClaimgraphException.BadInput(file + ": not readable RDF: " + e.getMessage(), e);
        } catch (org.apache.jena.atlas.RuntimeIOException | org.apache.jena.shared.NotFoundException e) {
            throw new ClaimgraphException.BadInput(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
