package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.PROV;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.validate.ShapeValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of {@code claimgraph load}: a loader process killed with SIGKILL in the middle of a batch leaves
 * every article it had committed whole and the one it was storing wholly there or wholly absent, with the text
 * index agreeing; loading the batch again on the same store completes it.
 */
class CrashSafetyIT {

    private static final int ARTICLES = 30;
    /** How many articles the loader must have committed before it is killed. */
    private static final int KILL_AFTER = 4;
    private static final Duration PATIENCE = Duration.ofMinutes(15);

    @TempDir
    Path dir;

    @Test
    void aLoadKilledMidBatchLeavesWholeArticlesOnlyAndCanBeResumed() throws Exception {
        Path articles = dir.resolve("articles");
        GeneratedArticles.write(articles, ARTICLES);
        Path store = dir.resolve("store");
        Path log = dir.resolve("first-load.log");

        Process loader = loader(store, articles, log).start();
        waitForStoredLines(loader, log, KILL_AFTER);
        // SIGKILL on Linux: no shutdown hook, no finally block, no flush runs in the loader.
        loader.destroyForcibly();
        assertEquals(137, loader.waitFor(), "the loader was killed, not finished: " + Files.readString(log));
        Set<String> committed = storedGraphs(log);

        Map<String, Graph> before = new HashMap<>();
        try (ClaimStore reopened = ClaimStore.open(store)) {
            Set<String> present = reopened.articleGraphNames();
            System.out.println("CrashSafetyIT: killed after " + committed.size() + " committed article(s); "
                    + present.size() + " present after the restart");
            assertTrue(present.containsAll(committed), "committed " + committed + " but present " + present);
            // One thread stores one article at a time: at most the one being stored when killed is extra.
            assertTrue(present.size() <= committed.size() + 1, "present " + present + ", committed " + committed);
            for (String iri : present) {
                Graph g = copyOf(reopened, iri);
                assertTrue(new ShapeValidator().validate(g).conforms(), iri + " does not conform after the crash");
                assertTrue(statements(g) > 0, iri + " has no statement after the crash");
                before.put(iri, g);
            }
            StoreChecks.linksPointIntoStoredArticles(reopened);
            assertEquals(present.size(), StoreChecks.textIndexAgreesWithStore(reopened, ARTICLES));
        }

        // Restart: the same batch again, to the end; what was stored is replaced by the same graphs.
        Process again = loader(store, articles, dir.resolve("second-load.log")).start();
        assertEquals(0, waitForExit(again), Files.readString(dir.resolve("second-load.log")));
        try (ClaimStore resumed = ClaimStore.open(store)) {
            assertEquals(ARTICLES, resumed.articleGraphNames().size());
            for (Map.Entry<String, Graph> e : before.entrySet()) {
                // Whole, not partial: the graph found after the crash is the one a complete load makes.
                assertTrue(withoutTimes(e.getValue()).isIsomorphicWith(withoutTimes(copyOf(resumed, e.getKey()))),
                        e.getKey() + " after the crash differs from its complete load");
            }
            StoreChecks.linksPointIntoStoredArticles(resumed);
            assertEquals(ARTICLES, StoreChecks.textIndexAgreesWithStore(resumed, ARTICLES));
        }
    }

