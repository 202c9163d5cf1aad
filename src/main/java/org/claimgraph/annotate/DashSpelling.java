package org.claimgraph.annotate;

import java.util.Properties;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;

/**
 * Gives dashes the tagger does not know ("―", the horizontal bar) the em dash's spelling before tagging, so that
 * tagger, parser and extractors read them as the dash they are; the text and offsets stay as written.
 */
public final class DashSpelling extends TokenRespelling {

    /** The name under which the pipeline lists this step. */
    static final String NAME = "dashes";

    /** The spelling the tagger and parser were trained on. */
    static final String EM_DASH = "\u2014";

    /** Dash characters written otherwise, from {@code dash-variants.tsv}. */
    private static final Set<String> VARIANTS = TsvResource.words("dash-variants.tsv");

    /** Made by CoreNLP from the {@code customAnnotatorClass} property. */
    public DashSpelling(String name, Properties props) {
    }

    @Override
    String respelled(String word) {
        return VARIANTS.contains(word) ? EM_DASH : word;
    }
}
