package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;

/** Extracts every attribution of an article: direct quotes first, then reported speech, "according to" and cue nouns. */
public final class AttributionExtractor {

    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final DirectQuoteExtractor direct;
    private final IndirectSpeechExtractor indirect;
    private final AccordingToExtractor accordingTo = new AccordingToExtractor();
    private final CueNounExtractor cueNouns = new CueNounExtractor();
    private final HeadlineColonExtractor headlines = new HeadlineColonExtractor();

    /** An extractor over the given cue lexicon. */
    public AttributionExtractor(CueLexicon lexicon) {
        this.direct = new DirectQuoteExtractor(lexicon);
        this.indirect = new IndirectSpeechExtractor(lexicon);
    }

    /** An extractor over the standard cue lexicon. */
    public AttributionExtractor() {
        this(CueLexicon.standard());
    }

    /** All attributions of the article, ordered by where their content begins. */
    public List<Attribution> extract(ParsedArticle doc) {
        List<CharSpan> quotes = quoteFinder.find(doc.text());
        Set<CueToken> used = new HashSet<>();
        List<Attribution> all = new ArrayList<>(direct.extract(doc, quotes, used));
        all.addAll(indirect.extract(doc, quotes, used));
        all.addAll(accordingTo.extract(doc, quotes));
        all.addAll(cueNouns.extract(doc, quotes));
        all.addAll(headlines.extract(doc));
        all.sort(Comparator.comparing((Attribution a) -> a.content().get(0)));
        return all;
    }
}
