package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * Finds clauses the writer passes on as hearsay with an adverb and no source: "the firm has reportedly looked at
 * X". The adverb is the cue and the clause it modifies, without it, the content (hearsay-adverbs.tsv).
 */
final class HearsayAdverbExtractor {

    /** Adverbs that mark a clause as reported by someone unnamed. */
    static final Set<String> ADVERBS = TsvResource.words("hearsay-adverbs.tsv");

    /** Hearsay attributions outside quotations, skipping adverbs that already stand in another attribution's cue. */
    List<Attribution> extract(ParsedArticle doc, List<CharSpan> quotes, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            for (IndexedWord adverb : s.nodes()) {
                if (!ADVERBS.contains(adverb.word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                CharSpan cue = new CharSpan(s.token(adverb.index()).beginPosition(),
                        s.token(adverb.index()).endPosition());
                // "reportedly said": the adverb is already part of the verb's cue.
                boolean taken = found.stream().anyMatch(a -> a.cue().overlaps(cue));
                if (!taken && quotes.stream().noneMatch(q -> q.contains(cue.begin()))) {
                    attribution(doc.text(), s, adverb, cue, quotes).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static Optional<Attribution> attribution(String text, ParsedSentence s, IndexedWord adverb,
                                                     CharSpan cue, List<CharSpan> quotes) {
        Optional<IndexedWord> clause = s.parent(adverb).filter(h -> s.relationToParent(adverb).equals("advmod"));
        if (clause.isEmpty()) {
            return Optional.empty();
        }
        List<CharSpan> content = TreeSpans.runs(s, s.subtree(clause.get(), List.of(adverb)), text);
        if (content.isEmpty() || content.stream().anyMatch(c -> c.overlaps(cue))) {
            return Optional.empty();
        }
        QuoteKind kind = QuoteKind.indirectOrMixed(content, quotes);
        return Optional.of(new Attribution(Optional.empty(), cue, adverb.word().toLowerCase(Locale.ROOT), content,
                kind, s.index()));
    }
}
