package org.claimgraph.group;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.data.POS;
import org.claimgraph.lexicon.TsvResource;

/**
 * Tells claims whose events are opposites: WordNet antonyms ("increase" / "decrease", "win" / "lose"; for
 * adjectives also the words similar to the antonym, "deliberate" / "accidental", and for nouns those of the adjective
 * derived from them, "accident" / "deliberate"), contrary predicates ({@code contrary-predicates.tsv}: "stay" /
 * "leave") or words of opposite directions of change ({@code opposite-directions.tsv}: "rise" / "fall", "keep" /
 * "lose"), and claims whose events state different directions. A sentence embedding rates such claims alike
 * ("prices rise" ~ "prices fall"), so they must never be joined on its evidence.
 */
final class OppositeEvents {

    /** The directions of change of each listed event lemma ("cut": down, lose). */
    private static final Map<String, Set<String>> DIRECTIONS = new HashMap<>();
    /** The opposite of each direction ("up": "down"). */
    private static final Map<String, String> OPPOSITE = new HashMap<>();

    /** The lemmas each listed lemma contradicts ("stay": "leave", "quit"), both ways. */
    private static final Map<String, Set<String>> CONTRARY = new HashMap<>();

    static {
        for (String[] row : TsvResource.rows("contrary-predicates.tsv")) {
            for (String one : row[0].split(",")) {
                for (String other : row[1].split(",")) {
                    CONTRARY.computeIfAbsent(one.strip(), k -> new HashSet<>()).add(other.strip());
                    CONTRARY.computeIfAbsent(other.strip(), k -> new HashSet<>()).add(one.strip());
                }
            }
        }
        for (String[] row : TsvResource.rows("opposite-directions.tsv")) {
            OPPOSITE.put(row[0], row[1]);
            for (String lemma : row[2].split(",")) {
                DIRECTIONS.computeIfAbsent(lemma.strip(), k -> new HashSet<>()).add(row[0]);
            }
        }
    }

    /**
     * The direction of things staying as they are ("keep", "stay", "remain"): a statement of it against one of a
     * change ("close", "leave") denies the change, whichever was told first.
     */
    private static final String STATUS_QUO = "keep";

    /** The directions of amounts ("rise", "cut"), whose claims are about a figure as much as a direction. */
    private static final Set<String> AMOUNTS = Set.of("up", "down");

    private final WordNet wordNet;
    /** The WordNet opposites of each word by part of speech, as pairs of events are compared again and again. */
    private final Map<String, Set<String>> opposites = new ConcurrentHashMap<>();

