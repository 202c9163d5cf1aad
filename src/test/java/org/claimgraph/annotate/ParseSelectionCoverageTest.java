package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.claimgraph.convert.Converter;
import org.claimgraph.extract.CueLexicon;
import org.claimgraph.read.Article;
import org.claimgraph.read.ArticleReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parsing only the selected sentences must change nothing the converter makes: on each article the project
 * wrote (seed, golden and attribution cases), the graph equals the one made with every sentence parsed. A
 * failure means an extraction pattern reads trees the selection does not give: add a rule to ParseSelection.
 */
class ParseSelectionCoverageTest {

    private static final List<Path> ROOTS = List.of(Path.of("seeds"), Path.of("src/test/resources/golden"),
            Path.of("src/test/resources/attribution"));

    private static Converter everySentence;

    @BeforeAll
    static void loadFullParse() {
        Properties props = NlpPipeline.defaultProperties();
        props.setProperty(SelectiveParser.SELECTED, "false");
        everySentence = new Converter(NlpPipeline.withProperties(props), CueLexicon.standard());
    }

    @AfterAll
    static void release() {
        everySentence = null;
    }

    static Stream<Path> articles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : ROOTS) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".txt") && (root.endsWith("seeds")
                        || f.getFileName().toString().equals("article.txt"))).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void selectedParsesYieldTheGraphOfFullParses(Path file) {
        Article article = new ArticleReader().read(file).get(0);
        Converter selected = new Converter(NlpPipeline.shared(), CueLexicon.standard());
        assertEquals(triples(everySentence, article), triples(selected, article), "graph of " + file);
    }

    /** The graph as sorted N-Triples, without the conversion's timestamps. */
    private static String triples(Converter converter, Article article) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, converter.convert(article).graph(), Lang.NTRIPLES);
        return String.join("\n", Arrays.stream(w.toString().split("\n"))
                .filter(l -> !l.contains("XMLSchema#dateTime")).sorted().toList());
    }
}
