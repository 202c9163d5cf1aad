package org.claimgraph.group;

import java.util.Set;

/**
 * What a claim is about, for matching: the event its main clause states ("invade", "resignation") and the
 * arguments of that event ("army", "Crimea"), as lower-case lemmas with their part of speech.
 *
 * @param kind      whether the claim states something, refers back, reports a statement, or could not be read
 * @param events    the head event, with the predicates coordinated with it
 * @param arguments the head words of the event's participants, places and times, with their name modifiers
 * @param framed    true when the claim is written as a claim noun's content ("reports of P"): its wording names
 *                  the claim rather than stating it
 * @param subject   the person of the event's pronoun subject ("third-feminine" for "she"), empty for others
 * @param objects   the head words of the event's direct objects ("sponsors" in "had lost sponsors"), a subset of
 *                  the arguments; empty when the event has none or only a pronoun ("lost it")
 * @param definite  true when the claim is only an event noun made definite ("denied the sale"): it names an event
 *                  told before rather than telling one
 */
record ClaimSignature(Kind kind, Set<Term> events, Set<Term> arguments, boolean framed, String subject,
                      Set<Term> objects, boolean definite) {

    /** A signature that is no bare definite event noun. */
    ClaimSignature(Kind kind, Set<Term> events, Set<Term> arguments, boolean framed, String subject,
                   Set<Term> objects) {
        this(kind, events, arguments, framed, subject, objects, false);
    }

    /** A signature whose objects are not known apart from its arguments: as read back from another article. */
    ClaimSignature(Kind kind, Set<Term> events, Set<Term> arguments, boolean framed, String subject) {
        this(kind, events, arguments, framed, subject, Set.of());
    }

    /** What sort of claim the signature belongs to. */
    enum Kind {
        /** A proposition with an event to match. */
        SUBSTANTIVE,
        /** A claim noun standing alone ("these claims", "the rumours"): it refers to an earlier claim. */
        ANAPHORIC,
        /** A claim noun its speaker holds to ("stood by its story"): it refers to the speaker's own earlier claim. */
        OWN_ANAPHORIC,
        /** A report that someone said something ("a statement was made by X"): a claim of its own. */
        REPORTING,
        /** Nothing to match: an unparsed sentence, or no content word. */
        EMPTY
    }

    /** A lemma with its coarse part of speech and the word as written (lower case), for WordNet's base forms. */
    record Term(String lemma, String word, Pos pos) {
    }

    /** Coarse parts of speech that WordNet distinguishes; names are matched by their words and pertainyms. */
    enum Pos { NOUN, VERB, ADJECTIVE, NAME }

    /** A signature of the given kind with nothing to match. */
    static ClaimSignature of(Kind kind) {
        return new ClaimSignature(kind, Set.of(), Set.of(), false, "");
    }

    /** True when both subjects are pronouns pointing to different persons: "she could win", "he could win". */
    boolean otherSubject(ClaimSignature o) {
        return !subject.isEmpty() && !o.subject.isEmpty() && !subject.equals(o.subject);
    }

    /** True when both claims name what the event is done to, so that those objects can be compared. */
    boolean bothHaveObjects(ClaimSignature o) {
        return !objects.isEmpty() && !o.objects.isEmpty();
    }

    /** True for a proposition that can be matched against others. */
    boolean substantive() {
        return kind == Kind.SUBSTANTIVE && !events.isEmpty();
    }
}
