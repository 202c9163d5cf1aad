package org.claimgraph.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimgraph.annotate.NlpPipeline;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.AttributionExtractor;
import org.claimgraph.extract.CueLexicon;
import org.claimgraph.read.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stance from the cue and from the content, on one-sentence articles through the real CoreNLP pipeline. */
class StanceClassifierTest {

    private final StanceClassifier classifier = new StanceClassifier(CueLexicon.standard());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The company denied that it had broken the law.|DENY|It had broken the law",
        "The firm said that profits would rise.|ASSERT|Profits would rise",
        "The mayor said the reports were false.|DENY|The reports",
        "The coach said that the rumours were not true.|DENY|The rumours",
        "The minister said that no school would close.|DENY|School would close",
        "Analysts doubted that the merger would succeed.|QUESTION|The merger would succeed",
        "The union rejected claims that the strike was illegal.|DENY|Claims that the strike was illegal",
    })
    void readsStance(String sentence, Stance expected, String claim) {
        Article article = Article.ofText("test", sentence);
        ParsedArticle doc = new ParsedArticle(article, NlpPipeline.shared().annotate(article));
        List<Attribution> found = new AttributionExtractor().extract(doc);
        assertEquals(1, found.size(), () -> "attributions in: " + sentence + " " + found);
        StanceReading reading = classifier.classify(doc, found.get(0));
        assertEquals(expected, reading.stance(), sentence);
        assertEquals(claim, reading.claimLabel(), sentence);
    }
}
