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
 * senses), its hypernyms, the places a name pertains to, and the words of its glosses, where WordNet keeps links
 * it does not encode ("besiege": "surround so as to force to give up").
 */
final class WordNet {

    /** Only the first senses: rare senses make everything related to everything. */
    private static final int SENSES = 3;

    private static volatile Dictionary dictionary;
    private final Map<String, Set<String>> relatives = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> glossWords = new ConcurrentHashMap<>();
    private final Map<String, Boolean> eventNouns = new ConcurrentHashMap<>();
    private final Map<String, Boolean> eventReadings = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> ancestors = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> synonyms = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> nameRelatives = new ConcurrentHashMap<>();
    /** Hypernym levels searched: three reach "unit" from "troop"; more make most nouns meet at "group". */
    private static final int HYPERNYM_DEPTH = 3;
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

    /** The word and the synonyms of the first sense of each of its base forms. */
    Set<String> synonyms(String word, POS pos) {
        return synonyms.computeIfAbsent(pos.getLabel() + ":" + word, k -> {
            Set<String> out = new HashSet<>(Set.of(word));
            for (String base : baseForms(word, pos)) {
                out.add(base);
                senses(base, pos).stream().findFirst().ifPresent(first -> first.getWords()
                        .forEach(w -> out.add(w.getLemma().toLowerCase(Locale.ROOT))));
            }
            return out;
        });
    }

    /**
     * The words of the hypernyms of the main senses of every base form, up to {@link #HYPERNYM_DEPTH} levels:
     * "troop" has "army unit", "military unit" and "unit" above it. Plural-only entries count as base forms
     * ("troops": military personnel).
     */
    Set<String> ancestors(String word, POS pos) {
        return ancestors.computeIfAbsent(pos.getLabel() + ":" + word, k -> {
            Set<String> out = new HashSet<>();
            for (String base : baseForms(word, pos)) {
                List<Synset> level = senses(base, pos);
                for (int depth = 0; depth < HYPERNYM_DEPTH && !level.isEmpty(); depth++) {
                    List<Synset> up = new java.util.ArrayList<>();
                    for (Synset syn : level) {
                        up.addAll(targets(syn, PointerType.HYPERNYM));
                        up.addAll(targets(syn, PointerType.INSTANCE_HYPERNYM));
                    }
                    up.forEach(h -> h.getWords().forEach(w -> out.add(w.getLemma().toLowerCase(Locale.ROOT))));
                    level = up;
                }
            }
            return out;
        });
    }

    /**
     * The relatives of a name or name adjective: the places and peoples WordNet relates it to ("Ukrainian"
     * pertains to "Ukraine"; "Russians" derive from "Russia"), with the word itself.
     */
    Set<String> nameRelatives(String word) {
        return nameRelatives.computeIfAbsent(word, w -> {
            Set<String> out = new HashSet<>(Set.of(w));
            for (POS pos : List.of(POS.ADJECTIVE, POS.NOUN)) {
                for (String base : baseForms(w, pos)) {
                    out.add(base);
                    for (Synset syn : senses(base, pos)) {
                        for (PointerType type : List.of(PointerType.PERTAINYM, PointerType.DERIVATION)) {
                            targets(syn, type).forEach(t -> t.getWords()
                                    .forEach(x -> out.add(x.getLemma().toLowerCase(Locale.ROOT))));
                        }
                    }
                }
            }
            return out;
        });
    }

    /** The word's base forms in WordNet ("servicemen" to "serviceman"; "troops" to "troops" and "troop"). */
    Set<String> baseForms(String word, POS pos) {
        Set<String> out = new java.util.LinkedHashSet<>();
        try {
            for (Object base : dictionary().getMorphologicalProcessor().lookupAllBaseForms(pos, word)) {
                out.add(base.toString().toLowerCase(Locale.ROOT));
            }
        } catch (JWNLException e) {
            // No base forms: the word stands for itself.
        }
        if (out.isEmpty()) {
            out.add(word);
        }
        return out;
    }

    private static List<Synset> targets(Synset syn, PointerType type) {
        List<Synset> out = new java.util.ArrayList<>();
        for (Pointer p : syn.getPointers(type)) {
            try {
                out.add(p.getTargetSynset());
            } catch (JWNLException e) {
                // A broken pointer in the data: skip it.
            }
        }
        return out;
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

    /**
     * True for a noun that can name an event in one of its main senses ("operation": a planned activity): the
     * reading to take after a support verb ("conduct operations"), which selects it.
     */
    boolean mayBeEvent(String lemma) {
        return eventReadings.computeIfAbsent(lemma, l -> senses(l, POS.NOUN).stream()
                .anyMatch(s -> EVENT_FILES.contains(s.getLexFileName())
                        && s.getPointers(PointerType.DERIVATION).stream().anyMatch(WordNet::isVerb)));
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
        for (String base : baseForms(lemma, pos)) {
            List<Synset> baseSenses = senses(base, pos);
            for (int i = 0; i < baseSenses.size(); i++) {
                Synset s = baseSenses.get(i);
                if (i == 0) {
                    s.getWords().forEach(w -> out.add(w.getLemma().toLowerCase(Locale.ROOT)));
                }
                targets(s, PointerType.DERIVATION).forEach(t -> t.getWords()
                        .forEach(w -> out.add(w.getLemma().toLowerCase(Locale.ROOT))));
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
