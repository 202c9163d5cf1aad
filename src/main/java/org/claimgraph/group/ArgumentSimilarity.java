package org.claimgraph.group;

import java.util.HashMap;
import java.util.Map;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.lexicon.TsvResource;

/**
 * Relates argument nouns that are neither synonyms nor hypernym and hyponym but lie close together in WordNet's
 * noun hierarchy ("fare" ~ "price", both just below "cost"), by a Wu-Palmer score over nearby hypernyms, with the
 * depth and the threshold from {@code argument-similarity.tsv}.
 */
final class ArgumentSimilarity {

    private static final Map<String, String> SETTINGS = load();
    /** How many senses of each noun are read, commonest first. */
    static final int SENSES = Integer.parseInt(setting("senses"));
    /** Steps up from each noun within which the shared hypernym must lie. */
    static final int MAX_STEPS = Integer.parseInt(setting("max-hypernym-steps"));
    /** The least Wu-Palmer score for two nouns to count as one participant. */
    static final double MIN_SCORE = Double.parseDouble(setting("min-wu-palmer"));

    private final WordNet wordNet;

    ArgumentSimilarity(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    /** True when the two nouns meet under a hypernym near both, deep enough in the tree to score the threshold. */
    boolean similar(String a, String b) {
        return wordNet.wuPalmer(a, b, SENSES, MAX_STEPS) >= MIN_SCORE;
    }

    private static String setting(String name) {
        String value = SETTINGS.get(name);
        if (value == null) {
            throw new ClaimgraphException("argument-similarity.tsv has no setting " + name);
        }
        return value;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        TsvResource.rows("argument-similarity.tsv").forEach(r -> out.put(r[0], r[1].strip()));
        return Map.copyOf(out);
    }
}
