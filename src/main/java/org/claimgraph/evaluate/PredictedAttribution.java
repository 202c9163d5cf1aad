package org.claimgraph.evaluate;

import java.util.List;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.CharSpan;

/**
 * One attribution the extractor found, converted to code point spans so it compares with brat gold.
 *
 * @param source  the source mention; empty when the extractor found none
 * @param cue     the cue words
 * @param content the content fragments
 */
public record PredictedAttribution(SpanSet source, SpanSet cue, SpanSet content) implements RoleSpans {

    /** Converts an extracted attribution, whose spans are UTF-16 indices into the same text. */
    public static PredictedAttribution of(Attribution a, CodePoints text) {
        SpanSet source = a.source().map(m -> toCodePoints(List.of(m.span()), text)).orElse(SpanSet.EMPTY);
        return new PredictedAttribution(source, toCodePoints(List.of(a.cue()), text),
                toCodePoints(a.content(), text));
    }

    private static SpanSet toCodePoints(List<CharSpan> spans, CodePoints text) {
        return SpanSet.of(spans.stream()
                .map(s -> new SpanSet.Range(text.codePointOffset(s.begin()), text.codePointOffset(s.end())))
                .toList());
    }
}
