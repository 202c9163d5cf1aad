package org.claimgraph.stance;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.CharSpan;

/**
 * Words a claim for its label in positive form: the claim's text with the edits that make it positive (a
 * negation dropped, "no" turned into "some", distance markers dropped), without quotation marks, a leading
 * complementizer or conjunction, or closing punctuation; first letter capitalised, length capped. A claim read
 * in two pieces around a perception ("the towns" … "as the likeliest winners") is joined by a copula.
 */
final class ClaimWording {

    private static final int MAX_LENGTH = 200;
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "we", "you", "them");

    /** The label of a claim written at these spans, with the given edits applied where they fall inside. */
    String label(ParsedArticle doc, List<CharSpan> spans, List<LabelEdit> edits) {
        List<LabelEdit> ordered = edits.stream().sorted(Comparator.comparing(LabelEdit::span)).toList();
        StringBuilder sb = new StringBuilder();
        String text = doc.text();
        CharSpan previous = null;
        for (CharSpan span : spans) {
            int at = span.begin();
            if (previous != null && startsWithAs(text, span) && !hasVerb(doc, previous)) {
                // "The towns [are widely seen] as the likeliest winners" claims the towns are the likeliest winners.
                sb.append(plural(doc, previous) ? "are " : "is ");
                at = span.begin() + 3;
            }
            previous = span;
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

    private static boolean startsWithAs(String text, CharSpan span) {
        return span.end() - span.begin() > 3 && text.regionMatches(true, span.begin(), "as ", 0, 3);
    }

    // A quote split around its cue can go on with "as" too ("“We will act,” she said, “as soon as we can.”");
    // only a piece that is a mere noun phrase is the perceived thing.
    private static boolean hasVerb(ParsedArticle doc, CharSpan piece) {
        return tokensOf(doc, piece).stream().anyMatch(t -> t.tag() != null && t.tag().startsWith("VB"));
    }

    private static List<CoreLabel> tokensOf(ParsedArticle doc, CharSpan piece) {
        return doc.sentenceAt(piece.begin()).map(s -> s.tokens().stream()
                .filter(t -> t.endPosition() <= piece.end() && t.beginPosition() >= piece.begin()).toList())
                .orElse(List.of());
    }

    /** True when the piece ends in a plural noun or pronoun ("the two towns", "they"): it takes "are". */
    private static boolean plural(ParsedArticle doc, CharSpan piece) {
        return tokensOf(doc, piece).stream()
                .filter(t -> t.tag() != null && (t.tag().startsWith("NN") || t.tag().equals("PRP")))
                .reduce((a, b) -> b)
                .map(t -> t.tag().equals("NNS") || t.tag().equals("NNPS")
                        || PLURAL_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)))
                .orElse(false);
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
