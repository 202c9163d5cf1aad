package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;

/**
 * Extracts every attribution of an article: direct quotes first, then reported speech (from the tree, then from a
 * closing frame's words), "according to", "In a poll, P", cue nouns, attitudes ("was upfront about X"), stances
 * received ("won the backing of X"), feelings stirred ("P angered X"), headline colons, perceptions without a source
 * ("seen as X"), findings "P in a poll" and hearsay ("X reportedly met Y"); of two readings of the same words, the
 * one with the wider cue; no set-off formula such as "That said," ({@link DiscourseFormulas}); inside another
 * attribution's content, only those that are statements of their own ({@link NestedStatements}); no source holding
 * a relative clause that reports on its own ({@link ReportingRelativeClause}).
 */
public final class AttributionExtractor {

    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final DirectQuoteExtractor direct;
    private final IndirectSpeechExtractor indirect;
    private final ClauseFrame clauseFrames;
    private final AccordingToExtractor accordingTo = new AccordingToExtractor();
    private final PollPhraseExtractor polls = new PollPhraseExtractor();
    private final CueNounExtractor cueNouns = new CueNounExtractor();
    private final AttitudeAdjective attitudes = new AttitudeAdjective();
    private final HeadlineColonExtractor headlines = new HeadlineColonExtractor();
    private final PerceivedAsExtractor perceivedAs = new PerceivedAsExtractor();
    private final FindingInMeasurement pollFindings = new FindingInMeasurement();
    private final HearsayAdverbExtractor hearsay = new HearsayAdverbExtractor();
    private final GivenStanceExtractor givenStances = new GivenStanceExtractor();
    private final ProvokedFeelingExtractor provokedFeelings = new ProvokedFeelingExtractor();

    /** An extractor over the given cue lexicon. */
    public AttributionExtractor(CueLexicon lexicon) {
        this.direct = new DirectQuoteExtractor(lexicon);
        this.indirect = new IndirectSpeechExtractor(lexicon);
        this.clauseFrames = new ClauseFrame(lexicon);
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
        // After the tree's reading, which keeps the cues it understood: the words' reading only fills its gaps.
        all.addAll(clauseFrames.extract(doc, quotes, used));
        all.addAll(accordingTo.extract(doc, quotes));
        all.addAll(polls.extract(doc, quotes));
        all.addAll(cueNouns.extract(doc, quotes, List.copyOf(all)));
        // "Roe was upfront about X": an attitude shown on a topic, where no reading took the words.
        all.addAll(attitudes.extract(doc, quotes, List.copyOf(all)));
        all.addAll(givenStances.extract(doc, quotes));
        all.addAll(provokedFeelings.extract(doc, quotes, List.copyOf(all)));
        all.addAll(headlines.extract(doc, quotes));
        all.addAll(perceivedAs.extract(doc, quotes));
        all.addAll(pollFindings.extract(doc, quotes, List.copyOf(all)));
        all.addAll(hearsay.extract(doc, quotes, List.copyOf(all)));
        // A set-off formula ("That said,", "you know,") is a discourse marker, not a report.
        all.removeIf(a -> DiscourseFormulas.isFormula(a, doc.text()));
        List<Attribution> kept = new ArrayList<>(all.stream().filter(a -> !readWider(a, all))
                .map(a -> InterruptedFrame.complete(doc, a))
                // "added a caveat: “P”": the words up to a colon handing over to the content join the cue.
                .map(a -> CueToColon.widen(doc, a))
                // "said that X "P. Q."": the content runs on to the close of the quotation it opened.
                .map(a -> QuoteRunOn.complete(a, quotes))
                // "said her critics “seem to think P”": the words between the cue and the quote are content too.
                .map(a -> WordsBeforeQuote.complete(doc.text(), a)).toList());
        // "He promised P, which is well known, Roe said.": the closing frame takes the whole clause.
        kept = new ArrayList<>(ClauseBeforeFrame.apply(doc, kept));
        // "While Roe said P, she said Q": a content read in a fronted clause ends where the main clause begins.
        kept = new ArrayList<>(FrontedClause.cut(doc, kept));
        // "X said P, whereas Y admitted Q": Y's clause is Y's statement, not part of what X said.
        kept = new ArrayList<>(SecondSpeakerClause.cut(doc.text(), quotes, kept));
        kept = new ArrayList<>(NestedStatements.resolve(doc, kept));
        // "Cruz, who says P, challenged Q": a relative clause that reports on its own is no part of the outer source.
        kept = new ArrayList<>(ReportingRelativeClause.cut(doc.text(), kept));
        // "“P,” said Roe, who …. “Q.”": the quote after the frame goes on with the speaker's words.
        kept = new ArrayList<>(QuoteContinuation.apply(doc.text(), quotes, kept));
        kept.sort(Comparator.comparing((Attribution a) -> a.content().get(0)));
        return kept;
    }

    /**
     * True when another attribution reads the same words with a wider cue: "expressed" beside "expressed
     * confidence" (a cue noun's reading), "seems" beside "seems to show". Annotators mark the wider cue once.
     */
    private static boolean readWider(Attribution a, List<Attribution> all) {
        return all.stream().anyMatch(b -> b != a && b.cue().covers(a.cue()) && !b.cue().equals(a.cue())
                && b.content().stream().anyMatch(c -> a.content().stream().anyMatch(c::overlaps)));
    }
}
