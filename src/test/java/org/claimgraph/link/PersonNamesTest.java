package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Person names as cross-article linking compares them. */
class PersonNamesTest {

    @Test
    void wordsAreLowerCaseAsciiWithoutInitials() {
        assertEquals(List.of("jane", "doe"), PersonNames.words("Jane A. Doe"));
        assertEquals(List.of("jose", "nunez"), PersonNames.words("José Núñez"));
        assertEquals(List.of("mary", "obrien"), PersonNames.words("Mary O'Brien"));
        assertEquals(Optional.of("doe"), PersonNames.surname("Jane Doe"));
        assertEquals(Optional.empty(), PersonNames.surname("J."));
        assertEquals(List.of(), PersonNames.words("Storm Warning\nJane Doe"));
    }

    @Test
    void aShorterNameIsATailOfTheFullOne() {
        assertTrue(PersonNames.isTailOf(List.of("doe"), List.of("jane", "doe")));
        assertFalse(PersonNames.isTailOf(List.of("jane"), List.of("jane", "doe")));
        assertFalse(PersonNames.isTailOf(List.of("jane", "doe"), List.of("jane", "doe")));
        assertFalse(PersonNames.isTailOf(List.of(), List.of("doe")));
    }

    @Test
    void aGenerationalSuffixIsNoSurnameAndStaysApartFromAnother() {
        assertEquals(Optional.of("kessler"), PersonNames.surname("Robert Kessler Jr."));
        assertTrue(PersonNames.isTailOf(List.of("kessler"), List.of("robert", "kessler", "jr")));
        assertFalse(PersonNames.isTailOf(List.of("robert", "kessler"), List.of("robert", "kessler", "jr")));
        assertFalse(PersonNames.isTailOf(List.of("kessler", "jr"), List.of("robert", "kessler", "sr")));
    }
}
