package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.claimgraph.rdf.OntologyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The quick check vouches only for graphs Jena's full validation finds conforming. */
class ConformanceCheckTest {
    private static final Shapes SHAPES = Shapes.parse(OntologyFiles.shapes());
    private static final ConformanceCheck CHECK = ConformanceCheck.of(SHAPES).orElseThrow();

    @Test
    void vouchesForTheHandWrittenArticle() {
        assertTrue(CHECK.conforms(ArticleGraphs.conforming().getGraph()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.claimgraph.validate.ShapeValidatorTest#violations")
    void neverVouchesForAViolation(String name, Consumer<Model> change, Resource focus, Property path,
                                   Node component) {
        Model model = ArticleGraphs.conforming();
        change.accept(model);
        assertFalse(ShaclValidator.get().validate(SHAPES, model.getGraph()).conforms(), name);
        assertFalse(CHECK.conforms(model.getGraph()), name);
    }

    @Test
    void noCheckForShapesThatImportOthers() {
        Shapes importing = Shapes.parse(RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix ex: <http://example.org/> .
                ex:shapes a owl:Ontology ; owl:imports <urn:example:more-shapes> .
                ex:ThingShape a sh:NodeShape ; sh:targetClass ex:Thing ;
                    sh:sparql [ a sh:SPARQLConstraint ; sh:select "SELECT $this WHERE { $this <http://example.org/p> ?o }" ] .
                """, Lang.TURTLE).toGraph());
        assertTrue(ConformanceCheck.of(importing).isEmpty());
    }

    @Test
    void noCheckWhenASparqlConstraintSitsOnAShapeAnotherNames() {
        Shapes nested = Shapes.parse(RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix ex: <http://example.org/> .
                ex:Outer a sh:NodeShape ; sh:targetClass ex:Thing ; sh:node ex:Inner .
                ex:Inner a sh:NodeShape ; sh:targetClass ex:Other ;
                    sh:sparql [ a sh:SPARQLConstraint ; sh:select "SELECT $this WHERE { $this <http://example.org/p> ?o }" ] .
                """, Lang.TURTLE).toGraph());
        assertTrue(ConformanceCheck.of(nested).isEmpty());
    }
}
