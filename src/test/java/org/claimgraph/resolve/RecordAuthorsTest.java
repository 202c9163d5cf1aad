package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A record or an inquiry that names its maker ("a survey by Kestrel Analytics found …") speaks for the maker; one
 * that names only whom it asked ("a survey of 500 nurses") stays the record.
 */
class RecordAuthorsTest {

    private static final String TEXT = "Drivers ignore speed limits\n\n"
            + "A survey by Kestrel Analytics found that most drivers ignored the new limit. "
            + "New research from the Harwell Institute (HI) shows that fines rarely change habits. "
            + "A separate survey of 500 nurses found that night shifts had grown longer.";

    private static ResolvedText resolved;

    @BeforeAll
    static void resolve() {
        resolved = ResolvedText.of("limits.txt", TEXT);
    }

    @Test
    void aSurveyByANamedBodyIsTheBodys() {
        assertEquals("Kestrel Analytics", resolved.speakerOfContent("most drivers ignored").label());
    }

    @Test
    void researchFromANamedBodyIsTheBodys() {
        assertEquals("Harwell Institute (HI)", resolved.speakerOfContent("fines rarely change").label());
    }

    @Test
    void aSurveyOfTheAskedStaysTheSurvey() {
        assertEquals("separate survey of 500 nurses", resolved.speakerOfContent("night shifts").label());
    }
}
