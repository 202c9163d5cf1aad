package org.claimgraph.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds tagged tokens by hand, so annotate tests need no models: "Doe/NNP/PERSON said/VBD/O/say". */
final class TestTokens {
    private TestTokens() {
    }

    /**
     * Appends a sentence to {@code text} (after a space unless at a line start) and returns its tokens; each
     * item is word/tag/ner with an optional fourth field, the lemma (else the lower-cased word).
     */
    static List<CoreLabel> sentence(StringBuilder text, int sentIndex, String spec) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append(' ');
        }
        List<CoreLabel> tokens = new ArrayList<>();
        for (String item : spec.split(" ")) {
            String[] f = item.split("/");
            if (!tokens.isEmpty()) {
                text.append(' ');
            }
            CoreLabel t = new CoreLabel();
            t.setWord(f[0]);
            t.setValue(f[0]);
            t.setOriginalText(f[0]);
            t.setTag(f[1]);
            t.setNER(f[2]);
            t.setLemma(f.length > 3 ? f[3] : f[0].toLowerCase(Locale.ROOT));
            t.setBeginPosition(text.length());
            text.append(f[0]);
            t.setEndPosition(text.length());
            t.setIndex(tokens.size() + 1);
            t.setSentIndex(sentIndex);
            tokens.add(t);
        }
        return tokens;
    }
}
