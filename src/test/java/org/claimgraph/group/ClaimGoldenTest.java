package org.claimgraph.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.convert.SharedConverter;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.NIF;
import org.claimgraph.read.ArticleReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden claim groups: each folder under {@code src/test/resources/claim-groups} holds an article we wrote and, in
 * {@code expected.tsv}, its statements in text order with the claim each points to (A for the first claim met,
 * B for the next, …), their date and the cue of the statement reporting them. Run with
 * {@code -Dgolden.update=true} to rewrite the expectations after a deliberate change, then review the diff.
 */
class ClaimGoldenTest {

    private static final Path ROOT = Path.of("src/test/resources/claim-groups");
    private static final String HEADER = "claim\tspeaker\tstance\tcue\tdate\treportedBy\tcontent";

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void articleYieldsExpectedClaims(Path dir) throws IOException {
        Model graph = SharedConverter.get().convert(new ArticleReader().read(dir.resolve("article.txt")).get(0))
                .graph();
        List<String> actual = rows(graph);
        Path expectedFile = dir.resolve("expected.tsv");
        if (Boolean.getBoolean("golden.update")) {
            List<String> lines = new ArrayList<>(List.of(HEADER));
            lines.addAll(actual);
            Files.write(expectedFile, lines);
        }
        List<String> expected = Files.readAllLines(expectedFile).stream().skip(1).filter(l -> !l.isBlank()).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual),
                () -> "claims of " + dir + "\n--- expected\n" + String.join("\n", expected)
                        + "\n--- actual\n" + String.join("\n", actual));
    }

    /** One row per statement in order of its content, claims lettered in order of first appearance. */
    static List<String> rows(Model graph) {
        List<Resource> statements = graph.listResourcesWithProperty(RDF.type, CG.Statement).toList().stream()
                .sorted(Comparator.comparingInt((Resource s) -> begin(s, CG.contentSpan))
                        .thenComparingInt(s -> begin(s, CG.cueSpan)))
                .toList();
        Map<Resource, String> letters = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (Resource s : statements) {
            Resource claim = s.getPropertyResourceValue(CG.claim);
            String letter = letters.computeIfAbsent(claim, c -> String.valueOf((char) ('A' + letters.size())));
            Resource reporter = s.getPropertyResourceValue(CG.reportedBy);
            out.add(String.join("\t", letter,
                    s.getPropertyResourceValue(CG.speaker).getProperty(RDFS.label).getString(),
                    s.getPropertyResourceValue(CG.stance).getLocalName(),
                    s.getProperty(CG.cue).getString(),
                    s.hasProperty(CG.date) ? s.getProperty(CG.date).getLiteral().getLexicalForm() : "-",
                    reporter == null ? "-" : reporter.getProperty(CG.cue).getString(),
                    s.getProperty(CG.contentText).getString().replace('\n', ' ')));
        }
        return out;
    }

    private static int begin(Resource statement, org.apache.jena.rdf.model.Property span) {
        return statement.listProperties(span).toList().stream().map(Statement::getResource)
                .mapToInt(r -> r.getProperty(NIF.beginIndex).getInt()).min().orElse(Integer.MAX_VALUE);
    }
}
