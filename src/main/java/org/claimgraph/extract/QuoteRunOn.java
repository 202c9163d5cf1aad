package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a content on to the end of a quotation it opens: in "Roe said that the plan "was never funded. Nobody wanted
 * to pay for it."" the parser's reading stops at the first sentence's end, but the speaker's words go on to the
 * closing mark, and annotators mark the content to there (on PolNeAR dev, 30 of 34 such contents).
 */
final class QuoteRunOn {

    private QuoteRunOn() {
    }

    /** The attribution with its last content piece run on to the close of a quotation opened inside it, or as it was. */
    static Attribution complete(Attribution a, List<CharSpan> quotes) {
        List<CharSpan> content = a.content();
        CharSpan last = content.get(content.size() - 1);
        Optional<CharSpan> runsOn = quotes.stream()
                .filter(q -> last.contains(q.begin()) && q.end() > last.end())
                .findFirst();
        if (runsOn.isEmpty()) {
            return a;
        }
        CharSpan extended = new CharSpan(last.begin(), runsOn.get().end());
        // The frame itself never lies inside what was said: "“P,” she said, “Q.”" is a quote of its own after it.
        if (extended.overlaps(a.cue()) || a.source().map(m -> extended.overlaps(m.span())).orElse(false)) {
            return a;
        }
        List<CharSpan> widened = new ArrayList<>(content.subList(0, content.size() - 1));
        widened.add(extended);
        return a.withContent(widened);
    }
}