    OppositeEvents(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    /** True when some event of one claim is an antonym of, or goes the opposite way to, some event of the other. */
    boolean opposed(ClaimSignature a, ClaimSignature b) {
        for (ClaimSignature.Term x : a.events()) {
            for (ClaimSignature.Term y : b.events()) {
                if (opposite(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when one claim states an intent ({@link ClaimDetails#INTENT}: "was started deliberately") and the other,
     * stating none, an event opposite to that intent ("the fire was an accident"): the intent is the point of the
     * first claim, and the second denies it. Other details must be compared without intents then
     * ({@link ClaimDetails#withoutIntent}), as the two differ in intent by being opposites.
     */
    boolean opposedIntent(ClaimSignature a, Set<String> aDetails, ClaimSignature b, Set<String> bDetails) {
        return statesOppositeOfIntent(a, bDetails) && ClaimDetails.ofKind(aDetails, ClaimDetails.INTENT).isEmpty()
                || statesOppositeOfIntent(b, aDetails) && ClaimDetails.ofKind(bDetails, ClaimDetails.INTENT).isEmpty();
    }

    /** True when some event of the claim is opposite to an intent of the details. */
    private boolean statesOppositeOfIntent(ClaimSignature s, Set<String> details) {
        for (String intent : ClaimDetails.ofKind(details, ClaimDetails.INTENT)) {
            String word = intent.substring(ClaimDetails.INTENT.length());
            ClaimSignature.Term term = new ClaimSignature.Term(word, word, ClaimSignature.Pos.ADJECTIVE);
            if (s.events().stream().anyMatch(e -> opposite(term, e))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the claims' events state different directions of change, one stating one the other does not ("the
     * chain would be sold" / "would close the chain", 0.87 by the model): a direction is the point of such a claim,
     * and the model rates any two events of one thing alike.
     */
    boolean otherDirections(ClaimSignature a, ClaimSignature b) {
        return !directions(a).equals(directions(b));
    }

    /** True when some event of the claim states that things stay as they are ("will keep the site open"). */
    static boolean keeps(ClaimSignature s) {
        return directions(s).contains(STATUS_QUO);
    }

    /**
     * True when two claims of opposite events tell a change and its reversal rather than contradict each other: one
     * placed after its report and the other not ({@link ClaimDetails#changeOverTime}: "the line has been shut" / "the
     * line will reopen"), and neither keeping things as they are, which denies the change whenever told ("will keep
     * the campus open" / "has no plans to close it").
     */
    static boolean changeAndReversal(ClaimSignature a, Set<String> aDetails, ClaimSignature b, Set<String> bDetails) {
        return ClaimDetails.changeOverTime(aDetails, bDetails) && !keeps(a) && !keeps(b);
    }

    /** True when some event of the claim is a rise or fall of an amount ("prices rose", "cut its stake"). */
    static boolean amounts(ClaimSignature s) {
        return directions(s).stream().anyMatch(AMOUNTS::contains);
    }

    private static Set<String> directions(ClaimSignature s) {
        Set<String> out = new HashSet<>();
        s.events().forEach(t -> out.addAll(DIRECTIONS.getOrDefault(t.lemma(), Set.of())));
        return out;
    }

    private boolean opposite(ClaimSignature.Term x, ClaimSignature.Term y) {
        for (String d : DIRECTIONS.getOrDefault(x.lemma(), Set.of())) {
            if (DIRECTIONS.getOrDefault(y.lemma(), Set.of()).contains(OPPOSITE.get(d))) {
                return true;
            }
        }
        if (CONTRARY.getOrDefault(x.lemma(), Set.of()).contains(y.lemma())) {
            return true;
        }
        POS px = pos(x);
        POS py = pos(y);
        return px != null && py != null && (wordNetOpposites(x.lemma(), px).contains(y.lemma())
                || wordNetOpposites(y.lemma(), py).contains(x.lemma()));
    }

    /**
     * The words WordNet makes opposite to a word: its antonyms; for an adjective also the adjectives similar to its
     * antonyms ("deliberate": "unintended", so "accidental"), as WordNet gives antonyms only between the heads of its
     * clusters; for a noun those of the adjectives derived from it ("accident": "accidental", so "deliberate").
     */
    private Set<String> wordNetOpposites(String lemma, POS pos) {
        return opposites.computeIfAbsent(pos.getKey() + lemma, k -> {
            Set<String> out = new HashSet<>(wordNet.antonyms(lemma, pos));
            if (pos == POS.ADJECTIVE) {
                out.addAll(similarToAntonyms(lemma));
            } else if (pos == POS.NOUN) {
                wordNet.ownDerivations(lemma, POS.NOUN).forEach(d -> out.addAll(similarToAntonyms(d)));
            }
            return out;
        });
    }

    /** The antonyms of an adjective with the adjectives similar to them; none for a word that is no adjective. */
    private Set<String> similarToAntonyms(String adjective) {
        Set<String> out = new HashSet<>();
        for (String antonym : wordNet.antonyms(adjective, POS.ADJECTIVE)) {
            out.add(antonym);
            out.addAll(wordNet.similarAdjectives(antonym));
        }
        return out;
    }

    /** The WordNet part of speech of a word, none for a name or a paraphrase set's name. */
    private static POS pos(ClaimSignature.Term t) {
        if (EventParaphrases.isSet(t)) {
            return null;
        }
        return switch (t.pos()) {
            case NOUN -> POS.NOUN;
            case VERB -> POS.VERB;
            case ADJECTIVE -> POS.ADJECTIVE;
            case NAME -> null;
        };
    }
}
