package org.claimgraph.evaluate;

import java.util.EnumMap;
import java.util.Map;

/** An attribution ready for scoring: its spans normalised against the text, and each role's tokens. */
public final class TokenizedAttribution implements RoleSpans {

    private final Map<Role, SpanSet> spans = new EnumMap<>(Role.class);
    private final Map<Role, TokenSet> tokens = new EnumMap<>(Role.class);

    private TokenizedAttribution() {
    }

    /** Normalises and tokenizes every role of the attribution. */
    public static TokenizedAttribution of(RoleSpans attribution, CodePoints text) {
        TokenizedAttribution t = new TokenizedAttribution();
        for (Role role : Role.values()) {
            SpanSet normal = attribution.spans(role).normalised(text);
            t.spans.put(role, normal);
            t.tokens.put(role, normal.tokens(text));
        }
        return t;
    }

    @Override
    public SpanSet spans(Role role) {
        return spans.get(role);
    }

    @Override
    public SpanSet source() {
        return spans(Role.SOURCE);
    }

    @Override
    public SpanSet cue() {
        return spans(Role.CUE);
    }

    @Override
    public SpanSet content() {
        return spans(Role.CONTENT);
    }

    /** The tokens of a role. */
    public TokenSet tokens(Role role) {
        return tokens.get(role);
    }
}
