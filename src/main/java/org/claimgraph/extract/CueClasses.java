package org.claimgraph.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.claimgraph.group.WordNet;
import org.claimgraph.lexicon.TsvResource;
import org.claimgraph.stance.Stance;

/**
 * Cue verbs no lexicon lists, found by their WordNet class: a verb whose commonest sense WordNet files under
 * communication or cognition ({@code cue-classes.tsv}) is read as a cue when it takes a clause or an infinitive,
 * as the extractors check.
 */
public final class CueClasses {

    /** One class of verbs: a lexicographer file, how many senses are looked at, and the frames it takes. */
    private record VerbClass(String file, int senses, Set<CueLexicon.Frame> frames) {
    }

    private static final CueClasses STANDARD = new CueClasses(load(), exclusions());

    private final List<VerbClass> classes;
    private final Set<String> excluded;
    private final Map<String, Optional<CueLexicon.Cue>> cache = new ConcurrentHashMap<>();

    private CueClasses(List<VerbClass> classes, Set<String> excluded) {
        this.classes = List.copyOf(classes);
        this.excluded = Set.copyOf(excluded);
    }

    /** The classes shipped in {@code lexicon/cue-classes.tsv}, less {@code cue-class-exclusions.tsv}. */
    public static CueClasses standard() {
        return STANDARD;
    }

    /**
     * The cue a verb is by its class, asserting, with the frames its classes allow; empty for a verb in no
     * class or excluded. The caller checks the lexicon first: its entries say more than a class.
     */
    public Optional<CueLexicon.Cue> verbCue(String lemma) {
        if (lemma == null) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(lemma.toLowerCase(Locale.ROOT), this::classify);
    }

    /** True when the verb is a cue by its class (the parse selection asks before any tree exists). */
    public boolean isCueVerb(String lemma) {
        return verbCue(lemma).isPresent();
    }

    private Optional<CueLexicon.Cue> classify(String lemma) {
        if (excluded.contains(lemma) || !lemma.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        EnumSet<CueLexicon.Frame> frames = EnumSet.noneOf(CueLexicon.Frame.class);
        for (VerbClass c : classes) {
            if (WordNet.verbClasses(lemma, c.senses()).contains(c.file())) {
                frames.addAll(c.frames());
            }
        }
        return frames.isEmpty() ? Optional.empty()
                : Optional.of(new CueLexicon.Cue(lemma, Stance.ASSERT, Set.copyOf(frames), Set.of()));
    }

    /** Verbs that take clauses without attributing them (not-cues.tsv), and class members that report nothing. */
    private static Set<String> exclusions() {
        Set<String> out = new java.util.HashSet<>(TsvResource.words("not-cues.tsv"));
        out.addAll(TsvResource.words("cue-class-exclusions.tsv"));
        return out;
    }

    private static List<VerbClass> load() {
        return TsvResource.rows("cue-classes.tsv").stream().map(r -> {
            EnumSet<CueLexicon.Frame> frames = EnumSet.noneOf(CueLexicon.Frame.class);
            for (String f : r[2].split(",")) {
                frames.add(CueLexicon.Frame.valueOf(f.strip().toUpperCase(Locale.ROOT)));
            }
            return new VerbClass(r[0], Integer.parseInt(r[1]), Set.copyOf(frames));
        }).toList();
    }
}
