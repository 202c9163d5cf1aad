package org.claimgraph.group;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A claim's signature as plain words ("verb:escape", "noun:prisoner"), so that it can be kept in the graph and
 * matched against the claims of articles converted later.
 *
 * @param events    the event terms, each {@code kind:lemma}
 * @param arguments the argument terms, each {@code kind:lemma}
 */
public record PortableSignature(Set<String> events, Set<String> arguments) {

    /** Copies the sets, sorted, so that equal signatures print and compare alike. */
    public PortableSignature {
        events = Set.copyOf(new TreeSet<>(events));
        arguments = Set.copyOf(new TreeSet<>(arguments));
    }

    static PortableSignature of(ClaimSignature s) {
        return new PortableSignature(encode(s.events()), encode(s.arguments()));
    }

    /** The terms of both signatures together: a claim stated by several statements has all their words. */
    public PortableSignature union(PortableSignature other) {
        Set<String> e = new TreeSet<>(events);
        e.addAll(other.events);
        Set<String> a = new TreeSet<>(arguments);
        a.addAll(other.arguments);
        return new PortableSignature(e, a);
    }

    /** True when the claim has no event, and so can match nothing. */
    public boolean isEmpty() {
        return events.isEmpty();
    }

    ClaimSignature toSignature() {
        return new ClaimSignature(decode(events), decode(arguments));
    }

    private static Set<String> encode(Set<ClaimSignature.Term> terms) {
        return terms.stream().map(t -> t.kind().name().toLowerCase(Locale.ROOT) + ":" + t.lemma())
                .collect(Collectors.toSet());
    }

    private static Set<ClaimSignature.Term> decode(Set<String> terms) {
        Set<ClaimSignature.Term> out = new java.util.HashSet<>();
        for (String t : terms) {
            int colon = t.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            try {
                ClaimSignature.Kind kind = ClaimSignature.Kind.valueOf(t.substring(0, colon).toUpperCase(Locale.ROOT));
                out.add(new ClaimSignature.Term(t.substring(colon + 1), kind));
            } catch (IllegalArgumentException e) {
                // A kind this version does not know (written by another version): the term is left out.
            }
        }
        return out;
    }
}
