package org.claimgraph.group;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import org.claimgraph.ClaimgraphException;

/**
 * WordNet 3.1 as claim matching needs it: a word's first-sense synonyms, the words derived from its main
 * senses, its hypernyms, the places a name pertains to, and the words of its gloss, where WordNet keeps links
 * it does not encode ("besiege": "surround so as to force to give up"). Every answer is cached. The cue
 * extractors ask it too, for the classes of verbs no lexicon lists ({@link #verbClasses}); all share one dictionary.
 */
public final class WordNet {

    /** Only the first senses: rare senses make everything related to everything. */
    private static final int SENSES = 3;
    /** Hypernym levels searched: three reach "unit" from "troop"; more make most nouns meet at "group". */
    private static final int HYPERNYM_DEPTH = 3;
    /** Hypernym levels between a verb and the more general verb it is a kind of: further up, any two meet. */
    private static final int KIND_OF_STEPS = 2;
    /** WordNet's lexicographer files for nouns that name happenings. */
    private static final Set<String> EVENT_FILES = Set.of("noun.act", "noun.event", "noun.process",
            "noun.phenomenon");

    /** Lexicographer files whose nouns, when derived from a verb, state what the verb does. */
    private static final Set<String> NOMINALIZATION_FILES = Set.of("noun.act", "noun.event", "noun.process",
            "noun.phenomenon", "noun.communication", "noun.state", "noun.feeling", "noun.cognition");

    /** Lexicographer files of persons and groups of people, which similarity leaves out. */
    private static final Set<String> PEOPLE_FILES = Set.of("noun.person", "noun.group");

    private static volatile Dictionary dictionary;
    private final Map<String, Object> cache = new ConcurrentHashMap<>();

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

    @SuppressWarnings("unchecked")
    private <T> T cached(String kind, POS pos, String word, Function<String, T> compute) {
        String key = kind + ":" + pos.getLabel() + ":" + word;
        // Almost every question was asked before: a plain read, where computeIfAbsent may lock the key's bin.
        Object known = cache.get(key);
        return (T) (known != null ? known : cache.computeIfAbsent(key, k -> compute.apply(word)));
    }

    /** The word, its base forms, and the words of the first sense of each base form. */
    Set<String> synonyms(String word, POS pos) {
        return cached("syn", pos, word, w -> {
            Set<String> out = new HashSet<>(Set.of(w));
            for (String base : baseForms(w, pos)) {
                out.add(base);
                senses(base, pos).stream().findFirst().ifPresent(first -> out.addAll(words(first)));
            }
            return out;
        });
    }

    /**
     * The first senses of the word's base forms, as synset offsets: two words whose first senses are one synset
     * ("close" and "shut": move so that an opening is obstructed) mean the same thing in their commonest use.
     */
    Set<Long> firstSenses(String word, POS pos) {
        return cached("first", pos, word, w -> {
            Set<Long> out = new HashSet<>();
            for (String base : baseForms(w, pos)) {
                senses(base, pos).stream().findFirst().ifPresent(first -> out.add(first.getOffset()));
            }
            return out;
        });
    }

    /** The words derivationally related to the main senses of the word's base forms ("invade": "invasion"). */
    Set<String> derivations(String word, POS pos) {
        return cached("der", pos, word, w -> {
            Set<String> out = new HashSet<>();
            for (String base : baseForms(w, pos)) {
                for (Synset s : senses(base, pos)) {
                    targets(s, PointerType.DERIVATION).forEach(t -> out.addAll(words(t)));
                }
            }
            return out;
        });
    }

    /**
     * The words derived from the word itself in its main senses ("invade": "invasion", "invader"), without the
     * other words of the derived senses: "energy" derives "energize", whose sense also holds "campaign".
     */
    Set<String> ownDerivations(String word, POS pos) {
        return cached("own", pos, word, w -> {
            Set<String> out = new HashSet<>();
            for (String base : baseForms(w, pos)) {
                for (Synset s : senses(base, pos)) {
                    s.getWords().stream().filter(x -> x.getLemma().equalsIgnoreCase(base))
                            .forEach(x -> out.addAll(derivedWords(x)));
                }
            }
            return out;
        });
    }

