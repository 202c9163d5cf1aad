package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * Ends a content read inside a clause that opens its sentence with a subordinator at the first comma after the cue:
 * in "While Roe said the plan was sound, she said costs had risen" or "Even as he accused X of P, Roe would not Q",
 * the main clause after the comma is no part of what the fronted clause reports, though the parser often runs the
 * content on into it.
 */
final class FrontedClause {

    /**
     * Subordinators that open a sentence: the single words of {@code subordinators.tsv} ("while"), which also open
     * a clause after a comma, and the phrases of {@code fronted-clause-phrases.tsv} ("even as").
     */
    private static final Set<String> OPENERS = Stream.concat(TsvResource.words("subordinators.tsv").stream(),
            TsvResource.words("fronted-clause-phrases.tsv").stream()).collect(Collectors.toUnmodifiableSet());

    /** Marks that close a quotation. */
    private static final String CLOSING_QUOTES = "\"”’'";

    private FrontedClause() {
    }

    /** The attributions, each content read in a fronted clause ended where the main clause begins. */
    static List<Attribution> cut(ParsedArticle doc, List<Attribution> all) {
        return all.stream().map(a -> clauseEnd(doc, a).map(end -> ContentCut.endBefore(doc.text(), a, end)).orElse(a))
                .toList();
    }

    /**
     * The first comma after the cue, when the cue's sentence opens with a subordinator, no comma stands between the
     * opener and the cue, and the content follows the cue and runs on past that comma.
     */
    private static Optional<Integer> clauseEnd(ParsedArticle doc, Attribution a) {
        String text = doc.text();
        Optional<ParsedSentence> sentence = doc.sentenceAt(a.cue().begin());
        if (sentence.isEmpty() || a.contentExtent().begin() < a.cue().end()) {
            return Optional.empty();
        }
        String opening = text.substring(sentence.get().begin(), a.cue().begin());
        if (opening.indexOf(',') >= 0 || !opensWithSubordinator(opening)) {
            return Optional.empty();
        }
        int comma = text.indexOf(',', a.cue().end());
        if (comma < 0 || comma >= sentence.get().end() || comma <= a.contentExtent().begin()) {
            return Optional.empty();
        }
        // A quotation closing right after the comma ends inside the clause: "said P has the “best record,” Q".
        boolean quoteCloses = comma + 1 < text.length() && CLOSING_QUOTES.indexOf(text.charAt(comma + 1)) >= 0;
        int end = quoteCloses ? comma + 2 : comma;
        boolean runsOn = a.content().stream()
                .anyMatch(c -> ContentCut.hasWords(text, Math.max(c.begin(), end), c.end()));
        return runsOn ? Optional.of(end) : Optional.empty();
    }

    private static boolean opensWithSubordinator(String opening) {
        String words = opening.toLowerCase(Locale.ROOT).replaceAll("^[\\W&&[^\\s]]+", "");
        return OPENERS.stream().anyMatch(o -> words.startsWith(o + " "));
    }
}
