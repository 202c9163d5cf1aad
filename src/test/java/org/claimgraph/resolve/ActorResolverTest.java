package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Speaker resolution on an article we wrote: names, pronouns, titles, bodies and anonymous groups. */
class ActorResolverTest {

    private static final String TEXT = "Prime Minister Jane Doe opened the new bridge on Monday.\n\n"
            + "“This bridge joins two towns,” she said. Doe added that tolls would be low.\n\n"
            + "The prime minister stressed that the bridge was safe.\n\n"
            + "The Ministry of Transport said that traffic would double. Officials said that repairs would start soon.";

    private static ResolvedText resolved;

    @BeforeAll
    static void resolve() {
        resolved = ResolvedText.of("bridge.txt", TEXT);
    }

    private static Actor speakerOfCue(String cue) {
        return resolved.speakerOfCue(cue);
    }

    @Test
    void pronounsSurnamesAndTitlesResolveToOnePerson() {
        Actor doe = speakerOfCue("said");
        assertEquals("Jane Doe", doe.label());
        assertEquals(ActorType.PERSON, doe.type());
        assertEquals(doe, speakerOfCue("added"));
        assertEquals(doe, speakerOfCue("stressed"));
        assertTrue(doe.aliases().contains("Doe"), doe.aliases().toString());
        assertTrue(doe.roles().stream().anyMatch(r -> r.toLowerCase().contains("prime minister")), doe.roles().toString());
    }

    @Test
    void bodiesAndCollectivesAreTheirOwnActors() {
        List<Actor> others = resolved.speakers().actors().stream().filter(a -> !a.label().equals("Jane Doe")).toList();
        assertTrue(others.stream().anyMatch(a -> a.type() == ActorType.ORGANIZATION
                && a.label().equals("Ministry of Transport") && a.named()), others.toString());
        assertTrue(others.stream().anyMatch(a -> a.type() == ActorType.GROUP && a.label().equals("Officials")
                && !a.named()), others.toString());
        assertFalse(others.stream().anyMatch(a -> a.type() == ActorType.PERSON), others.toString());
    }

    @Test
    void itIsOneBodyNeverAPluralGroup() {
        // Officials spoke last, but "it" is singular: it is the regulator.
        ResolvedText text = ResolvedText.of("rail.txt", "Rail fares\n\n"
                + "The rail regulator said on Monday that fares would rise in March. Union officials warned that "
                + "staff would strike. It added that the rise would be the smallest in a decade.");
        assertEquals(text.speakerOfCue("said"), text.speakerOfCue("added"));
    }

    @Test
    void aBodyNamedByTheFirstWordsOfItsFullNameIsThatBody() {
        ResolvedText text = ResolvedText.of("telecom.txt", "Data leak\n\n"
                + "Northwind Telecom denied on Monday that customer data had been stolen. A researcher said the files "
                + "looked genuine.\n\nNorthwind said it had contacted the police.");
        Actor full = text.speakerOfCue("denied");
        assertEquals("Northwind Telecom", full.label());
        assertEquals(full, text.speakerOfContent("contacted the police"));
    }

    @Test
    void aBodyIsNotItsOwnUnitNamedBefore() {
        ResolvedText text = ResolvedText.of("harbor.txt", "Harbor accounts\n\n"
                + "The Harbor Authority Audit Committee said on Monday that the accounts were late.\n\n"
                + "The Harbor Authority said the accounts were ready.");
        assertEquals("Harbor Authority", text.speakerOfContent("were ready").label());
    }
}
