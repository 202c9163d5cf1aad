package org.claimgraph.stance;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.CharSpan;

/** Words a claim for its label: the claim's text without negation, quotation marks and complementizers. */
final class ClaimWording {

    private static final int MAX_LENGTH = 200;

    /** The label of a claim written at these spans, dropping the given negation tokens. */
    String label(ParsedArticle doc, List<CharSpan> spans, List<CoreLabel> negations) {
        StringBuilder sb = new StringBuilder();
        String text = doc.text();
        for (CharSpan span : spans) {
            int at = span.begin();
            for (CoreLabel n : negations) {
                if (span.contains(n.beginPosition()) && n.beginPosition() >= at) {
                    sb.append(text, at, n.beginPosition());
                    at = n.endPosition();
                }
            }
            sb.append(text, at, span.end()).append(' ');
        }
        return tidy(sb.toString());
    }

    /** Removes quote marks, a leading "that"/"whether", doubled spaces and closing punctuation; caps the length. */
    static String tidy(String raw) {
        String t = raw.replace("''", "").replaceAll("[\u201C\u201D\"]", "").replaceAll("\\s+", " ").strip();
        t = t.replaceFirst("(?i)^(that|whether|if)\\s+", "");
        t = t.replaceAll("[\\s,.;:]+$", "");
        if (t.length() > MAX_LENGTH) {
            int cut = t.lastIndexOf(' ', MAX_LENGTH);
            t = t.substring(0, cut > 0 ? cut : MAX_LENGTH) + "\u2026";
        }
        return t.isEmpty() ? raw.strip() : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
