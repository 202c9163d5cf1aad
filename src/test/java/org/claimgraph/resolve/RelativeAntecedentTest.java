package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A relative pronoun that speaks ("a stranger who claimed …") stands for the noun its clause modifies, named
 * without the preposition that links that noun to the rest of its sentence ("came from a stranger").
 */
class RelativeAntecedentTest {

    private static final String TEXT = "Charity warns of fake appeal\n\n"
            + "One e-mail sent out last week came from a stranger who claimed that his savings were frozen in a "
            + "bank in Lisbon. The offer went to a retired nurse in Leeds, who said that she had deleted it at once.";

    private static ResolvedText resolved;

    @BeforeAll
    static void resolve() {
        resolved = ResolvedText.of("appeal.txt", TEXT);
    }

    @Test
    void theNounAfterAPrepositionSpeaksWithoutThePreposition() {
        assertEquals("stranger", resolved.speakerOfCue("claimed").label());
    }

    @Test
    void aDescribedPersonAfterAPrepositionIsNamedByTheDescription() {
        assertEquals("retired nurse in Leeds", resolved.speakerOfCue("said").label());
    }
}
