package org.claimgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;

/**
 * Gives contractions written with a curly apostrophe ("they’ve", "we’ll", "didn’t") the straight spelling the
 * tagger and parser were trained on, before tagging; the text and offsets stay as written.
 */
public final class CurlyClitics implements Annotator {

    /** The name under which the pipeline lists this step. */
    static final String NAME = "clitics";

    /** Clitics in their straight spelling, from {@code clitics.tsv}. */
    private static final Set<String> CLITICS = TsvResource.words("clitics.tsv");

    /** Made by CoreNLP from the {@code customAnnotatorClass} property. */
    public CurlyClitics(String name, Properties props) {
    }

    @Override
    public void annotate(Annotation doc) {
        for (CoreLabel token : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            String straight = straight(token.word());
            if (!straight.equals(token.word()) && CLITICS.contains(straight.toLowerCase(Locale.ROOT))) {
                token.setWord(straight);
                token.setValue(straight);
            }
        }
    }

    /** The word with each curly single quote written straight. */
    static String straight(String word) {
        return word.replace('’', '\'').replace('‘', '\'');
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
