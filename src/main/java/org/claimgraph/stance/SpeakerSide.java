package org.claimgraph.stance;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;
import org.claimgraph.resolve.Actor;
import org.claimgraph.resolve.ActorNouns;
import org.claimgraph.resolve.ActorType;

/**
 * Who counts as the speaker's own side in what the speaker says: the speaker ("we", "I", "she said she …") and the
 * body the speaker speaks for ("the company" in the words of its chief executive, or of the company itself). What
 * that side is said to rule out or deny, the speaker denies.
 */
final class SpeakerSide {

    /** No speaker known: nobody's side. */
    static final SpeakerSide NONE = new SpeakerSide(null);

    /** Personal pronouns by the person they point to ("we": "first-plural"). */
    private static final Map<String, String> PERSONS = TsvResource.pairs("pronoun-persons.tsv");
    /** Personal pronouns other than "you": in reported speech they point to the speaker or the speaker's side. */
    private static final Set<String> OWN_PRONOUNS = pronouns(person -> !person.equals("second"));
    /** First-person pronouns: in a quotation or in reported speech alike they point to the speaker's side. */
    private static final Set<String> FIRST_PERSON = pronouns(person -> person.startsWith("first"));
    /** How a role written out names the body of the office ("Tellora's chief technology officer", "head of X"). */
    private static final Set<String> OFFICE_OF = Set.of("'s ", "\u2019s ", " of ", " at ");

    private final Actor speaker;

    private SpeakerSide(Actor speaker) {
        this.speaker = speaker;
    }

    /** The side of this speaker; {@code null} gives {@link #NONE}. */
    static SpeakerSide of(Actor speaker) {
        return speaker == null ? NONE : new SpeakerSide(speaker);
    }

    /**
     * True when the subject is a personal pronoun other than "you", or a definite description of a body ("the
     * company") that the speaker is, or holds an office in. Names and other descriptions ("the regulator" in an
     * analyst's words) are someone else, whose ruling the speaker only reports.
     */
    boolean includes(ParsedSentence s, IndexedWord subject) {
        if (speaker == null) {
            return false;
        }
        String word = subject.word().toLowerCase(Locale.ROOT);
        if (subject.tag() != null && subject.tag().startsWith("PRP")) {
            return OWN_PRONOUNS.contains(word);
        }
        boolean definite = s.children(subject, "det").stream().anyMatch(d -> d.word().equalsIgnoreCase("the"));
        // A noun that describes a body ("the company", "the ministry").
        boolean body = ActorNouns.typeOf(subject.lemma()).filter(t -> t == ActorType.ORGANIZATION).isPresent();
        if (!definite || !body) {
            return false;
        }
        if (speaker.type() == ActorType.ORGANIZATION) {
            // The body itself, when the text describes it so ("Tellora said the company had …").
            return speaker.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).endsWith(word));
        }
        return speaker.type() == ActorType.PERSON && speaker.roles().stream().anyMatch(SpeakerSide::namesBody);
    }

    /**
     * As {@link #includes}, but a pronoun only in the first person ("we", "I"): "he" and "they" in a quotation are
     * someone the speaker talks about, and only reported speech makes them the speaker.
     */
    boolean speaks(ParsedSentence s, IndexedWord subject) {
        boolean pronoun = subject.tag() != null && subject.tag().startsWith("PRP");
        return includes(s, subject) && (!pronoun || FIRST_PERSON.contains(subject.word().toLowerCase(Locale.ROOT)));
    }

    /** True when a role as written names the body of the office: "Tellora's chief technology officer". */
    private static boolean namesBody(String role) {
        String r = " " + role.toLowerCase(Locale.ROOT) + " ";
        return OFFICE_OF.stream().anyMatch(r::contains);
    }

    /** The pronouns whose person passes the test. */
    private static Set<String> pronouns(Predicate<String> person) {
        return PERSONS.entrySet().stream().filter(e -> person.test(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
