package org.claimgraph.stance;

import java.util.Comparator;
import java.util.List;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.CharSpan;

/**
 * Words a claim for its label in positive form: the claim's text with the edits that make it positive (a
 * negation dropped, "no" turned into "some", distance markers dropped), without quotation marks, a leading
 * complementizer or conjunction, or closing punctuation; first letter capitalised, length capped.
 */
final class ClaimWording {

    private static final int MAX_LENGTH = 200;

    /** The label of a claim written at these spans, with the given edits applied where they fall inside. */
    String label(ParsedArticle doc, List<CharSpan> spans, List<LabelEdit> edits) {
        List<LabelEdit> ordered = edits.stream().sorted(Comparator.comparing(LabelEdit::span)).toList();
        StringBuilder sb = new StringBuilder();
        String text = doc.text();
        for (CharSpan span : spans) {
            int at = span.begin();
            for (LabelEdit edit : ordered) {
                if (edit.span().within(span) && edit.span().begin() >= at) {
                    sb.append(text, at, edit.span().begin()).append(edit.replacement());
                    at = edit.span().end();
                }
            }
            sb.append(text, at, span.end()).append(' ');
        }
        return tidy(sb.toString());
    }

    /**
     * Removes quote marks, a leading "that"/"whether"/"if" and a leading "but"/"and"/"yet" (a clause cut from
     * its sentence), doubled spaces and closing punctuation; caps the length at a word.
     */
    static String tidy(String raw) {
        String t = raw.replace("''", "").replaceAll("[\u201C\u201D\"]", "").replaceAll("\\s+", " ").strip();
        t = t.replaceFirst("(?i)^(but|and|yet)\\s+", "");
        t = t.replaceFirst("(?i)^(that|whether|if)\\s+", "");
        t = t.replaceAll("\\s+([,.;:])", "$1").replaceAll("[\\s,.;:]+$", "");
        if (t.length() > MAX_LENGTH) {
            int cut = t.lastIndexOf(' ', MAX_LENGTH);
            t = t.substring(0, cut > 0 ? cut : MAX_LENGTH) + "\u2026";
        }
        return t.isEmpty() ? raw.strip() : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
