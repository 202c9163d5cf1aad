package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;
import org.claimgraph.stance.Stance;

/** The cue verbs claimgraph recognises, each with its default stance and the frames it takes content in. */
public final class CueLexicon {

    /** Where a cue verb finds its content; FINDING is an object under a record or an inquiry (EvidenceFinding). */
    public enum Frame { CCOMP, OBJ, XCOMP, QUOTE, RAISING, FINDING }

    /**
     * One cue verb.
     *
     * @param lemma  the verb's lemma
     * @param stance the stance it gives when nothing in the content changes it
     * @param frames where it takes its content
     */
    public record Cue(String lemma, Stance stance, Set<Frame> frames, Set<String> prepositions) {
        /** True when the verb takes content in this frame. */
        public boolean takes(Frame frame) {
            return frames.contains(frame);
        }

        /** True when the verb takes content in a phrase this preposition introduces ("talk about"). */
        public boolean takesPreposition(String preposition) {
            return prepositions.contains(preposition.toLowerCase(Locale.ROOT));
        }
    }

    private static final Set<String> FRAME_NAMES =
            EnumSet.allOf(Frame.class).stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
    private static final CueLexicon DEFAULT = new CueLexicon(load("cues.tsv"));

    private static final Set<String> NOT_CUES = TsvResource.words("not-cues.tsv");
    /** CoreNLP's entity types of names, whose words are no cues. */
    private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "MISC");

    private final Map<String, Cue> cues;

    private CueLexicon(Map<String, Cue> cues) {
        this.cues = Map.copyOf(cues);
    }

    /** A cue for a verb outside the lexicon that takes a clause: it asserts, and takes its clause as content. */
    static Cue clauseCue(String lemma) {
        return new Cue(lemma.toLowerCase(Locale.ROOT), Stance.ASSERT, Set.of(Frame.CCOMP), Set.of());
    }

    /** True for verbs that take clauses without attributing them ("make sure that", "be", "ensure"). */
    public boolean isExcluded(String lemma) {
        return lemma == null || NOT_CUES.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The lexicon shipped in {@code lexicon/cues.tsv}. */
    public static CueLexicon standard() {
        return DEFAULT;
    }

    /**
     * True when the capitalised word is part of a name of several words: the tagger marks it and a neighbour as one
     * person, organisation or other named thing, or it is a verb with no subject followed by a capitalised proper
     * noun ("Ask Brennan has bought X", "the sites that Ask Brennan runs": the firm's "Ask" asks nothing; a relative
     * "that" the parser made its subject does not count). A
     * title-case headline's cue keeps its subject ("Roe Says P").
     */
    public static boolean insideName(ParsedSentence s, IndexedWord word) {
        int i = word.index();
        if (!capitalised(s.token(i).word())) {
            return false;
        }
        String ner = s.token(i).ner();
        boolean namedWithNeighbour = i > 1 && ner != null && ner.equals(s.token(i - 1).ner())
                || i < s.tokens().size() && ner != null && ner.equals(s.token(i + 1).ner());
        if (NAME_TYPES.contains(String.valueOf(ner)) && namedWithNeighbour) {
            return true;
        }
        return i < s.tokens().size() && s.token(i + 1).tag() != null && s.token(i + 1).tag().startsWith("NNP")
                && capitalised(s.token(i + 1).word())
                && !hasSubject(s, word);
    }

    /** True when the verb has a subject other than a relative word ("the sites that Ask Brennan runs"). */
    private static boolean hasSubject(ParsedSentence s, IndexedWord verb) {
        List<IndexedWord> subjects = new ArrayList<>(s.children(verb, "nsubj"));
        subjects.addAll(s.children(verb, "nsubj:pass"));
        return subjects.stream().anyMatch(w -> !(w.tag() != null && w.tag().startsWith("W")
                || w.word().equalsIgnoreCase("that")));
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** The cue with this lemma, if it is one. */
    public Optional<Cue> lookup(String lemma) {
        return lemma == null ? Optional.empty() : Optional.ofNullable(cues.get(lemma.toLowerCase(Locale.ROOT)));
    }

    /**
     * The cue this verb is in its sentence: a row naming the verb with the particle the parser hung on it ("rule
     * out" for "ruled out") or with the adjective it makes of its object ("make clear" for "made it clear"), else
     * the row of its bare lemma; a phrasal row is never matched without its second word.
     */
    public Optional<Cue> lookup(ParsedSentence s, IndexedWord verb) {
        if (verb.lemma() == null || insideName(s, verb)) {
            return Optional.empty();
        }
        for (IndexedWord particle : s.children(verb, "compound:prt")) {
            Optional<Cue> phrasal = lookup(verb.lemma(), particle.word());
            if (phrasal.isPresent()) {
                return phrasal;
            }
        }
        return resultative(s, verb).map(a -> cues.get(phrasalKey(verb.lemma(), a.word())))
                .or(() -> lookup(verb.lemma()));
    }

    /**
     * The adjective complement of a verb whose two-word row names both ("made it clear that P": "make clear"),
     * whose clause is then the cue's content: the verb's xcomp, or the adjective right after the verb or its "it"
     * when the parser hung it elsewhere ("made clear that P" with "clear" in the clause); empty for any other verb.
     */
    public Optional<IndexedWord> resultative(ParsedSentence s, IndexedWord verb) {
        if (verb.lemma() == null) {
            return Optional.empty();
        }
        int next = verb.index() + 1;
        if (next <= s.tokens().size() && s.token(next).word().equalsIgnoreCase("it")) {
            next++;
        }
        List<IndexedWord> candidates = new ArrayList<>(s.children(verb, "xcomp"));
        if (next <= s.tokens().size()) {
            candidates.add(s.node(next));
        }
        return candidates.stream()
                .filter(a -> a.tag() != null && a.tag().startsWith("JJ"))
                .filter(a -> cues.containsKey(phrasalKey(verb.lemma(), a.word())))
                .findFirst();
    }

    /** The phrasal cue of this lemma with this particle ("shoot", "back"), if a row names it. */
    public Optional<Cue> lookup(String lemma, String particle) {
        return lemma == null ? Optional.empty() : Optional.ofNullable(cues.get(phrasalKey(lemma, particle)));
    }

    /** The key of a verb with its particle, as a row of {@code cues.tsv} writes it ("rule out"). */
    private static String phrasalKey(String lemma, String particle) {
        return lemma.toLowerCase(Locale.ROOT) + " " + particle.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Cue> load(String name) {
        Map<String, Cue> out = new HashMap<>();
        for (String[] row : TsvResource.rows(name)) {
            // A phrasal row ("rule out") is keyed by lemma and particle, one space apart.
            String lemma = String.join(" ", row[0].toLowerCase(Locale.ROOT).strip().split("\\s+"));
            Stance stance = Stance.parse(row[1]);
            EnumSet<Frame> frames = EnumSet.noneOf(Frame.class);
            Set<String> prepositions = new HashSet<>();
            for (String f : row[2].split(",")) {
                String frame = f.strip().toUpperCase(Locale.ROOT);
                if (FRAME_NAMES.contains(frame)) {
                    frames.add(Frame.valueOf(frame));
                } else {
                    prepositions.add(f.strip().toLowerCase(Locale.ROOT));
                }
            }
            // A lemma listed twice (e.g. "agree that" and "agree with") takes the union of its frames.
            Cue previous = out.get(lemma);
            if (previous != null) {
                frames.addAll(previous.frames());
                prepositions.addAll(previous.prepositions());
                stance = previous.stance();
            }
            out.put(lemma, new Cue(lemma, stance, Set.copyOf(frames), Set.copyOf(prepositions)));
        }
        return out;
    }
}
