package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;

/**
 * Cuts from a source a relative clause that reports on its own: in "Cruz, who says the polls have tightened,
 * challenged Trump" the clause is an attribution of its own (source "who"), and news-attribution annotation ends
 * the source of "challenged" at "Cruz". A relative clause that only describes ("Cruz, who leads in Iowa, said")
 * stays in the source, as annotators mark it.
 */
final class ReportingRelativeClause {

    /** Relative pronouns that open a clause on a person or a body: "who", "which". */
    private static final Set<String> RELATIVE_PRONOUNS = TsvResource.words("relative-pronouns.tsv");

    private ReportingRelativeClause() {
    }

    /** The attributions, each source cut before a set-off relative clause that holds another attribution's cue. */
    static List<Attribution> cut(String text, List<Attribution> all) {
        return all.stream().map(a -> cut(text, a, all)).toList();
    }

    private static Attribution cut(String text, Attribution a, List<Attribution> all) {
        if (a.source().isEmpty()) {
            return a;
        }
        Mention source = a.source().get();
        Optional<Integer> clauseStart = all.stream()
                .filter(b -> b != a && b.source().isPresent() && source.span().covers(b.cue()))
                .map(b -> b.source().get().span())
                .filter(r -> source.span().covers(r) && r.begin() > source.span().begin()
                        && RELATIVE_PRONOUNS.contains(r.of(text).toLowerCase(Locale.ROOT)))
                .map(CharSpan::begin)
                .min(Integer::compare);
        if (clauseStart.isEmpty()) {
            return a;
        }
        // Only a clause set off by a comma ("Cruz, who says"): without one it restricts the noun ("those who say").
        int end = clauseStart.get();
        while (end > source.span().begin() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == source.span().begin() || text.charAt(end - 1) != ',') {
            return a;
        }
        end--;
        while (end > source.span().begin() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == source.span().begin()) {
            return a;
        }
        Mention shorter = new Mention(new CharSpan(source.span().begin(), end), source.sentence(), source.headToken());
        return new Attribution(Optional.of(shorter), a.cue(), a.cueLemma(), a.content(), a.kind(), a.sentence());
    }
}
