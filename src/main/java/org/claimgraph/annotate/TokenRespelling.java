package org.claimgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.Set;

/**
 * A step before tagging that gives some tokens the spelling the tagger and parser were trained on; the text and
 * offsets stay as written.
 */
abstract class TokenRespelling implements Annotator {

    /** The spelling the tagger knows for this word, or the word itself when it needs none. */
    abstract String respelled(String word);

    @Override
    public void annotate(Annotation doc) {
        for (CoreLabel token : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            String spelling = respelled(token.word());
            if (!spelling.equals(token.word())) {
                token.setWord(spelling);
                token.setValue(spelling);
            }
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class);
    }
}
