package org.claimgraph.evaluate;

/** An attribution seen as one span set per role, so gold and predictions are scored alike. */
public interface RoleSpans {

    /** The source mention's spans, in code points; empty for attributions without a source. */
    SpanSet source();

    /** The cue's spans, in code points. */
    SpanSet cue();

    /** The content's spans, in code points. */
    SpanSet content();

    /** The spans of a role, in code points; empty when the attribution lacks that part. */
    default SpanSet spans(Role role) {
        return switch (role) {
            case SOURCE -> source();
            case CUE -> cue();
            case CONTENT -> content();
        };
    }
}