    private static List<String> derivedWords(net.sf.extjwnl.data.Word word) {
        List<String> out = new ArrayList<>();
        for (Pointer p : word.getPointers(PointerType.DERIVATION)) {
            try {
                if (p.getTarget() instanceof net.sf.extjwnl.data.Word target) {
                    out.add(target.getLemma().toLowerCase(Locale.ROOT));
                }
            } catch (JWNLException e) {
                // A broken pointer in the data: skip it.
            }
        }
        return out;
    }

    /**
     * The words of the hypernyms of the main senses of every base form, up to {@link #HYPERNYM_DEPTH} levels:
     * "troop" has "army unit", "military unit" and "unit" above it. Plural-only entries count as base forms
     * ("troops": military personnel).
     */
    Set<String> ancestors(String word, POS pos) {
        return cached("hyp", pos, word, w -> {
            Set<String> out = new HashSet<>();
            for (String base : baseForms(w, pos)) {
                List<Synset> level = senses(base, pos);
                for (int depth = 0; depth < HYPERNYM_DEPTH && !level.isEmpty(); depth++) {
                    List<Synset> up = new ArrayList<>();
                    for (Synset syn : level) {
                        up.addAll(targets(syn, PointerType.HYPERNYM));
                        up.addAll(targets(syn, PointerType.INSTANCE_HYPERNYM));
                    }
                    up.forEach(h -> out.addAll(words(h)));
                    level = up;
                }
            }
            return out;
        });
    }

    /**
     * True when a main sense of the verb {@code specific} is a kind of doing {@code general} names, at most
     * {@link #KIND_OF_STEPS} hypernym levels up ("fund" is a way to "pay", "spot" one to "find"): the hypernym must
     * itself have a hypernym, so the roots every verb tree ends in ("change", "move", "make", "act") relate nothing.
     */
    boolean verbKindOf(String specific, String general) {
        return cached("kind:" + general, POS.VERB, specific, w -> {
            for (String base : baseForms(w, POS.VERB)) {
                List<Synset> level = senses(base, POS.VERB);
                for (int depth = 0; depth < KIND_OF_STEPS && !level.isEmpty(); depth++) {
                    List<Synset> up = new ArrayList<>();
                    level.forEach(syn -> up.addAll(targets(syn, PointerType.HYPERNYM)));
                    for (Synset h : up) {
                        if (words(h).contains(general) && !targets(h, PointerType.HYPERNYM).isEmpty()) {
                            return true;
                        }
                    }
                    level = up;
                }
            }
            return false;
        });
    }

    /**
     * The hypernym synsets of the noun's first {@code senses} senses within {@code steps} levels, each with the
     * fewest steps that reach it (the senses themselves at 0), excluding senses of persons and groups: two kinds
     * of person ("nurse", "doctor") or of people ("families", "communities") are two participants however close
     * WordNet puts them.
     */
    Map<Long, Integer> nearHypernyms(String word, int senses, int steps) {
        return cached("near" + senses + "." + steps, POS.NOUN, word, w -> {
            Map<Long, Integer> out = new java.util.HashMap<>();
            for (String base : baseForms(w, POS.NOUN)) {
                List<Synset> all = allSenses(base, POS.NOUN);
                List<Synset> level = new ArrayList<>(all.subList(0, Math.min(senses, all.size())));
                level.removeIf(syn -> PEOPLE_FILES.contains(syn.getLexFileName()));
                for (int depth = 0; depth <= steps && !level.isEmpty(); depth++) {
                    List<Synset> up = new ArrayList<>();
                    for (Synset syn : level) {
                        out.merge(syn.getOffset(), depth, Math::min);
                        up.addAll(targets(syn, PointerType.HYPERNYM));
                    }
                    level = up;
                }
            }
            return Map.copyOf(out);
        });
    }

    /**
     * Wu-Palmer similarity of two nouns (their first {@code senses} senses) through hypernyms within {@code steps}
     * levels of each: the best over shared hypernyms h of 2·depth(h) / (2·depth(h) + steps from one + steps from
     * the other), 0 when they share none that near.
     */
    double wuPalmer(String a, String b, int senses, int steps) {
        Map<Long, Integer> ha = nearHypernyms(a, senses, steps);
        Map<Long, Integer> hb = nearHypernyms(b, senses, steps);
        double best = 0;
        for (Map.Entry<Long, Integer> e : ha.entrySet()) {
            Integer other = hb.get(e.getKey());
            if (other != null) {
                int depth = depth(e.getKey());
                best = Math.max(best, 2.0 * depth / (2.0 * depth + e.getValue() + other));
            }
        }
        return best;
    }

