package org.claimgraph.group;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A claim's signature as plain words ("verb:escape", "noun:prisoner"), so that it can be kept in the graph and
 * matched against the claims of articles converted later.
 *
 * @param events    the event terms, each {@code pos:lemma}
 * @param arguments the argument terms, each {@code pos:lemma}
 * @param details   the figures, years and months the claim states ({@link ClaimDetails}), each {@code kind:value}
 */
public record PortableSignature(Set<String> events, Set<String> arguments, Set<String> details) {

    /** Copies the sets, sorted, so that equal signatures print and compare alike. */
    public PortableSignature {
        events = Set.copyOf(new TreeSet<>(events));
        arguments = Set.copyOf(new TreeSet<>(arguments));
        details = Set.copyOf(new TreeSet<>(details));
    }

    /** A signature without details. */
    public PortableSignature(Set<String> events, Set<String> arguments) {
        this(events, arguments, Set.of());
    }

    static PortableSignature of(ClaimSignature s) {
        return of(s, Set.of());
    }

    static PortableSignature of(ClaimSignature s, Set<String> details) {
        return new PortableSignature(encode(s.events()), encode(s.arguments()), details);
    }

    /** The terms of both signatures together: a claim stated by several statements has all their words. */
    public PortableSignature union(PortableSignature other) {
        Set<String> e = new TreeSet<>(events);
        e.addAll(other.events);
        Set<String> a = new TreeSet<>(arguments);
        a.addAll(other.arguments);
        Set<String> d = new TreeSet<>(details);
        d.addAll(other.details);
        return new PortableSignature(e, a, d);
    }

    /** True when the two claims state different figures, years, months or intents ({@link ClaimDetails#conflict}). */
    public boolean conflictsWith(PortableSignature other) {
        return ClaimDetails.conflict(details, other.details);
    }

    /** True when the claim has no event, and so can match nothing. */
    public boolean isEmpty() {
        return events.isEmpty();
    }

    /**
     * The signature to compare, with the event paraphrase sets of today's lexicon added again: a claim stored
     * before a set was written is compared as one read now would be (adding a set twice changes nothing).
     */
    ClaimSignature toSignature() {
        Set<ClaimSignature.Term> e = decode(events);
        ClaimSignature.Kind kind = e.isEmpty() ? ClaimSignature.Kind.EMPTY : ClaimSignature.Kind.SUBSTANTIVE;
        return EventParaphrases.enrich(new ClaimSignature(kind, e, decode(arguments), false, ""));
    }

    private static Set<String> encode(Set<ClaimSignature.Term> terms) {
        return terms.stream().map(t -> t.pos().name().toLowerCase(Locale.ROOT) + ":" + t.lemma())
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
                ClaimSignature.Pos pos = ClaimSignature.Pos.valueOf(t.substring(0, colon).toUpperCase(Locale.ROOT));
                String lemma = t.substring(colon + 1);
                // The word as written is not kept: the lemma stands for it in WordNet lookups.
                out.add(new ClaimSignature.Term(lemma, lemma, pos));
            } catch (IllegalArgumentException e) {
                // A part of speech this version does not know (written by another version): the term is left out.
            }
        }
        return out;
    }
}
