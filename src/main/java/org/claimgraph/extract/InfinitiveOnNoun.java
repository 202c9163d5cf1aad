package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Optional;
import org.claimgraph.annotate.ParsedSentence;

/**
 * Finds who does an infinitive that describes a noun the sentence equates with someone: "Walker is one of the first
 * speakers to confirm X", "I became the first member of Congress to endorse him", "The first member to endorse him
 * was Rep. Chris Collins". The parser hangs the infinitive on the noun, which has no subject of its own; the one
 * the copula (or "became", "remains") equates it with does what the infinitive says.
 */
final class InfinitiveOnNoun {

    private InfinitiveOnNoun() {
    }

    /**
     * The one who does a to-infinitive hung on a noun: the subject of the copula or linking verb whose predicate the
     * noun is, or the predicate a copula gives the noun as subject; only someone who can act. Empty otherwise
     * ("no plans to endorse", "an attempt to attack" name no one).
     */
    static Optional<IndexedWord> doer(ParsedSentence s, IndexedWord infinitive) {
        boolean toInfinitive = isToInfinitive(s, infinitive);
        Optional<IndexedWord> parent = s.parent(infinitive);
        if (!toInfinitive || parent.isEmpty()) {
            return Optional.empty();
        }
        IndexedWord noun = partitiveHead(s, parent.get());
        // "Walker is one of the first speakers to confirm": the copula's subject.
        if (!s.children(noun, "cop").isEmpty()) {
            return activeSubject(s, noun);
        }
        Optional<IndexedWord> governor = s.parent(noun);
        if (governor.isEmpty()) {
            return Optional.empty();
        }
        String relation = s.relationToParent(noun);
        // "I became the first member of Congress to endorse him": the linking verb's subject.
        if (relation.equals("xcomp") && governor.get().tag() != null && governor.get().tag().startsWith("VB")) {
            return activeSubject(s, governor.get());
        }
        // "The first member of Congress to endorse him was Rep. Chris Collins": the predicate the copula names.
        if (relation.equals("nsubj") && !s.children(governor.get(), "cop").isEmpty()
                && CueFrames.canAct(s, governor.get())) {
            return governor;
        }
        return Optional.empty();
    }

    /**
     * True for a to-infinitive hung on a noun or an adjective that no impersonal "it" holds: "the opportunity to see
     * X", "eager to believe X", "no obligation to disclose X". With no one named to do it, such an infinitive is a
     * purpose, a chance or a disposition, not a report; gold gives its cue the governing words and a source ("most
     * willing to attack") or leaves it out. "It is time to say P" and "it is easy to criticize P" stay reports.
     */
    static boolean unheld(ParsedSentence s, IndexedWord infinitive) {
        boolean toInfinitive = isToInfinitive(s, infinitive);
        Optional<IndexedWord> parent = s.parent(infinitive);
        if (!toInfinitive || parent.isEmpty() || parent.get().tag() == null) {
            return false;
        }
        String tag = parent.get().tag();
        boolean nominal = tag.startsWith("NN") || tag.startsWith("JJ");
        boolean impersonal = !s.children(parent.get(), "expl").isEmpty() || s.children(parent.get(), "nsubj").stream()
                .anyMatch(n -> n.word().equalsIgnoreCase("it"));
        return nominal && !impersonal;
    }

    /**
     * The subject that holds the infinitive when the doer is the copula's predicate ("The first member to endorse
     * him was X"): it is what X is said to be, not part of X's mention.
     */
    static Optional<IndexedWord> describingSubject(ParsedSentence s, IndexedWord infinitive, IndexedWord doer) {
        return s.parent(infinitive).map(n -> partitiveHead(s, n))
                .filter(n -> s.relationToParent(n).equals("nsubj") && s.parent(n).map(doer::equals).orElse(false));
    }

    /** "one of the last luminaries": the number or pronoun that heads the partitive, else the noun itself. */
    private static IndexedWord partitiveHead(ParsedSentence s, IndexedWord noun) {
        Optional<IndexedWord> up = s.parent(noun);
        boolean partitive = s.relationToParent(noun).equals("nmod") && up.isPresent()
                && s.children(noun, "case").stream().anyMatch(c -> c.word().equalsIgnoreCase("of"))
                && "CD".equals(up.get().tag());
        return partitive ? up.get() : noun;
    }

    /** The active subject of a word, when it can act. */
    private static Optional<IndexedWord> activeSubject(ParsedSentence s, IndexedWord word) {
        return s.children(word, "nsubj").stream()
                .filter(n -> !s.relationToParent(n).equals("nsubj:pass") && CueFrames.canAct(s, n))
                .findFirst();
    }

    /** True when "to" marks the verb before it: "to disclose". */
    private static boolean isToInfinitive(ParsedSentence s, IndexedWord verb) {
        return s.children(verb, "mark").stream()
                .anyMatch(m -> m.word().equalsIgnoreCase("to") && m.index() < verb.index());
    }
}