    /** The depth of a noun synset: 1 for the root ("entity"), counting the shortest chain of hypernyms up to it. */
    private int depth(long offset) {
        return cached("depth", POS.NOUN, Long.toString(offset), k -> {
            try {
                List<Synset> level = List.of(dictionary().getSynsetAt(POS.NOUN, offset));
                for (int depth = 1; depth < 50; depth++) {
                    List<Synset> up = new ArrayList<>();
                    for (Synset syn : level) {
                        up.addAll(targets(syn, PointerType.HYPERNYM));
                        up.addAll(targets(syn, PointerType.INSTANCE_HYPERNYM));
                    }
                    if (up.isEmpty()) {
                        return depth;
                    }
                    level = up;
                }
                return 50;
            } catch (JWNLException e) {
                return 1;
            }
        });
    }

    /**
     * The adjectives WordNet marks as similar to the first sense of the word's base forms: a head adjective's
     * satellites and a satellite's head ("expensive": "costly", "pricey"; "genuine": "authentic"), never its
     * antonyms, which WordNet keeps under the opposite head.
     */
    Set<String> similarAdjectives(String word) {
        return cached("similar", POS.ADJECTIVE, word, w -> {
            Set<String> out = new HashSet<>();
            for (String base : baseForms(w, POS.ADJECTIVE)) {
                senses(base, POS.ADJECTIVE).stream().findFirst()
                        .ifPresent(first -> targets(first, PointerType.SIMILAR_TO).forEach(t -> out.addAll(words(t))));
            }
            return out;
        });
    }

