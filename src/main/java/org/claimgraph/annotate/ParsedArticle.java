package org.claimgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.read.Article;

/** An article with its CoreNLP annotations: the input every extraction stage reads. */
public final class ParsedArticle {
    private final Article article;
    private final List<ParsedSentence> sentences = new ArrayList<>();
    private final List<CoreEntityMention> entityMentions;

    /** Wraps an annotated article; the annotation must come from {@link NlpPipeline#annotate(Article)}. */
    public ParsedArticle(Article article, Annotation annotation) {
        this.article = article;
        // Every sentence is kept, parsed or not, so that position i holds CoreNLP's sentence i: tokens and
        // entity mentions carry that index (CoreLabel.sentIndex()) and later stages look sentences up by it.
        int i = 0;
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            SemanticGraph tree = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            sentences.add(new ParsedSentence(i++, tokens, tree));
        }
        CoreDocument doc = new CoreDocument(annotation);
        List<CoreEntityMention> mentions = doc.entityMentions();
        this.entityMentions = mentions == null ? List.of() : mentions;
    }

    /** The article as read. */
    public Article article() {
        return article;
    }

    /** The article's full text; all character offsets (UTF-16) index it. */
    public String text() {
        return article.text();
    }

    /** Every sentence, in order; {@code sentences().get(i).index() == i}, CoreNLP's sentence index. */
    public List<ParsedSentence> sentences() {
        return sentences;
    }

    /** Named-entity mentions found by CoreNLP (PERSON, ORGANIZATION, DATE, ...), in order. */
    public List<CoreEntityMention> entityMentions() {
        return entityMentions;
    }

    /** The sentence containing a character offset, if any. */
    public Optional<ParsedSentence> sentenceAt(int offset) {
        for (ParsedSentence s : sentences) {
            if (offset >= s.begin() && offset < s.end()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
