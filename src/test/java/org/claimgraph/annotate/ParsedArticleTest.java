package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;

class ParsedArticleTest {

    /** Three sentences, built by hand: only the last has a tree, as when the first two were not selected. */
    private static ParsedArticle article() {
        StringBuilder text = new StringBuilder();
        List<List<CoreLabel>> sentences = List.of(
                TestTokens.sentence(text, 0, "Rain/NN/O fell/VBD/O/fall ./././."),
                TestTokens.sentence(text, 1, "Roads/NNS/O/road closed/VBD/O/close ./././."),
                TestTokens.sentence(text, 2, "Doe/NNP/PERSON said/VBD/O/say so/RB/O ./././."));
        List<CoreMap> maps = new ArrayList<>();
        for (List<CoreLabel> tokens : sentences) {
            CoreMap s = new ArrayCoreMap();
            s.set(CoreAnnotations.TokensAnnotation.class, tokens);
            maps.add(s);
        }
        maps.get(2).set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, tree(sentences.get(2)));
        Annotation annotation = new Annotation(text.toString());
        annotation.set(CoreAnnotations.SentencesAnnotation.class, maps);
        return new ParsedArticle(Article.ofText("test", text.toString()), annotation);
    }

    /** "Doe said so .": said is the root, Doe its subject. */
    private static SemanticGraph tree(List<CoreLabel> tokens) {
        SemanticGraph g = new SemanticGraph();
        IndexedWord doe = new IndexedWord(tokens.get(0));
        IndexedWord said = new IndexedWord(tokens.get(1));
        g.addVertex(doe);
        g.addRoot(said);
        g.addEdge(said, doe, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, 1.0, false);
        return g;
    }

    @Test
    void aSentenceWithoutATreeIsStillIndexed() {
        ParsedArticle doc = article();
        assertEquals(3, doc.sentences().size());
        for (int i = 0; i < 3; i++) {
            ParsedSentence s = doc.sentences().get(i);
            assertEquals(i, s.index());
            assertEquals(i, s.token(1).sentIndex(), "position in the list is CoreNLP's sentence index");
        }
        ParsedSentence parsed = doc.sentences().get(2);
        assertTrue(parsed.hasTree());
        assertEquals("Doe", parsed.child(parsed.node(2), "nsubj").orElseThrow().word());
    }

    @Test
    void aSentenceWithoutATreeHasNoNodesChildrenOrParents() {
        ParsedSentence s = article().sentences().get(1);
        assertFalse(s.hasTree());
        assertTrue(s.nodes().isEmpty());
        assertNull(s.node(1));
        IndexedWord word = new IndexedWord(s.token(2));
        assertTrue(s.children(word, "nsubj").isEmpty());
        assertTrue(s.parent(word).isEmpty());
        assertEquals("root", s.relationToParent(word));
        assertEquals(List.of(2), s.subtree(word, List.of()));
    }

    @Test
    void offsetsFindSentencesWithAndWithoutTrees() {
        ParsedArticle doc = article();
        ParsedSentence middle = doc.sentences().get(1);
        assertEquals(1, doc.sentenceAt(middle.begin()).orElseThrow().index());
        assertEquals("Roads closed .", doc.text().substring(middle.begin(), middle.end()));
    }
}