    /**
     * The words WordNet makes antonyms of the word's base forms in their main senses, also through the other words
     * of those senses and, for adjectives, through the head a satellite is similar to ("increase": "decrease";
     * "costly": "cheap"): used to keep opposites apart, where reaching wide is the safe side.
     */
    Set<String> antonyms(String word, POS pos) {
        return cached("ant", pos, word, w -> {
            Set<String> out = new HashSet<>();
            for (String base : baseForms(w, pos)) {
                for (Synset s : senses(base, pos)) {
                    List<Synset> heads = new ArrayList<>(List.of(s));
                    if (pos == POS.ADJECTIVE) {
                        heads.addAll(targets(s, PointerType.SIMILAR_TO));
                    }
                    heads.forEach(h -> targets(h, PointerType.ANTONYM).forEach(t -> out.addAll(words(t))));
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
        return cached("name", POS.NOUN, word, w -> {
            Set<String> out = new HashSet<>(Set.of(w));
            for (POS pos : List.of(POS.ADJECTIVE, POS.NOUN)) {
                for (String base : baseForms(w, pos)) {
                    out.add(base);
                    for (Synset syn : senses(base, pos)) {
                        targets(syn, PointerType.PERTAINYM).forEach(t -> out.addAll(words(t)));
                        targets(syn, PointerType.DERIVATION).forEach(t -> out.addAll(words(t)));
                    }
                }
            }
            return out;
        });
    }

    /** The words of the definition of the word's first sense (the quoted examples after it mention anything). */
    Set<String> glossWords(String word, POS pos) {
        return cached("gloss", pos, word, w -> {
            List<Synset> senses = senses(w, pos);
            if (senses.isEmpty()) {
                return Set.of();
            }
            String definition = senses.get(0).getGloss().split("\"", 2)[0];
            return Set.copyOf(List.of(definition.toLowerCase(Locale.ROOT).split("[^a-z]+")));
        });
    }

    /** True when WordNet lists the word, or a base form of it, in some part of speech. */
    boolean isWord(String word) {
        return POS.getAllPOS().stream().anyMatch(pos -> senseCount(word, pos) > 0);
    }

    /** How many senses WordNet gives the word (its most ambiguous base form): "find" has 16 as a verb. */
    int senseCount(String word, POS pos) {
        return cached("count", pos, word, w -> {
            int most = 0;
            for (String base : baseForms(w, pos)) {
                most = Math.max(most, allSenses(base, pos).size());
            }
            return most;
        });
    }

    /**
     * True for an event nominal such as "invasion" or "escape": a noun whose first sense WordNet files
     * under acts, events or processes and that derives from a verb. The file keeps out nouns like "unit" that
     * WordNet also links to a verb ("unitize").
     */
    boolean isEventNoun(String lemma) {
        return cached("event", POS.NOUN, lemma, l -> {
            List<Synset> senses = senses(l, POS.NOUN);
            return !senses.isEmpty() && EVENT_FILES.contains(senses.get(0).getLexFileName())
                    && senses.stream().anyMatch(WordNet::derivesFromVerb);
        });
    }

    /**
     * True for a noun that can name an event in one of its main senses ("operation": a planned activity): the
     * reading to take after a support verb ("conduct operations"), which selects it.
     */
    boolean mayBeEvent(String lemma) {
        return cached("mayEvent", POS.NOUN, lemma, l -> senses(l, POS.NOUN).stream()
                .anyMatch(s -> EVENT_FILES.contains(s.getLexFileName()) && derivesFromVerb(s)));
    }

    /**
     * True for a noun that names what a verb states in one of its main senses: an act, event, process,
     * state, feeling, thought or message derived from a verb ("resignation" from "resign", "fear" from
     * "fear"), not a thing ("unit", which WordNet derives only in its measuring senses).
     */
    boolean isNominalization(String lemma) {
        return cached("nominal", POS.NOUN, lemma, l -> senses(l, POS.NOUN).stream()
                .anyMatch(s -> NOMINALIZATION_FILES.contains(s.getLexFileName()) && derivesFromVerb(s)));
    }

    /** The word's base form as a verb ("axes" to "axe"), when WordNet knows the word as a verb. */
    Optional<String> verbBase(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return baseForms(w, POS.VERB).stream().filter(b -> !allSenses(b, POS.VERB).isEmpty()).findFirst();
    }

    /**
     * The lexicographer files of the verb's first senses, commonest first ("boast": verb.communication,
     * verb.stative): WordNet's coarse classes of meaning. Empty when WordNet does not know the word as a verb.
     */
    public static List<String> verbClasses(String word, int senses) {
        return lexicographerFiles(word, POS.VERB, senses);
    }

    /**
     * The lexicographer files of the noun's first senses, commonest first ("debate": noun.communication): the
     * coarse classes of meaning of nouns. Empty when WordNet does not know the word as a noun.
     */
    public static List<String> nounClasses(String word, int senses) {
        return lexicographerFiles(word, POS.NOUN, senses);
    }

    /**
     * The sentence frames of the verb's commonest sense ("anger": "Somebody ----s somebody", "Something ----s
     * somebody"): who or what WordNet lets the verb take as subject and object. Empty for a verb it does not know.
     */
    public static List<String> verbFrames(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String base : baseForms(w, POS.VERB)) {
            List<Synset> all = allSenses(base, POS.VERB);
            if (!all.isEmpty()) {
                return List.of(all.get(0).getVerbFrames());
            }
        }
        return List.of();
    }

    private static List<String> lexicographerFiles(String word, POS pos, int senses) {
        // The first base form WordNet knows ("boasted" to "boast"): inflections share their lemma's senses.
        String w = word.toLowerCase(Locale.ROOT);
        for (String base : baseForms(w, pos)) {
            List<Synset> all = allSenses(base, pos);
            if (!all.isEmpty()) {
                return all.subList(0, Math.min(senses, all.size())).stream().map(Synset::getLexFileName).toList();
            }
        }
        return List.of();
    }

    /**
     * The phrasal verb of a verb and its particle when WordNet lists it ("go" + "up": "go up", whose senses hold
     * "rise" and "climb"), so that the pair is matched by its own meaning rather than by the bare verb's.
     */
    Optional<String> phrasalVerb(String verbLemma, String particle) {
        String phrase = verbLemma.toLowerCase(Locale.ROOT) + " " + particle.toLowerCase(Locale.ROOT);
        return cached("phrasal", POS.VERB, phrase, p -> {
            try {
                // The exact entry: a lookup by base forms would find "resign" for "resign x".
                IndexWord w = dictionary().getIndexWord(POS.VERB, p);
                return w != null && w.getLemma().equalsIgnoreCase(p) ? Optional.of(p) : Optional.<String>empty();
            } catch (JWNLException e) {
                return Optional.<String>empty();
            }
        });
    }

    /**
     * The lexicographer files of the verbs the noun derives from in its main senses ("criticism": verb.communication,
     * from "criticise"; "bill": verb.possession; "musical": none), so that a message made by speaking can be told from
     * a work or a document filed in the same class of nouns.
     */
    public static Set<String> sourceVerbClasses(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        Set<String> classes = new LinkedHashSet<>();
        for (Synset s : senses(l, POS.NOUN)) {
            for (net.sf.extjwnl.data.Word w : s.getWords()) {
                if (w.getLemma().equalsIgnoreCase(l)) {
                    classes.addAll(derivedVerbClasses(w));
                }
            }
        }
        return classes;
    }

    private static List<String> derivedVerbClasses(net.sf.extjwnl.data.Word word) {
        List<String> out = new ArrayList<>();
        for (Pointer p : word.getPointers(PointerType.DERIVATION)) {
            try {
                if (p.getTargetPOS() == POS.VERB) {
                    out.add(p.getTargetSynset().getLexFileName());
                }
            } catch (JWNLException e) {
                // A broken pointer in the data: skip it.
            }
        }
        return out;
    }

    /** True when one of the noun's main senses is a kind of person ("envoy", "rival", "oncologist"). */
    public static boolean isPersonNoun(String lemma) {
        return senses(lemma.toLowerCase(Locale.ROOT), POS.NOUN).stream()
                .anyMatch(s -> "noun.person".equals(s.getLexFileName()));
    }

    /**
     * True when the noun's commonest sense is a kind of person ("voter", "lawmaker"), not only a rarer one: a "fare"
     * is first a price, only then a passenger.
     */
    public static boolean isFirstlyPersonNoun(String lemma) {
        return nounClasses(lemma, 1).equals(List.of("noun.person"));
    }

    private static boolean derivesFromVerb(Synset s) {
        for (Pointer p : s.getPointers(PointerType.DERIVATION)) {
            try {
                if (p.getTargetPOS() == POS.VERB) {
                    return true;
                }
            } catch (JWNLException e) {
                // A broken pointer in the data: not a verb we can see.
            }
        }
        return false;
    }

    /** The word's base forms in WordNet ("servicemen" to "serviceman"; "troops" to "troops" and "troop"). */
    private static Set<String> baseForms(String word, POS pos) {
        Set<String> out = new LinkedHashSet<>();
        try {
            for (Object base : dictionary().getMorphologicalProcessor().lookupAllBaseForms(pos, word)) {
                out.add(base.toString().toLowerCase(Locale.ROOT));
            }
        } catch (JWNLException e) {
            // No base forms: the word stands for itself.
        }
        if (word.indexOf(' ') >= 0) {
            // A phrasal verb ("step down") is its own entry: its single words ("step", "down") mean other things.
            out.removeIf(b -> b.indexOf(' ') < 0);
        }
        if (out.isEmpty()) {
            out.add(word);
        }
        return out;
    }

    private static List<String> words(Synset s) {
        return s.getWords().stream().map(w -> w.getLemma().toLowerCase(Locale.ROOT)).toList();
    }

    private static List<Synset> targets(Synset syn, PointerType type) {
        List<Synset> out = new ArrayList<>();
        for (Pointer p : syn.getPointers(type)) {
            try {
                out.add(p.getTargetSynset());
            } catch (JWNLException e) {
                // A broken pointer in the data: skip it.
            }
        }
        return out;
    }

    private static List<Synset> senses(String lemma, POS pos) {
        List<Synset> all = allSenses(lemma, pos);
        return all.subList(0, Math.min(SENSES, all.size()));
    }

    private static List<Synset> allSenses(String lemma, POS pos) {
        try {
            IndexWord w = dictionary().getIndexWord(pos, lemma);
            if (w == null) {
                w = dictionary().lookupIndexWord(pos, lemma);
            }
            return w == null ? List.of() : w.getSenses();
        } catch (JWNLException e) {
            return List.of();
        }
    }
}
