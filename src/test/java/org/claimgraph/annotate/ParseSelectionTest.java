package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParseSelectionTest {

    private final ParseSelection selection = new ParseSelection(Set.of("say", "Deny", "state"), Set.of("claim"));

    private boolean needs(String spec) {
        StringBuilder text = new StringBuilder();
        List<CoreLabel> tokens = TestTokens.sentence(text, 0, spec);
        return selection.needsParse(tokens, text.toString());
    }

    @Test
    void aCueVerbByLemmaIsParsed() {
        assertTrue(needs("The/DT/O mayor/NN/O denied/VBD/O/deny it/PRP/O ./././."));
    }

    @Test
    void aCueNounIsParsed() {
        assertTrue(needs("Claims/NNS/O/claim spread/VBD/O ./././."));
    }

    @Test
    void aCueLemmaInAnotherPartOfSpeechIsNot() {
        assertFalse(needs("The/DT/O state/NN/O voted/VBD/O/vote ./././."),
                "the extractors take 'state' as a verb only");
        assertTrue(needs("Officials/NNS/O/official stated/VBD/O/state it/PRP/O ./././."));
    }

    @Test
    void accordingIsParsed() {
        assertTrue(needs("According/VBG/O/accord to/IN/O officials/NNS/O/official ,/,/O/, rain/NN/O fell/VBD/O/fall"));
    }

    @Test
    void aThatClauseIsParsedWhateverItsVerb() {
        assertTrue(needs("Aides/NNS/O/aide suspected/VBD/O/suspect that/IN/O rain/NN/O fell/VBD/O/fall"));
    }

    @Test
    void aHeadlineColonIsParsed() {
        assertTrue(needs("Doe/NNP/PERSON :/:/O/: Rain/NN/O will/MD/O fall/VB/O"));
        assertFalse(needs("Rain/NN/O fell/VBD/O/fall on/IN/O roads/NNS/O/road ,/,/O/, fields/NNS/O/field "
                + "and/CC/O farms/NNS/O/farm :/:/O/: all/DT/O flooded/VBD/O/flood"));
    }

    @Test
    void doubledApostrophesQuoteTheirParagraph() {
        StringBuilder text = new StringBuilder();
        List<CoreLabel> quoted = TestTokens.sentence(text, 0,
                "''/''/O/'' Rain/NN/O fell/VBD/O/fall ./././. ''/''/O/''");
        assertTrue(selection.needsParse(quoted, text.toString()));
    }

    @Test
    void aPlainSentenceIsSkipped() {
        assertFalse(needs("Rain/NN/O fell/VBD/O/fall on/IN/O Monday/NNP/O ./././."));
    }

    @Test
    void everySentenceOfAQuotedParagraphIsParsedAndOthersAreNot() {
        StringBuilder text = new StringBuilder();
        List<CoreLabel> opening = TestTokens.sentence(text, 0, "“/``/O/“ Rain/NN/O fell/VBD/O/fall ./././.");
        List<CoreLabel> middle = TestTokens.sentence(text, 1, "Roads/NNS/O/road closed/VBD/O/close ./././.");
        List<CoreLabel> closing = TestTokens.sentence(text, 2, "Schools/NNS/O/school shut/VBD/O ./././. ”/''/O/”");
        text.append("\n\n");
        List<CoreLabel> next = TestTokens.sentence(text, 3, "Rivers/NNS/O/river rose/VBD/O/rise ./././.");
        String all = text.toString();
        assertTrue(selection.needsParse(opening, all));
        assertTrue(selection.needsParse(middle, all), "a sentence inside a quotation, without marks of its own");
        assertTrue(selection.needsParse(closing, all));
        assertFalse(selection.needsParse(next, all), "the next paragraph holds no quotation");
    }

    @Test
    void aPersonInAppositionOrAfterATitleIsParsed() {
        assertTrue(needs("Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O/, the/DT/O mayor/NN/O ,/,/O/, left/VBD/O/leave"));
        assertTrue(needs("The/DT/O mayor/NN/O ,/,/O/, Doe/NNP/PERSON ,/,/O/, left/VBD/O/leave"));
        assertTrue(needs("Mayor/NNP/O Jane/NNP/PERSON Doe/NNP/PERSON left/VBD/O/leave ./././."));
    }

    @Test
    void aBarePersonNameIsSkipped() {
        assertFalse(needs("Jane/NNP/PERSON Doe/NNP/PERSON left/VBD/O/leave early/RB/O ./././."));
    }

    @Test
    void theStandardSelectionKnowsTheShippedCueVerbsAndNouns() {
        ParseSelection standard = ParseSelection.standard();
        StringBuilder text = new StringBuilder();
        assertTrue(standard.hasCueWord(TestTokens.sentence(text, 0, "He/PRP/O said/VBD/O/say so/RB/O")));
        assertTrue(standard.hasCueWord(TestTokens.sentence(text, 1, "The/DT/O statement/NN/O came/VBD/O/come")));
        assertFalse(standard.hasCueWord(TestTokens.sentence(text, 2, "The/DT/O rain/NN/O came/VBD/O/come")));
    }

    @Test
    void aVerbThatIsACueOnlyWithItsParticleIsParsedWithIt() {
        ParseSelection phrasal = new ParseSelection(Set.of("rule out"), Set.of());
        StringBuilder text = new StringBuilder();
        assertTrue(phrasal.hasCueWord(TestTokens.sentence(text, 0,
                "She/PRP/O ruled/VBD/O/rule out/RP/O a/DT/O deal/NN/O")));
        assertTrue(phrasal.hasCueWord(TestTokens.sentence(text, 1,
                "She/PRP/O ruled/VBD/O/rule it/PRP/O out/RP/O")), "the particle after the object");
        assertFalse(phrasal.hasCueWord(TestTokens.sentence(text, 2,
                "She/PRP/O ruled/VBD/O/rule the/DT/O land/NN/O")), "the bare verb is no cue");
    }

    @Test
    void aVerbThatIsACueByItsWordNetClassIsParsed() {
        ParseSelection standard = ParseSelection.standard();
        StringBuilder text = new StringBuilder();
        assertTrue(standard.hasCueWord(TestTokens.sentence(text, 0,
                "She/PRP/O grumbled/VBD/O/grumble rain/NN/O fell/VBD/O/fall")), "a verb of communication");
        assertFalse(standard.hasCueWord(TestTokens.sentence(text, 1,
                "A/DT/O grumble/NN/O came/VBD/O/come")), "the class is a verb's: the noun is no cue verb");
        assertFalse(standard.hasCueWord(TestTokens.sentence(text, 2,
                "They/PRP/O named/VBD/O/name the/DT/O dog/NN/O")), "an excluded verb of communication");
    }
}
