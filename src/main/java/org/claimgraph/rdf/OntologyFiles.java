package org.claimgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.claimgraph.ClaimgraphException;

/** Loads the ontology and the SHACL shapes shipped in {@code ontology/}, once per JVM. */
public final class OntologyFiles {
    /** Classpath resource (and, as a fallback, working-directory path) of the OWL ontology. */
    public static final String ONTOLOGY = "ontology/claimgraph.ttl";
    /** Classpath resource (and, as a fallback, working-directory path) of the SHACL shapes. */
    public static final String SHAPES = "ontology/shapes.ttl";

    private OntologyFiles() {
    }

    /** The claimgraph ontology, read-only. */
    public static Model ontology() {
        return ModelFactory.createModelForGraph(OntologyHolder.GRAPH);
    }

    /** The SHACL shapes graph, read-only. */
    public static Graph shapes() {
        return ShapesHolder.GRAPH;
    }

    // Holder classes: each file is parsed on first use only, and thread-safely by class initialisation.
    private static final class OntologyHolder {
        static final Graph GRAPH = load(ONTOLOGY);
    }

    private static final class ShapesHolder {
        static final Graph GRAPH = load(SHAPES);
    }

    /** Parses a Turtle file from the classpath, or from the working directory when run from the source tree. */
    static Graph load(String name) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = open(name)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(name).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        } catch (RuntimeException e) {
            throw new ClaimgraphException("Cannot parse " + name + ": " + e.getMessage(), e);
        }
        // Shared by every caller, so nobody may change it.
        return new GraphReadOnly(graph);
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(name);
        if (in != null) {
            return in;
        }
        Path file = Path.of(name);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        throw new ClaimgraphException(name + " is neither on the classpath nor in " + Path.of("").toAbsolutePath());
    }
}
