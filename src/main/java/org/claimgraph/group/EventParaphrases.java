package org.claimgraph.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.lexicon.TsvResource;

/**
 * Sets of event words that news uses for one happening without WordNet linking them ("cost jobs", "layoffs"),
 * from {@code event-paraphrases.tsv}: a claim whose event is in a set gets the set's name as an extra event, so
 * that claims worded from one set match while their arguments are still compared as usual.
 */
final class EventParaphrases {

    /** Prefix of the synthetic event that names a set, so it can never equal a real word. */
    static final String SET_PREFIX = "set:";

    /**
     * One word of a set: the part of speech it must have (null: any), the arguments one of which it needs, and
     * those it implies.
     */
    private record Entry(String set, ClaimSignature.Pos pos, Set<String> needs, Set<String> implies) {

        /** True when the entry is about a word of this part of speech ("verb:fine", not the adjective "fine"). */
        boolean fits(ClaimSignature.Pos p) {
            return pos == null || pos == p;
        }
    }

    private static final Map<String, List<Entry>> ENTRIES = load();
    /**
     * Sets whose words are said of the quantities every article of a beat reports ("prices rise", "costs
     * increase"): they relate claims across articles only between articles telling one story.
     */
    private static final Set<String> STORY_ONLY = loadStoryOnly();

    private EventParaphrases() {
    }

    /**
     * The signature with the set names of its events added as events, and the arguments those words imply;
     * the signature itself when none of its events is in a set.
     */
    static ClaimSignature enrich(ClaimSignature sig) {
        if (!sig.substantive()) {
            return sig;
        }
        Set<String> argumentLemmas = new LinkedHashSet<>();
        sig.arguments().forEach(a -> {
            argumentLemmas.add(a.lemma());
            argumentLemmas.add(a.word());
        });
        Set<ClaimSignature.Term> events = new LinkedHashSet<>(sig.events());
        Set<ClaimSignature.Term> arguments = new LinkedHashSet<>(sig.arguments());
        for (ClaimSignature.Term e : sig.events()) {
            for (Entry entry : ENTRIES.getOrDefault(e.lemma(), List.of())) {
                if (!entry.fits(e.pos())) {
                    continue;
                }
                if (!entry.needs().isEmpty() && entry.needs().stream().noneMatch(argumentLemmas::contains)) {
                    continue;
                }
                String name = SET_PREFIX + entry.set();
                events.add(new ClaimSignature.Term(name, name, e.pos()));
                entry.implies().forEach(w -> arguments.add(new ClaimSignature.Term(w, w, ClaimSignature.Pos.NOUN)));
            }
        }
        if (events.size() == sig.events().size() && arguments.size() == sig.arguments().size()) {
            return sig;
        }
        return new ClaimSignature(sig.kind(), events, arguments, sig.framed(), sig.subject(), sig.objects(),
                sig.definite());
    }

    /**
     * The names (with {@link #SET_PREFIX}) of the sets that list the word as this part of speech, whatever arguments
     * they need: the caller
     * checks that the claim's own signature carries the set's name.
     */
    static Set<String> setsOf(ClaimSignature.Term word) {
        Set<String> out = new LinkedHashSet<>();
        ENTRIES.getOrDefault(word.lemma(), List.of()).stream().filter(e -> e.fits(word.pos()))
                .forEach(e -> out.add(SET_PREFIX + e.set()));
        return out;
    }

    /** True when some set lists the word, as any part of speech. */
    static boolean lists(String lemma) {
        return ENTRIES.containsKey(lemma);
    }

    /** True for a set's synthetic event whose set relates claims across articles only within one story. */
    static boolean storyOnly(ClaimSignature.Term t) {
        return storyOnly(t.lemma());
    }

    /** True for the name of a set that relates claims across articles only within one story. */
    static boolean storyOnly(String setName) {
        return STORY_ONLY.contains(setName);
    }

    /** True for the synthetic event naming a set: WordNet knows nothing of it. */
    static boolean isSet(ClaimSignature.Term t) {
        return t.lemma().startsWith(SET_PREFIX);
    }

    private static Map<String, List<Entry>> load() {
        Map<String, List<Entry>> out = new HashMap<>();
        for (String[] row : TsvResource.rows("event-paraphrases.tsv")) {
            String word = row[1].toLowerCase(Locale.ROOT);
            ClaimSignature.Pos pos = null;
            int colon = word.indexOf(':');
            if (colon > 0) {
                // "verb:fine": only the verb is in the set, not the adjective ("the offer was fine").
                pos = partOfSpeech(word.substring(0, colon), row);
                word = word.substring(colon + 1);
            }
            Entry entry = new Entry(row[0], pos, list(row, 2), list(row, 3));
            out.computeIfAbsent(word, k -> new ArrayList<>()).add(entry);
        }
        return Map.copyOf(out);
    }

    /** The part of speech a row names before its word ("verb" of "verb:fine"); a wrong one names the row. */
    private static ClaimSignature.Pos partOfSpeech(String name, String[] row) {
        try {
            return ClaimSignature.Pos.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ClaimgraphException("event-paraphrases.tsv: row '" + String.join("\t", row)
                    + "' names no part of speech (" + name + ")");
        }
    }

    private static Set<String> loadStoryOnly() {
        Set<String> out = new LinkedHashSet<>();
        for (String[] row : TsvResource.rows("event-paraphrases.tsv")) {
            if (row.length > 4 && row[4].equals("story")) {
                out.add(SET_PREFIX + row[0]);
            }
        }
        return Set.copyOf(out);
    }

    private static Set<String> list(String[] row, int column) {
        if (row.length <= column || row[column].equals("-")) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String w : row[column].split(",")) {
            out.add(w.trim().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
