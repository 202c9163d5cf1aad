package org.claimgraph.group;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;

/** The words a claim reader looks through to find what a claim is about, by role, from {@code claim-heads.tsv}. */
final class ClaimHeads {

    /** How a word passes the reader on to another. */
    enum Role {
        /** A noun naming a claim: on to its content, or back to an earlier claim. */
        CLAIM,
        /** A noun whose content clause is a claim ("the idea that P"), but which alone names a plan as often. */
        CONTENT,
        /** A noun counting what follows: on to its "of" phrase. */
        QUANTITY,
        /** An aspectual verb: on to its complement or object. */
        ASPECT,
        /** A support verb: on to its object noun. */
        SUPPORT,
        /** A verb of having ("have", "get"): on to the noun it takes, which is what the claim is about. */
        POSSESSION,
        /** A verb of obligation with a "to" infinitive ("would have to refund"): on to what must be done. */
        OBLIGATION,
        /** A verb of holding a view ("think", "believe"): on to its clause. */
        COGNITION,
        /** A verb of thinking whose clause is not held true ("doubt", "wonder"): not read through by its class. */
        UNHELD,
        /** A word of likelihood or ability ("likely", "set", "able"): on to its infinitive or "that" clause. */
        MODALITY,
        /** A verb of coming into a state ("fall ill", "go bankrupt"): on to the adjective naming the state. */
        BECOMING,
        /** A verb of saying whose first-person subject restates its own claim ("we said that P"): on to its clause. */
        RESTATEMENT,
        /** A verb with its preposition of holding to a claim ("stood by its story"): on to that claim noun. */
        ADHERENCE,
        /** A verb saying only that its subject's event happens ("go ahead"): on to its event-noun subject. */
        OCCURRENCE,
        /** A verb of perceiving ("see", "hear"): on to the happening perceived ("saw the crane collapse"). */
        PERCEPTION,
        /** A verb of staying in a state ("stay", "remain"): on to the adjective or participle naming the state. */
        STATE,
        /** A verb of bringing about ("lead to", "mean"): on to the event noun it brings about. */
        CONSEQUENCE,
        /** A verb of putting its object into a state ("put X at risk"): on to the state's event noun. */
        PLACING,
        /** A verb of having an act or a penalty coming ("face a fine"): on to that noun, which the subject undergoes. */
        UNDERGOING,
        /** The words of a habitual time phrase ("every time", "each time") that opens a clause saying when. */
        HABITUAL,
        /** A preposition opening a claim noun's content. */
        TOPIC,
        /** A word that, standing for the whole claim, refers back to one ("said so"). */
        REFERENCE,
        /** A word judging what was said ("wrong", "untrue", "a lie"): with a bare "that" it refers back. */
        JUDGEMENT,
        /** A pronoun that, as the subject of a judgement, stands for the claim before it ("that", "this"). */
        DEMONSTRATIVE,
        /** A determiner that makes a bare event noun name an event told before ("denied the sale"). */
        DEFINITE,
        /** A claim noun naming an accusation of a deed ("the allegation"): never a finding told as its evidence. */
        ACCUSATION,
        /** A verb of finding something ("found traces of petrol"): evidence, not the deed an accusation names. */
        FINDING,
        /** A cue citing evidence ("citing documents"): what it cites is no claim for "the claim" to refer to. */
        EVIDENCE
    }

    private static final Map<String, Set<Role>> ROLES = load();

    private ClaimHeads() {
    }

    /** True when the lemma has the role. */
    static boolean is(String lemma, Role role) {
        return lemma != null && ROLES.getOrDefault(lemma.toLowerCase(Locale.ROOT), Set.of()).contains(role);
    }

    /** True when the lemma (or a verb with its particle, "go ahead") has some role. */
    static boolean known(String lemma) {
        return lemma != null && ROLES.containsKey(lemma.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Set<Role>> load() {
        Map<String, Set<Role>> out = new HashMap<>();
        for (String[] row : TsvResource.rows("claim-heads.tsv")) {
            out.computeIfAbsent(row[0].toLowerCase(Locale.ROOT), k -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(row[1].toUpperCase(Locale.ROOT)));
        }
        return Map.copyOf(out);
    }
}
