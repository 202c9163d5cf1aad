package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CurlyCliticsTest {

    private static String spelled(String spec) {
        List<CoreLabel> tokens = TestTokens.sentence(new StringBuilder(), 0, spec);
        Annotation doc = new Annotation("");
        doc.set(CoreAnnotations.TokensAnnotation.class, tokens);
        new CurlyClitics(CurlyClitics.NAME, new Properties()).annotate(doc);
        return tokens.stream().map(CoreLabel::word).collect(Collectors.joining(" "));
    }

    @Test
    void contractionsWithACurlyApostropheAreSpelledStraight() {
        assertEquals("They 've said we 'll go and she did n't",
                spelled("They/X/O ’ve/X/O said/X/O we/X/O ’ll/X/O go/X/O and/X/O she/X/O did/X/O n’t/X/O"));
    }

    @Test
    void quotationMarksAndOtherWordsStayAsWritten() {
        assertEquals("‘ Yes ’ , rock ’n’ roll",
                spelled("‘/X/O Yes/X/O ’/X/O ,/X/O rock/X/O ’n’/X/O roll/X/O"));
    }
}
