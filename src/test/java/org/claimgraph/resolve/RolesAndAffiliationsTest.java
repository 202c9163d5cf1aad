package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Roles and affiliations from premodifiers, appositions and descriptions, and pronouns that point elsewhere. */
class RolesAndAffiliationsTest {

    private static final String TEXT = "date 2025-04-02 Port talks\n\n"
            + "U.S. special envoy Mark Bell said that the port would reopen. "
            + "Paul Grant, head of the Transport Ministry, said that ferries would run daily. "
            + "Grant added that fees would fall. Lisa Moor, the Canadian trade minister, said that exports grew. "
            + "The minister said that imports fell.\n\n"
            + "Officials in Ottawa, who spoke on condition of anonymity, said that the deal was close.\n\n"
            + "“I have never seen such a queue,” Sara Holm said. Sara promised that the queue would shrink.";

    private static ResolvedText resolved;

    @BeforeAll
    static void resolve() {
        resolved = ResolvedText.of("port.txt", TEXT);
    }

    private static Actor speakerOfCue(String cue) {
        return resolved.speakerOfCue(cue);
    }

    private static Actor named(String label) {
        return resolved.named(label);
    }

    @Test
    void aPremodifyingDemonymNamesTheCountry() {
        Actor bell = named("Mark Bell");
        assertTrue(bell.roles().contains("U.S. special envoy"), bell.roles().toString());
        assertEquals(List.of("United States"), List.copyOf(bell.affiliations()));
    }

    @Test
    void anAppositionNamesTheOrganisationOrTheCountry() {
        Actor grant = named("Paul Grant");
        assertTrue(grant.roles().contains("head of the Transport Ministry"), grant.roles().toString());
        assertEquals(List.of("Transport Ministry"), List.copyOf(grant.affiliations()));
        assertEquals(grant, speakerOfCue("added"));
        Actor moor = named("Lisa Moor");
        assertEquals(List.of("Canada"), List.copyOf(moor.affiliations()));
    }

    @Test
    void theMinisterIsThePersonOfThatRoleNamedBefore() {
        List<Actor> saidBy = resolved.attributions().stream().filter(a -> a.source().map(s -> s.span().of(TEXT)
                .equals("The minister")).orElse(false)).map(resolved.speakers()::of).toList();
        assertEquals(List.of(named("Lisa Moor")), saidBy);
    }

    @Test
    void aFirstPersonSourceInsideAQuoteAndALoneFirstNameAreTheSpeaker() {
        Actor holm = named("Sara Holm");
        assertEquals(holm, speakerOfCue("promised"));
        assertTrue(holm.aliases().contains("Sara"), holm.aliases().toString());
        assertEquals("Sara Holm", holm.label());
    }

    @Test
    void aRelativePronounIsTheNounItsClauseModifies() {
        resolved.speakers().actors().forEach(a -> assertTrue(!a.label().equalsIgnoreCase("who"), resolved.speakers().actors().toString()));
    }
}
