package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.claimgraph.convert.SharedConverter;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.validate.ShapeValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /claimgraph/articles over HTTP against a real Fuseki, TDB2 store and CoreNLP converter. */
class ArticleIngestionIT {

    private static final String USER = "editor:pw";
    private static final String STATEMENTS = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> "
            + "SELECT (COUNT(?s) AS ?n) { GRAPH <%s> { ?s a cg:Statement } }";
    /** Shapes no converted article can meet, standing for a graph the store must refuse. */
    private static final String IMPOSSIBLE_SHAPES = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix cg: <https://w3id.org/claimgraph/ontology#> .
            <https://example.org/shapes#NeedsReviewer> a sh:NodeShape ;
                sh:targetClass cg:Article ;
                sh:property [ sh:path <https://example.org/reviewer> ; sh:minCount 1 ] .
            """;

    @TempDir
    Path dir;

    private ClaimStore store;
    private Path users;
    private Endpoint endpoint;

    @BeforeEach
    void setUp() throws Exception {
        store = ClaimStore.open(dir.resolve("store"));
        users = Files.writeString(dir.resolve("users"), "editor: pw\n");
        // Only the owner may read it, as the server asks of a real one.
        Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rw-------"));
    }

    @AfterEach
    void tearDown() {
        endpoint.close();
        store.close();
    }

    private String start(Optional<ShapeValidator> extraShapes) {
        ArticleIngestion ingestion = new ArticleIngestion(store, SharedConverter::get, extraShapes);
        endpoint = new Endpoint(store, 0, EndpointSecurity.defaults().withUpdatesBy(users), ingestion).start();
        return endpoint.datasetUrl() + "/articles";
    }

    @Test
    void storesThePostedSeedArticleWhichQueriesThenFind() throws Exception {
        String url = start(Optional.empty());
        byte[] seed = Files.readAllBytes(seedFile());
        HttpResponse<String> r = Http.sendBytes("POST", url, seed, "text/plain; charset=utf-8", USER);
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String graph = field(r.body(), "graph");
        int statements = Integer.parseInt(field(r.body(), "statements"));
        assertTrue(graph.startsWith("https://w3id.org/claimgraph/id/article/"), r.body());
        assertTrue(statements >= 5 && Integer.parseInt(field(r.body(), "actors")) >= 3
                && Integer.parseInt(field(r.body(), "claims")) >= 2, r.body());
        // Readers over HTTP see the whole article, with its links graph beside it.
        assertEquals("n\r\n" + statements + "\r\n", Http.query(endpoint.sparqlUrl(), STATEMENTS.formatted(graph)).body());
        assertTrue(store.graphNames().contains(graph));

        // The same article again replaces it: 200, nothing duplicated.
        long size = store.size();
        HttpResponse<String> again = Http.sendBytes("POST", url, seed, null, USER);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("false", field(again.body(), "created"));
        assertEquals(graph, field(again.body(), "graph"));
        assertEquals(store.articleGraphNames().size(), 1);
        assertTrue(Math.abs(store.size() - size) <= 2, "only the conversion time may differ");
    }

    @Test
    void takesNewsPleaseJson() throws Exception {
        String url = start(Optional.empty());
        String json = "{\"title\": \"Talks\", \"date_publish\": \"2024-05-02 09:00:00\", \"url\": \"https://example.org/news/1\","
                + " \"maintext\": \"The mayor said on Tuesday that the bridge would reopen in June.\"}";
        HttpResponse<String> r = Http.send("POST", url, json, "application/json", USER);
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(store.graphNames().contains(field(r.body(), "graph")));
    }

    @Test
    void readersNeverSeeHalfAnArticle() throws Exception {
        String url = start(Optional.empty());
        byte[] seed = Files.readAllBytes(seedFile());
        HttpResponse<String> first = Http.sendBytes("POST", url, seed, "text/plain", USER);
        String query = STATEMENTS.formatted(field(first.body(), "graph"));
        String whole = "n\r\n" + field(first.body(), "statements") + "\r\n";
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                try {
                    seen.add(Http.query(endpoint.sparqlUrl(), query).body());
                } catch (Exception e) {
                    seen.add(e.toString());
                }
            }
        });
        reader.start();
        // Each post deletes the article's graph and writes it again, in one transaction.
        for (int i = 0; i < 2; i++) {
            assertEquals(200, Http.sendBytes("POST", url, seed, "text/plain", USER).statusCode());
        }
        writing.set(false);
        reader.join();
        assertFalse(seen.isEmpty());
        assertTrue(seen.stream().allMatch(whole::equals), "a reader saw " + seen.stream().distinct().toList());
    }

    @Test
    void garbageIs400WithTheReasonAndStoresNothing() throws Exception {
        String url = start(Optional.empty());
        long before = store.size();
        HttpResponse<String> binary = Http.sendBytes("POST", url, new byte[] {'a', 0, 1, 2, (byte) 0xff}, "text/plain", USER);
        assertEquals(400, binary.statusCode(), binary.body());
        assertTrue(binary.body().startsWith("request body: "), binary.body());
        assertEquals(1, binary.body().strip().lines().count(), binary.body());
        HttpResponse<String> json = Http.send("POST", url, "{\"maintext\": ", "application/json", USER);
        assertEquals(400, json.statusCode(), json.body());
        assertTrue(json.body().contains("malformed JSON"), json.body());
        HttpResponse<String> noText = Http.send("POST", url, "{\"title\": \"only a title\"}", null, USER);
        assertEquals(400, noText.statusCode(), noText.body());
        assertTrue(noText.body().contains("maintext"), noText.body());
        assertEquals(400, Http.send("POST", url, "   \n", "text/plain", USER).statusCode());
        assertEquals(before, store.size());
    }

    @Test
    void aGraphBreakingTheShapesIs422WithTheReportAndStoresNothing() throws Exception {
        Shapes shapes = Shapes.parse(RDFParser.fromString(IMPOSSIBLE_SHAPES, Lang.TURTLE).toGraph());
        String url = start(Optional.of(new ShapeValidator(shapes)));
        HttpResponse<String> r = Http.sendBytes("POST", url, Files.readAllBytes(seedFile()), "text/plain", USER);
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        // The body is the SHACL report, in Turtle that parses, naming the broken constraint.
        assertFalse(RDFParser.fromString(r.body(), Lang.TURTLE).toGraph().isEmpty());
        assertTrue(r.body().contains("sh:conforms") && r.body().contains("https://example.org/reviewer"), r.body());
        assertEquals(0, store.size(), "nothing of the article, nor any link, is stored");
    }

    @Test
    void ingestionWithoutCredentialsIs401AndOtherMethodsAreRefused() throws Exception {
        String url = start(Optional.empty());
        String text = "date 2024-05-02 The mayor said the bridge would reopen.";
        assertEquals(401, Http.send("POST", url, text, "text/plain", null).statusCode());
        assertEquals(401, Http.send("POST", url, text, "text/plain", "editor:wrong").statusCode());
        int get = Http.send("GET", url, "", "text/plain", USER).statusCode();
        assertTrue(get == 405 || get == 400, "GET gave " + get);
        assertEquals(0, store.size());
    }

    @Test
    void withoutUpdatesThereIsNoIngestion() throws Exception {
        endpoint = new Endpoint(store, 0).start();
        int code = Http.send("POST", endpoint.datasetUrl() + "/articles", "The mayor said so.", "text/plain", USER)
                .statusCode();
        assertTrue(code >= 400 && code < 500, "gave " + code);
        assertEquals(0, store.size());
    }

    private static Path seedFile() throws Exception {
        try (var files = Files.list(Path.of("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\\s*\"?([^\",}]*)\"?").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }
}
