package org.claimgraph.extract;

import java.util.List;

/** How an attribution reports its content. */
public enum QuoteKind {
    /** Word for word, in quotation marks. */
    DIRECT,
    /** In the writer's words. */
    INDIRECT,
    /** In the writer's words with a quoted fragment inside. */
    MIXED;

    /** Mixed when a quotation overlaps the content, else indirect: for readings whose cue itself quotes no one. */
    public static QuoteKind indirectOrMixed(List<CharSpan> content, List<CharSpan> quotes) {
        return content.stream().anyMatch(c -> quotes.stream().anyMatch(c::overlaps)) ? MIXED : INDIRECT;
    }
}
