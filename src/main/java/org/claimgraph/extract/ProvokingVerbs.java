package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.claimgraph.group.WordNet;
import org.claimgraph.lexicon.TsvResource;

/**
 * Verbs whose subject stirs a feeling in their object ("the plan angered voters"), found by their WordNet class and
 * sentence frame as {@code provoked-feelings.tsv} lists them; verbs of the cue lexicon are left to it.
 */
public final class ProvokingVerbs {

    /** One class of such verbs: a lexicographer file and the frame its commonest sense must have. */
    private record VerbClass(String file, String frame) {
    }

    /** The classes listed in the lexicon. */
    private static final List<VerbClass> CLASSES = TsvResource.rows("provoked-feelings.tsv").stream()
            .map(r -> new VerbClass(r[0], r[1])).toList();
    /** The verdict for each lemma asked about, so that each verb is read from WordNet once. */
    private static final Map<String, Boolean> CACHE = new ConcurrentHashMap<>();

    private ProvokingVerbs() {
    }

    /** True when the verb (a lemma, any case) stirs a feeling in its object and is no entry of the cue lexicon. */
    public static boolean isProvoking(String lemma) {
        if (lemma == null || lemma.isEmpty()) {
            return false;
        }
        return CACHE.computeIfAbsent(lemma.toLowerCase(Locale.ROOT), ProvokingVerbs::classify);
    }

    /** Reads the verb's commonest WordNet sense against the classes, for a word of letters outside the cue lexicon. */
    private static boolean classify(String lemma) {
        if (!lemma.chars().allMatch(Character::isLetter) || CueLexicon.standard().lookup(lemma).isPresent()) {
            return false;
        }
        List<String> files = WordNet.verbClasses(lemma, 1);
        List<String> frames = WordNet.verbFrames(lemma);
        return CLASSES.stream().anyMatch(c -> files.contains(c.file()) && frames.contains(c.frame()));
    }
}
