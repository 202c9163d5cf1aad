package org.claimgraph.annotate;

import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;

/**
 * Gives contractions written with a curly apostrophe ("they’ve", "we’ll", "didn’t") the straight spelling the
 * tagger and parser were trained on, before tagging; the text and offsets stay as written.
 */
public final class CurlyClitics extends TokenRespelling {

    /** The name under which the pipeline lists this step. */
    static final String NAME = "clitics";

    /** Clitics in their straight spelling, from {@code clitics.tsv}. */
    private static final Set<String> CLITICS = TsvResource.words("clitics.tsv");

    /** Made by CoreNLP from the {@code customAnnotatorClass} property. */
    public CurlyClitics(String name, Properties props) {
    }

    @Override
    String respelled(String word) {
        String straight = straight(word);
        return CLITICS.contains(straight.toLowerCase(Locale.ROOT)) ? straight : word;
    }

    /** The word with each curly single quote written straight. */
    static String straight(String word) {
        return word.replace('’', '\'').replace('‘', '\'');
    }
}
