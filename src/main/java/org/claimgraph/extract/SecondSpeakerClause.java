package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;

/**
 * Ends a content before a joined clause whose own subject reports: in "X said P, whereas Y admitted Q" the parser
 * often hangs Y's clause inside X's content, but what Y admitted is Y's statement, not X's, and annotators end X's
 * content at P.
 */
final class SecondSpeakerClause {

    /** How each connective joins its clause ("contrast", "addition"), from {@code second-speaker-connectives.tsv}. */
    private static final Map<String, String> CONNECTIVES = TsvResource.pairs("second-speaker-connectives.tsv");

    /** Cues that report a statement of their own, from {@code reporting-cues.tsv}. */
    private static final Set<String> REPORTING_CUES = TsvResource.words("reporting-cues.tsv");

    /** Relative pronouns: "and who said" opens a description, not a second speaker's clause. */
    private static final Set<String> RELATIVE_PRONOUNS = TsvResource.words("relative-pronouns.tsv");

    /** Personal pronouns, which after "and" mostly go on with the first speaker's report. */
    private static final Set<String> PERSONAL_PRONOUNS = TsvResource.words("pronoun-persons.tsv");

    private SecondSpeakerClause() {
    }

    /** The attributions, each content ended before the first joined clause that holds another's report. */
    static List<Attribution> cut(String text, List<CharSpan> quotes, List<Attribution> all) {
        return all.stream().map(a -> cut(text, quotes, a, all)).toList();
    }

    private static Attribution cut(String text, List<CharSpan> quotes, Attribution a, List<Attribution> all) {
        Optional<Integer> connective = all.stream()
                .filter(b -> b != a && reportsInside(text, quotes, a, b))
                .map(b -> connectiveBefore(text, a, b))
                .flatMap(Optional::stream)
                .min(Integer::compare);
        return connective.map(at -> ContentCut.endBefore(text, a, at)).orElse(a);
    }

    /**
     * True when b is a report of its own whose source, cue and content follow one another inside a's content, after
     * a's cue, outside any quotation (words quoted are the speaker's own, whatever clauses they hold).
     */
    private static boolean reportsInside(String text, List<CharSpan> quotes, Attribution a, Attribution b) {
        if (b.source().isEmpty() || !REPORTING_CUES.contains(b.cueLemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        CharSpan source = b.source().get().span();
        return a.cue().end() <= a.contentExtent().begin() && source.begin() > a.contentExtent().begin()
                && inContent(a, source) && inContent(a, b.cue()) && b.content().stream().allMatch(c -> inContent(a, c))
                && source.end() <= b.cue().begin() && b.cue().end() <= b.contentExtent().begin()
                && quotes.stream().noneMatch(q -> q.overlaps(source))
                && !RELATIVE_PRONOUNS.contains(source.of(text).toLowerCase(Locale.ROOT));
    }

    /** Where the connective right before b's source begins, when there is one that joins b's clause to a's content. */
    private static Optional<Integer> connectiveBefore(String text, Attribution a, Attribution b) {
        CharSpan source = b.source().get().span();
        int end = source.begin();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        String joins = CONNECTIVES.get(text.substring(begin, end).toLowerCase(Locale.ROOT));
        boolean pronoun = PERSONAL_PRONOUNS.contains(source.of(text).toLowerCase(Locale.ROOT));
        boolean cuts = "contrast".equals(joins) || ("addition".equals(joins) && !pronoun);
        return cuts && begin > a.contentExtent().begin() ? Optional.of(begin) : Optional.empty();
    }

    private static boolean inContent(Attribution a, CharSpan span) {
        return a.content().stream().anyMatch(span::within);
    }

}
