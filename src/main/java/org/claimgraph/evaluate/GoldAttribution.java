package org.claimgraph.evaluate;

/**
 * One gold attribution, tied together by a brat {@code E} line; spans in code points.
 *
 * @param id      the E line's id, for messages
 * @param source  the source mention; empty for attributions without a source
 * @param cue     the cue words
 * @param content the content, all fragments ({@code Content}, {@code Content2}, ...) in one set
 */
public record GoldAttribution(String id, SpanSet source, SpanSet cue, SpanSet content) implements RoleSpans {
}
