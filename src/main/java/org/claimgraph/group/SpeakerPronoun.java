package org.claimgraph.group;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;
import org.claimgraph.resolve.Actor;
import org.claimgraph.resolve.ActorType;

/**
 * Puts a named body's own name into what it says of itself: in "Northwind denied that it was being sold", "it" is
 * Northwind, and without the name the claim has nothing to meet "Northwind is for sale" on. Only "it" with a named
 * organisation as speaker: a body reporting on itself says "it", and the agreement of the two is what makes the
 * reading safe (a person's "it" is some thing, and a body's "he" someone else).
 */
final class SpeakerPronoun {

    /** The person (from {@code pronoun-persons.tsv}) of the pronoun a body uses for itself. */
    private static final String BODY_PERSON = personOf("it");

    private SpeakerPronoun() {
    }

    /** The signature with the speaker's name added as an argument when its subject is the speaking body's "it". */
    static ClaimSignature withSpeaker(ClaimSignature sig, Actor speaker) {
        if (speaker == null || !sig.substantive() || !BODY_PERSON.equals(sig.subject())
                || speaker.type() != ActorType.ORGANIZATION || !speaker.named()) {
            return sig;
        }
        // News shortens a body's name to its first word ("Acme Foods" becomes "Acme"), which is what other
        // claims name it by.
        String first = speaker.label().strip().split("\\s+")[0].replaceAll("(’s|'s)$", "").toLowerCase(Locale.ROOT);
        if (first.length() < 2 || !Character.isLetter(first.charAt(0))) {
            return sig;
        }
        Set<ClaimSignature.Term> arguments = new LinkedHashSet<>(sig.arguments());
        if (!arguments.add(new ClaimSignature.Term(first, first, ClaimSignature.Pos.NAME))) {
            return sig;
        }
        return new ClaimSignature(sig.kind(), sig.events(), arguments, sig.framed(), sig.subject());
    }

    private static String personOf(String pronoun) {
        return TsvResource.rows("pronoun-persons.tsv").stream().filter(r -> r[0].equalsIgnoreCase(pronoun))
                .map(r -> r[1]).findFirst().orElse("");
    }
}
