package org.claimgraph.group;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.resolve.Actor;
import org.claimgraph.resolve.ActorType;
import org.claimgraph.resolve.PersonGender;
import org.claimgraph.resolve.PersonSurname;

/**
 * Puts a named speaker's own name into what it says of itself: in "Northwind denied that it was being sold", "it" is
 * Northwind, and without the name the claim has nothing to meet "Northwind is for sale" on. Only "it" with a named
 * organisation as speaker, or "he"/"she" with a named person whose name shows that gender in a claim of a paraphrase
 * set's happening: the agreement of the two is what makes the reading safe (a person's "it" is some thing, and a
 * body's "he" someone else).
 */
final class SpeakerPronoun {

    /** The person (from {@code pronoun-persons.tsv}) of the pronoun a body uses for itself. */
    private static final String BODY_PERSON = PronounPersons.of("it");
    /** The persons "he" and "she" stand for in claims, read once from {@code pronoun-persons.tsv}. */
    private static final Map<String, String> GENDERED_PERSONS =
            Map.of("he", PronounPersons.of("he"), "she", PronounPersons.of("she"));

    private SpeakerPronoun() {
    }

    /**
     * The signature with the speaker's name added as an argument when its subject is the speaking body's "it", or
     * the speaking person's "he" or "she" when the person's name shows that gender.
     */
    static ClaimSignature withSpeaker(ClaimSignature sig, Actor speaker) {
        if (speaker == null || !sig.substantive() || !speaker.named()) {
            return sig;
        }
        String[] words = speaker.label().strip().split("\\s+");
        String name;
        if (BODY_PERSON.equals(sig.subject()) && speaker.type() == ActorType.ORGANIZATION) {
            // News shortens a body's name to its first word ("Acme Foods" becomes "Acme"), which is what other
            // claims name it by.
            name = words[0];
        } else if (speaker.type() == ActorType.PERSON && words.length > 1 && sameGender(sig.subject(), speaker)
                && sig.events().stream().anyMatch(EventParaphrases::isSet)) {
            // "Doe said he would not resign": a person speaking of "he" in the gender of the name is, in news,
            // mostly speaking of himself; other claims name the person by the surname. Only for a happening of a
            // paraphrase set (a resignation, a lawsuit), which then needs the person to tell whose it is: on every
            // claim, a misread "He sincerely believes … that P" took the speaker's name and made a wrong PolNeAR join.
            name = PersonSurname.of(speaker.label());
        } else {
            return sig;
        }
        name = name.replaceAll("(’s|'s)$", "").toLowerCase(Locale.ROOT);
        if (name.length() < 2 || !Character.isLetter(name.charAt(0))) {
            return sig;
        }
        Set<ClaimSignature.Term> arguments = new LinkedHashSet<>(sig.arguments());
        if (!arguments.add(new ClaimSignature.Term(name, name, ClaimSignature.Pos.NAME))) {
            return sig;
        }
        return new ClaimSignature(sig.kind(), sig.events(), arguments, sig.framed(), sig.subject(), sig.objects(),
                sig.definite());
    }

    /**
     * The speaker's name word for a pronoun that is the speaking body's "it" ("Brenholt said it would cut jobs"):
     * the first word of a named organisation's label, lower case; empty for any other pronoun or speaker.
     */
    static Optional<String> bodyName(String pronoun, Actor speaker) {
        if (speaker == null || !speaker.named() || speaker.type() != ActorType.ORGANIZATION
                || !BODY_PERSON.equals(PronounPersons.of(pronoun))) {
            return Optional.empty();
        }
        String name = speaker.label().strip().split("\\s+")[0].replaceAll("(’s|'s)$", "").toLowerCase(Locale.ROOT);
        return name.length() < 2 ? Optional.empty() : Optional.of(name);
    }

    /** True when the subject is "he" or "she" and the speaker's name shows that gender ("Graham", "Mrs."). */
    private static boolean sameGender(String subject, Actor speaker) {
        for (Map.Entry<String, String> e : GENDERED_PERSONS.entrySet()) {
            String pronoun = e.getKey();
            if (e.getValue().equals(subject)) {
                Optional<PersonGender.Gender> gender = PersonGender.ofName(speaker.label());
                return gender.isPresent() && gender.equals(PersonGender.ofPronoun(pronoun));
            }
        }
        return false;
    }
}
