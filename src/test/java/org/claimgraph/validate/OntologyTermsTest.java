package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.OntologyFiles;
import org.junit.jupiter.api.Test;

/** Every cg: term that code, resources, queries or shapes use is declared, labelled and commented in the ontology. */
class OntologyTermsTest {
    /** A cg: term written with the prefix, with the full namespace, or built from {@code CG.NS} in Java. */
    private static final List<Pattern> TERM_PATTERNS = List.of(
            Pattern.compile("(?<![A-Za-z0-9_])cg:([A-Za-z][A-Za-z0-9_]*)"),
            Pattern.compile(Pattern.quote(CG.NS) + "([A-Za-z][A-Za-z0-9_]*)"),
            Pattern.compile("CG\\.NS\\s*\\+\\s*\"([A-Za-z][A-Za-z0-9_]*)\""));

    /** Terms declared in the ontology ahead of CG.java; harmless once CG.java has them. */
    private static final Set<String> PENDING_IN_CG = Set.of("affiliation");

    private static final Set<Resource> DECLARATION_TYPES = Set.of(OWL.Class, OWL.ObjectProperty,
            OWL.DatatypeProperty, OWL.AnnotationProperty, OWL2.NamedIndividual, RDF.Property, RDFS.Class);

    private final Model ontology = OntologyFiles.ontology();

    @Test
    void ontologyHeaderIsComplete() {
        Resource header = ontology.createResource("https://w3id.org/claimgraph/ontology");
        assertTrue(ontology.contains(header, RDF.type, OWL.Ontology));
        for (var property : List.of(DCTerms.title, DCTerms.description, OWL.versionInfo, DCTerms.license)) {
            assertTrue(ontology.contains(header, property), "ontology header lacks " + property);
        }
        assertEquals("https://spdx.org/licenses/GPL-3.0-or-later",
                ontology.getProperty(header, DCTerms.license).getResource().getURI());
    }

    @Test
    void everyTermInCgJavaIsDeclared() {
        assertDeclared(cgJavaTerms(), "CG.java");
    }

    @Test
    void everyOntologyTermIsInCgJava() {
        Set<String> missing = declaredTerms().stream()
                .filter(t -> !cgJavaTerms().contains(t) && !PENDING_IN_CG.contains(t))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "declared in ontology/claimgraph.ttl but missing from CG.java: " + missing);
    }

    @Test
    void everyTermUsedInSourcesQueriesAndShapesIsDeclared() {
        TreeMap<String, Set<String>> used = new TreeMap<>();
        for (Path file : scannedFiles()) {
            for (String term : termsIn(file)) {
                used.computeIfAbsent(term, t -> new TreeSet<>()).add(file.toString());
            }
        }
        assertFalse(used.isEmpty(), "the scan found no cg: terms at all: is the working directory the project?");
        Set<String> declared = declaredTerms();
        TreeMap<String, Set<String>> undeclared = new TreeMap<>(used);
        undeclared.keySet().removeAll(declared);
        assertTrue(undeclared.isEmpty(), "cg: terms used but not declared in ontology/claimgraph.ttl: " + undeclared);
    }

    @Test
    void everyDeclaredTermHasLabelAndComment() {
        Set<String> incomplete = ontology.listSubjects().toList().stream()
                .filter(Resource::isURIResource)
                .filter(this::isDeclaration)
                .filter(r -> !ontology.contains(r, RDFS.label) || !ontology.contains(r, RDFS.comment))
                .map(Resource::getURI)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(incomplete.isEmpty(), "declared without rdfs:label or rdfs:comment: " + incomplete);
    }

    private void assertDeclared(Set<String> terms, String where) {
        Set<String> missing = new TreeSet<>(terms);
        missing.removeAll(declaredTerms());
        assertTrue(missing.isEmpty(), "used in " + where + " but not declared with label and comment: " + missing);
    }

    /** Local names of cg: terms the ontology declares with a type, a label and a comment. */
    private Set<String> declaredTerms() {
        return ontology.listSubjects().toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(CG.NS))
                .filter(this::isDeclaration)
                .filter(r -> ontology.contains(r, RDFS.label) && ontology.contains(r, RDFS.comment))
                .map(r -> r.getURI().substring(CG.NS.length()))
                .collect(Collectors.toSet());
    }

    private boolean isDeclaration(Resource r) {
        return DECLARATION_TYPES.stream().anyMatch(type -> ontology.contains(r, RDF.type, type));
    }

    /** Local names of every public static Resource or Property field of CG, found by reflection. */
    private static Set<String> cgJavaTerms() {
        return Arrays.stream(CG.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                .map(OntologyTermsTest::value)
                .map(r -> {
                    assertTrue(r.getURI().startsWith(CG.NS), r + " is outside the cg: namespace");
                    return r.getURI().substring(CG.NS.length());
                })
                .collect(Collectors.toSet());
    }

    private static Resource value(Field field) {
        try {
            return (Resource) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(field.toString(), e);
        }
    }

    /** Everything under src/main, the stored queries, and the shapes (the ontology itself is the reference). */
    private static List<Path> scannedFiles() {
        try (Stream<Path> main = Files.walk(Path.of("src/main"))) {
            List<Path> files = main.filter(Files::isRegularFile).collect(Collectors.toList());
            Path queries = Path.of("queries");
            if (Files.isDirectory(queries)) {
                try (Stream<Path> rq = Files.list(queries)) {
                    rq.filter(p -> p.toString().endsWith(".rq")).forEach(files::add);
                }
            }
            files.add(Path.of(OntologyFiles.SHAPES));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> termsIn(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return Set.of(); // a binary resource cannot name a term
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        Set<String> terms = new TreeSet<>();
        for (Pattern pattern : TERM_PATTERNS) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                terms.add(m.group(1));
            }
        }
        return terms;
    }
}
