package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;

class NlpPipelineTest {

    private static final String TEXT = String.join("\n\n",
            "The river rose overnight. The mayor, Jane Doe, said that the bridge would stay closed.",
            "Heavy rain fell on Monday. Farmers counted their losses.",
            "“The water is still rising. We need more sandbags,” a volunteer told reporters.");

    private static ParsedArticle parse() {
        Article article = Article.ofText("pipeline-test", TEXT);
        return new ParsedArticle(article, NlpPipeline.shared().annotate(article));
    }

    @Test
    void onlySentencesThatCanHoldAnAttributionAreParsedAndAllKeepTheirIndex() {
        ParsedArticle doc = parse();
        List<Boolean> parsed = new ArrayList<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            ParsedSentence s = doc.sentences().get(i);
            assertEquals(i, s.index());
            for (CoreLabel t : s.tokens()) {
                assertEquals(i, t.sentIndex());
            }
            parsed.add(s.hasTree());
        }
        // The plain sentences go unparsed; the cue sentence and both sentences of the quotation get trees.
        assertEquals(List.of(false, true, false, false, true, true), parsed);
    }

    @Test
    void theDirectParserReportsItsTimeBesideTheAnnotators() {
        parse();
        assertTrue(NlpPipeline.shared().annotatorSeconds().containsKey(NlpPipeline.DIRECT_PARSER));
        assertFalse(NlpPipeline.shared().annotatorSeconds().containsKey("DependencyParseAnnotator"));
        assertTrue(NlpPipeline.shared().parseCounts().parsed() > 0);
    }

    @Test
    void parsesOnSeveralThreadsAtOnceEqualParsesOnOne() throws Exception {
        List<String> expected = trees(parse());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> trees(parse())));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> trees(ParsedArticle doc) {
        List<String> out = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            StringBuilder sb = new StringBuilder();
            s.nodes().forEach(n -> sb.append(n.index()).append(':').append(s.relationToParent(n)).append('>')
                    .append(s.parent(n).map(p -> p.index()).orElse(0)).append(' '));
            out.add(sb.toString());
        }
        return out;
    }
}
