package org.claimgraph.group;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import org.claimgraph.ClaimgraphException;

/**
 * WordNet 3.1 as claim matching needs it: a word's close relatives (synonyms and derivations of its main
 * senses) and the words of its glosses, where WordNet keeps links it does not encode ("besiege": "surround so as to force to give up").
 */
final class WordNet {

    /** Only the first senses: rare senses make everything related to everything. */
    private static final int SENSES = 3;

    private static volatile Dictionary dictionary;
    private final Map<String, Set<String>> relatives = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> glossWords = new ConcurrentHashMap<>();
    private final Map<String, Boolean> eventNouns = new ConcurrentHashMap<>();
    /** WordNet's lexicographer files for nouns that name happenings. */
    private static final Set<String> EVENT_FILES = Set.of("noun.act", "noun.event", "noun.process",
            "noun.phenomenon");

    private static Dictionary dictionary() {
        if (dictionary == null) {
            synchronized (WordNet.class) {
                if (dictionary == null) {
                    try {
                        dictionary = Dictionary.getDefaultResourceInstance();
                    } catch (JWNLException e) {
                        throw new ClaimgraphException("WordNet data cannot be loaded: " + e.getMessage(), e);
                    }
                }
            }
        }
        return dictionary;
    }

    /** The lemma itself, its first sense's synonyms and the derivations of its main senses. */
    Set<String> relatives(String lemma, POS pos) {
        return relatives.computeIfAbsent(pos.getLabel() + ":" + lemma, k -> collect(lemma, pos, false));
    }

    /** The words of its first sense's gloss. */
    Set<String> glossWords(String lemma, POS pos) {
        return glossWords.computeIfAbsent(pos.getLabel() + ":" + lemma, k -> collect(lemma, pos, true));
    }

    /**
     * True for an event nominal such as "invasion" or "escape": a noun whose first sense WordNet files
     * under acts, events or processes and that derives from a verb. The file keeps out nouns like "unit" that
     * WordNet also links to a verb ("unitize").
     */
    boolean isEventNoun(String lemma) {
        return eventNouns.computeIfAbsent(lemma, l -> {
            List<Synset> senses = senses(l, POS.NOUN);
            if (senses.isEmpty() || !EVENT_FILES.contains(senses.get(0).getLexFileName())) {
                return false;
            }
            for (Synset s : senses) {
                for (Pointer p : s.getPointers(PointerType.DERIVATION)) {
                    if (isVerb(p)) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    private static boolean isVerb(Pointer p) {
        try {
            return p.getTargetPOS() == POS.VERB;
        } catch (JWNLException e) {
            return false;
        }
    }

    /**
     * Relatives: the lemma, the synonyms of its first sense, and the derivations of its main senses.
     * Glosses: the words of the first sense's gloss. Wider nets made unrelated claims meet.
     */
    private Set<String> collect(String lemma, POS pos, boolean gloss) {
        Set<String> out = new HashSet<>();
        List<Synset> senses = senses(lemma, pos);
        if (gloss) {
            if (!senses.isEmpty()) {
                // The definition only: the quoted examples after it mention every sort of thing.
                String definition = senses.get(0).getGloss().split("\"", 2)[0];
                out.addAll(List.of(definition.toLowerCase(Locale.ROOT).split("[^a-z]+")));
            }
            return out;
        }
        out.add(lemma.toLowerCase(Locale.ROOT));
        for (int i = 0; i < senses.size(); i++) {
            Synset s = senses.get(i);
            if (i == 0) {
                s.getWords().forEach(w -> out.add(w.getLemma().toLowerCase(Locale.ROOT)));
            }
            for (Pointer p : s.getPointers(PointerType.DERIVATION)) {
                try {
                    p.getTargetSynset().getWords().forEach(w -> out.add(w.getLemma().toLowerCase(Locale.ROOT)));
                } catch (JWNLException e) {
                    // A broken pointer in the data: skip that relative.
                }
            }
        }
        return out;
    }

    private static List<Synset> senses(String lemma, POS pos) {
        try {
            IndexWord w = dictionary().lookupIndexWord(pos, lemma);
            if (w == null) {
                return List.of();
            }
            List<Synset> all = w.getSenses();
            return all.subList(0, Math.min(SENSES, all.size()));
        } catch (JWNLException e) {
            return List.of();
        }
    }
}
