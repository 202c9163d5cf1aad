package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TitleCaseRecaserTest {

    private static List<CoreLabel> tokens(String spec) {
        return TestTokens.sentence(new StringBuilder(), 0, spec);
    }

    private static String recased(String spec) {
        List<CoreLabel> tokens = tokens(spec);
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        Annotation doc = new Annotation("");
        doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        new TitleCaseRecaser(TitleCaseRecaser.NAME, new Properties()).annotate(doc);
        return tokens.stream().map(CoreLabel::word).collect(Collectors.joining(" "));
    }

    @Test
    void aHeadlineInTitleCaseIsRecognised() {
        assertTrue(TitleCaseRecaser.isTitleCase(tokens("Senator/X/O Marrow/X/O Slams/X/O Bridge/X/O Tolls/X/O")));
    }

    @Test
    void aSentenceInSentenceCaseOrInCapitalsIsNot() {
        assertFalse(TitleCaseRecaser.isTitleCase(tokens("The/X/O senator/X/O slams/X/O bridge/X/O tolls/X/O")));
        assertFalse(TitleCaseRecaser.isTitleCase(tokens("SENATOR/X/O SLAMS/X/O BRIDGE/X/O TOLLS/X/O")));
    }

    @Test
    void wordsOfGrammarAndReportingVerbsAreLowerCasedAndNamesKept() {
        assertEquals("Senator Marrow tells Voters the Bridge is Safe",
                recased("Senator/X/O Marrow/X/O Tells/X/O Voters/X/O The/X/O Bridge/X/O Is/X/O Safe/X/O"));
    }

    @Test
    void theFirstWordAndAcronymsStayAsWritten() {
        assertEquals("The Board of EU Ports says IT Costs Rose",
                recased("The/X/O Board/X/O Of/X/O EU/X/O Ports/X/O Says/X/O IT/X/O Costs/X/O Rose/X/O"));
    }
}
