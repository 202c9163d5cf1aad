package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DashSpellingTest {

    private static String spelled(String spec) {
        List<CoreLabel> tokens = TestTokens.sentence(new StringBuilder(), 0, spec);
        Annotation doc = new Annotation("");
        doc.set(CoreAnnotations.TokensAnnotation.class, tokens);
        new DashSpelling(DashSpelling.NAME, new Properties()).annotate(doc);
        return tokens.stream().map(CoreLabel::word).collect(Collectors.joining(" "));
    }

    @Test
    void aHorizontalBarIsSpelledAsAnEmDash() {
        assertEquals("LEEDS — Ana Ruiz told friends",
                spelled("LEEDS/X/O ―/X/O Ana/X/O Ruiz/X/O told/X/O friends/X/O"));
    }

    @Test
    void hyphensAndKnownDashesStayAsWritten() {
        assertEquals("well-known - — –", spelled("well-known/X/O -/X/O —/X/O –/X/O"));
    }
}
