package org.claimgraph.evaluate;

/** An attribution seen as one span set per role, so gold and predictions are scored alike. */
public interface RoleSpans {

    /** The spans of a role, in code points; empty when the attribution lacks that part. */
    SpanSet spans(Role role);
}
