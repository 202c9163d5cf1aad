package org.claimgraph.validate;

import static org.claimgraph.validate.ArticleGraphs.id;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.NIF;
import org.claimgraph.rdf.PROV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shapes accept a hand-written conforming article and report each kind of contract violation. */
class ShapeValidatorTest {
    private static final ShapeValidator VALIDATOR = new ShapeValidator();

    @Test
    void handWrittenArticleConforms() {
        ValidationReport report = VALIDATOR.validate(ArticleGraphs.conforming().getGraph());
        assertTrue(report.conforms(), () -> ShapeValidator.turtle(report));
    }

    @Test
    void requireConformsAcceptsConformingGraph() {
        assertDoesNotThrow(() -> VALIDATOR.requireConforms(ArticleGraphs.conforming().getGraph(), "article-ok"));
    }

    @Test
    void requireConformsNamesGraphFocusAndPath() {
        Model model = ArticleGraphs.conforming();
        model.removeAll(id("st1"), CG.speaker, null);
        var e = assertThrows(ClaimgraphException.NotConforming.class,
                () -> VALIDATOR.requireConforms(model.getGraph(), "article-ok.ttl"));
        assertTrue(e.getMessage().startsWith("article-ok.ttl does not conform"), e.getMessage());
        // Paths are shown with the data graph's prefixes.
        assertTrue(e.getMessage().contains("focus <" + CG.ID + "st1> path cg:speaker: minCount"), e.getMessage());
        Model report = ModelFactory.createDefaultModel().read(new StringReader(e.report()), null, "TTL");
        assertTrue(report.contains(null, RDF.type, resource(SHACL.ValidationReport)), e.report());
    }

    @Test
    void messageListsOnlyTheFirstViolations() {
        Model model = ArticleGraphs.conforming();
        model.removeAll(null, CG.speaker, null);
        ValidationReport report = VALIDATOR.validate(model.getGraph());
        String message = ShapeValidator.message(report, "g", model.getGraph().getPrefixMapping());
        assertEquals(ShapeValidator.LISTED, message.lines().filter(l -> l.startsWith("  focus ")).count(), message);
        assertTrue(message.contains("more"), message);
    }

