package org.claimgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;

/**
 * Recognises set-phrases such as "That said," or ", you know," that are built on a cue verb yet report nothing
 * ({@code discourse-formulas.tsv}).
 */
final class DiscourseFormulas {

    private static final Set<String> FORMULAS = TsvResource.words("discourse-formulas.tsv");

    private DiscourseFormulas() {
    }

    /**
     * True when the attribution's source and cue together spell a formula that stands set off in the text: it
     * opens the text, a sentence, a quotation or a parenthesis, or follows a comma or dash, and punctuation follows it.
     */
    static boolean isFormula(Attribution a, String text) {
        int begin = a.source().map(s -> Math.min(s.span().begin(), a.cue().begin())).orElse(a.cue().begin());
        int end = a.source().map(s -> Math.max(s.span().end(), a.cue().end())).orElse(a.cue().end());
        String words = text.substring(begin, end).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'');
        return FORMULAS.contains(words) && opensAfterBoundary(text, begin) && closesOnPunctuation(text, end);
    }

    /** Only punctuation after the formula makes it parenthetical: "the sign that said the plant" reports. */
    private static boolean closesOnPunctuation(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && ",.;:!?)\u2014\u2013-".indexOf(text.charAt(i)) >= 0;
    }

    /** A boundary before the formula: "bottles that said, “…”" has a noun before it and does report. */
    private static boolean opensAfterBoundary(String text, int begin) {
        int i = begin - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n') {
            return true;
        }
        char c = text.charAt(i);
        if (",(\u201c\u2014\u2013-".indexOf(c) >= 0) {
            return true;
        }
        // A sentence end before it, possibly behind a closing quotation mark.
        return ".!?\"\u201d".indexOf(c) >= 0 && begin - i > 1;
    }
}