    @Test
    void loadingAnArticleAgainReplacesItAndLeavesNothingOfTheOldVersion() throws IOException {
        Path others = dir.resolve("others");
        GeneratedArticles.write(others, 2);
        // The same URL makes the same article IRI: the second version replaces the first.
        Path first = newsPleaseJson(dir.resolve("v1"), 7);
        Path second = newsPleaseJson(dir.resolve("v2"), 8);
        Path store = dir.resolve("store");
        assertEquals(0, load(store, others.toString(), first.toString()));
        Set<String> firstGraphs = graphs(store);
        assertEquals(0, load(store, second.toString()));

        Path fresh = dir.resolve("fresh");
        assertEquals(0, load(fresh, others.toString(), second.toString()));
        try (ClaimStore replaced = ClaimStore.open(store); ClaimStore never = ClaimStore.open(fresh)) {
            assertEquals(firstGraphs, replaced.graphNames());
            // Statements, actors, claims and links: the store holds what one that never saw v1 holds.
            assertEquals(never.size(), replaced.size());
            assertEquals(Set.of(), StoreChecks.subjects(replaced, "SELECT ?s { ?s cg:contentText ?t "
                    + "FILTER (CONTAINS(?t, '" + GeneratedArticles.word(7) + "')) }"));
            StoreChecks.linksPointIntoStoredArticles(replaced);
            // Its text entries went with it: the old version's word is found nowhere, the new one's is.
            assertEquals(3, StoreChecks.textIndexAgreesWithStore(replaced, 9));
            assertEquals(Set.of(), StoreChecks.subjects(replaced,
                    "SELECT ?s { ?s text:query (cg:contentText '" + GeneratedArticles.word(7) + "') }"));
        }
    }

    private static Path newsPleaseJson(Path directory, int i) throws IOException {
        Files.createDirectories(directory);
        String json = "{\"url\": \"https://news.example.org/2024/the-one-story\", \"title\": \"Works report\", "
                + "\"date_publish\": \"" + GeneratedArticles.date(i) + " 09:00:00\", "
                + "\"maintext\": \"" + GeneratedArticles.body(i).replace("\n", "\\n") + "\"}";
        return Files.writeString(directory.resolve("article.json"), json);
    }

    private static int load(Path store, String... inputs) {
        List<String> args = new ArrayList<>(List.of("load", "--threads", "1", "--store", store.toString()));
        args.addAll(List.of(inputs));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.status(), run.err());
        return run.status();
    }

    private static Set<String> graphs(Path store) {
        try (ClaimStore s = ClaimStore.open(store)) {
            return s.graphNames();
        }
    }

    private static ProcessBuilder loader(Path store, Path articles, Path log) {
        Path jar = Path.of("target", "claimgraph.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            fail("No " + jar + ": integration tests run after 'package'");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // One conversion thread: articles are stored one after another, as on a one-core server.
        return new ProcessBuilder(java, "-Xmx2g", "-jar", jar.toString(), "load", "--threads", "1",
                "--store", store.toString(), articles.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
    }

    private static void waitForStoredLines(Process p, Path log, int lines) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (storedGraphs(log).size() < lines) {
            if (!p.isAlive()) {
                fail("The loader ended before it could be killed: " + Files.readString(log));
            }
            if (Instant.now().isAfter(deadline)) {
                p.destroyForcibly();
                fail("The loader stored fewer than " + lines + " articles in " + PATIENCE);
            }
            Thread.sleep(20);
        }
    }

    private static int waitForExit(Process p) throws InterruptedException {
        if (!p.waitFor(PATIENCE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            fail("The loader did not finish in " + PATIENCE);
        }
        return p.exitValue();
    }

    /** The graph IRIs of the loader's "Stored IRI (source)" lines: the articles it had committed. */
    static Set<String> storedGraphs(Path log) throws IOException {
        Set<String> out = new TreeSet<>();
        if (Files.exists(log)) {
            for (String line : Files.readAllLines(log)) {
                // A line the kill cut short has no closing parenthesis: its commit is not known.
                if (line.startsWith("Stored ") && line.endsWith(")")) {
                    out.add(line.substring("Stored ".length(), line.indexOf(' ', "Stored ".length())));
                }
            }
        }
        return out;
    }

    private static Graph copyOf(ClaimStore store, String iri) {
        Node name = NodeFactory.createURI(iri);
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.datasetGraph().getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static long statements(Graph g) {
        return g.find(Node.ANY, RDF.type.asNode(), CG.Statement.asNode()).toList().size();
    }

    /** The graph without the conversion's start and end times, the only triples two conversions differ in. */
    private static Graph withoutTimes(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        List<Node> times = List.of(PROV.startedAtTime.asNode(), PROV.endedAtTime.asNode());
        g.find().forEachRemaining(t -> {
            if (!times.contains(t.getPredicate())) {
                out.add(t);
            }
        });
        return out;
    }
}
