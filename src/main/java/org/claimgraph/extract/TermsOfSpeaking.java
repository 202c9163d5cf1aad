package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * Recognises phrases that say on what terms or how often someone speaks ("on condition of anonymity", "on only a
 * few occasions"), which a cue's preposition introduces without naming what is said ({@code
 * terms-of-speaking.tsv}).
 */
final class TermsOfSpeaking {

    private static final Map<String, List<String>> PREPOSITIONS = load();

    private TermsOfSpeaking() {
    }

    /** True when the phrase's head noun, with the preposition that introduces it, names terms or a frequency. */
    static boolean names(ParsedSentence s, IndexedWord head) {
        String lemma = head.lemma() == null ? head.word() : head.lemma();
        List<String> allowed = PREPOSITIONS.get(lemma.toLowerCase(Locale.ROOT));
        return allowed != null && s.children(head, "case").stream()
                .anyMatch(c -> allowed.contains(c.word().toLowerCase(Locale.ROOT)));
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> out = new HashMap<>();
        for (String[] row : TsvResource.rows("terms-of-speaking.tsv")) {
            out.put(row[0].toLowerCase(Locale.ROOT), List.of(row[1].toLowerCase(Locale.ROOT).split(",")));
        }
        return Map.copyOf(out);
    }
}
