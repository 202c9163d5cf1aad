package org.claimgraph.group;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.data.POS;
import org.claimgraph.lexicon.TsvResource;

/**
 * Tells claims whose events are opposites: WordNet antonyms ("increase" / "decrease", "win" / "lose") or words of
 * opposite directions of change ({@code opposite-directions.tsv}: "rise" / "fall", "keep" / "lose"), and claims
 * whose events state different directions. A sentence embedding rates such claims alike ("prices rise" ~ "prices
 * fall"), so they must never be joined on its evidence.
 */
final class OppositeEvents {

    /** The directions of change of each listed event lemma ("cut": down, lose). */
    private static final Map<String, Set<String>> DIRECTIONS = new HashMap<>();
    /** The opposite of each direction ("up": "down"). */
    private static final Map<String, String> OPPOSITE = new HashMap<>();

    static {
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
        POS px = pos(x);
        POS py = pos(y);
        return px != null && py != null && (wordNet.antonyms(x.lemma(), px).contains(y.lemma())
                || wordNet.antonyms(y.lemma(), py).contains(x.lemma()));
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
