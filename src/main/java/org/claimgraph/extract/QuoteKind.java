package org.claimgraph.extract;

/** How an attribution reports its content. */
public enum QuoteKind {
    /** Word for word, in quotation marks. */
    DIRECT,
    /** In the writer's words. */
    INDIRECT,
    /** In the writer's words with a quoted fragment inside. */
    MIXED
}