    /** One case per kind of violation: what is changed, and the entry the report must then contain. */
    static Stream<Arguments> violations() {
        return Stream.of(
                violation("statement without speaker", m -> m.removeAll(id("st1"), CG.speaker, null),
                        id("st1"), CG.speaker, SHACL.MinCountConstraintComponent),
                violation("two stances", m -> m.add(id("st1"), CG.stance, CG.Assert),
                        id("st1"), CG.stance, SHACL.MaxCountConstraintComponent),
                violation("stance outside the three", m -> replace(m, id("st1"), CG.stance, CG.Direct),
                        id("st1"), CG.stance, SHACL.InConstraintComponent),
                violation("quote type outside the three", m -> replace(m, id("st1"), CG.quoteType, CG.Deny),
                        id("st1"), CG.quoteType, SHACL.InConstraintComponent),
                violation("statement without content span", m -> m.removeAll(id("st2"), CG.contentSpan, null),
                        id("st2"), CG.contentSpan, SHACL.MinCountConstraintComponent),
                violation("anchor not the text at its offsets",
                        m -> replace(m, id("st1-source"), NIF.anchorOf, m.createLiteral("Umerov")),
                        id("st1-source"), NIF.anchorOf, SHACL.SPARQLConstraintComponent),
                violation("offsets in UTF-16 units after a non-BMP character", ShapeValidatorTest::utf16Offsets,
                        id("st4-content"), NIF.anchorOf, SHACL.SPARQLConstraintComponent),
                violation("span ending past the text", m -> replace(m, id("st4-content"), NIF.endIndex,
                                m.createTypedLiteral("9999", XSDDatatype.XSDnonNegativeInteger)),
                        id("st4-content"), NIF.anchorOf, SHACL.SPARQLConstraintComponent),
                violation("date as dateTime", m -> replace(m, id("st1"), CG.date,
                                m.createTypedLiteral("2025-03-17T10:00:00", XSDDatatype.XSDdateTime)),
                        id("st1"), CG.date, SHACL.OrConstraintComponent),
                violation("date as plain string", m -> replace(m, id("st1"), CG.date, m.createLiteral("Friday")),
                        id("st1"), CG.date, SHACL.OrConstraintComponent),
                violation("confidence 1.5", m -> replace(m, id("st1"), CG.confidence,
                                m.createTypedLiteral("1.5", XSDDatatype.XSDdecimal)),
                        id("st1"), CG.confidence, SHACL.MaxInclusiveConstraintComponent),
                violation("sameAs to a non-Wikidata IRI", m -> replace(m, id("umerov"), OWL.sameAs,
                                m.createResource("https://en.wikipedia.org/wiki/Rustem_Umerov")),
                        id("umerov"), OWL.sameAs, SHACL.PatternConstraintComponent),
                violation("actor typed Person but not Actor", m -> m.remove(id("trump"), RDF.type, CG.Actor),
                        id("trump"), null, SHACL.ClassConstraintComponent),
                violation("actor with two labels", m -> m.add(id("putin"), RDFS.label, "Vladimir Putin"),
                        id("putin"), RDFS.label, SHACL.MaxCountConstraintComponent),
                violation("claim without label", m -> m.removeAll(id("encircled"), RDFS.label, null),
                        id("encircled"), RDFS.label, SHACL.MinCountConstraintComponent),
                violation("medium without label", m -> m.removeAll(id("x"), RDFS.label, null),
                        id("x"), RDFS.label, SHACL.MinCountConstraintComponent),
                violation("shortcut missing", m -> m.remove(id("trump"), CG.asserts, id("encircled")),
                        id("st4"), null, SHACL.SPARQLConstraintComponent),
                violation("shortcut without statement", m -> m.add(id("trump"), CG.denies, id("putin-claimed")),
                        id("trump"), CG.denies, SHACL.SPARQLConstraintComponent),
                violation("article without provenance", m -> m.removeAll(id("article"), PROV.wasGeneratedBy, null),
                        id("article"), PROV.wasGeneratedBy, SHACL.MinCountConstraintComponent));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void violationIsReported(String name, Consumer<Model> change, Resource focus, Property path, Node component) {
        Model model = ArticleGraphs.conforming();
        change.accept(model);
        ValidationReport report = VALIDATOR.validate(model.getGraph());
        assertFalse(report.conforms(), name);
        assertTrue(report.getEntries().stream().anyMatch(e -> matches(e, focus, path, component)),
                () -> "no " + component.getLocalName() + " at " + focus + " " + path + " in\n"
                        + ShapeValidator.turtle(report));
    }

    private static Arguments violation(String name, Consumer<Model> change, Resource focus, Property path,
                                       Node component) {
        return Arguments.of(name, change, focus, path, component);
    }

    private static boolean matches(ReportEntry entry, Resource focus, Property path, Node component) {
        boolean pathMatches = path == null
                ? entry.resultPath() == null
                : PathFactory.pathLink(path.asNode()).equals(entry.resultPath());
        return entry.focusNode().equals(focus.asNode()) && pathMatches
                && entry.sourceConstraintComponent().equals(component);
    }

    private static void replace(Model model, Resource subject, Property property, RDFNode value) {
        model.removeAll(subject, property, null);
        model.add(subject, property, value);
    }

    private static Resource resource(Node node) {
        return ResourceFactory.createResource(node.getURI());
    }

    /** Shifts Trump's quote to the UTF-16 offsets a Java String would give: one more, because of the 𝕏. */
    private static void utf16Offsets(Model model) {
        Resource span = id("st4-content");
        replace(model, span, NIF.beginIndex, model.createTypedLiteral("230", XSDDatatype.XSDnonNegativeInteger));
        replace(model, span, NIF.endIndex, model.createTypedLiteral("273", XSDDatatype.XSDnonNegativeInteger));
    }
}
