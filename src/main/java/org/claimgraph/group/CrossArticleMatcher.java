package org.claimgraph.group;

import java.util.Set;
import java.util.TreeSet;
import net.sf.extjwnl.data.POS;

/**
 * Decides whether claims of different articles state the same proposition, with the within-article matcher, and
 * files claims under lookup keys so that a new claim is compared only with the stored claims that share a key.
 *
 * <p>The keys follow {@link SignatureMatcher}: two signatures match only if some event of one is related to some
 * event of the other, that is equal, sharing a WordNet relative, or one's relative named in the other's gloss.
 * A claim is filed under {@code event:W} for each relative W of its events and {@code gloss:W} for each gloss word;
 * a claim searches with {@code event:W} and {@code gloss:W} for its relatives and {@code event:W} for its gloss
 * words. So every pair the matcher accepts shares a key; keep the two classes in step.
 */
public final class CrossArticleMatcher {

    /** Prefix of keys that name a relative of an event (the lemma itself, a synonym or a derivation). */
    public static final String EVENT_KEY = "event:";
    /** Prefix of keys that name a word of an event's gloss. */
    public static final String GLOSS_KEY = "gloss:";

    private static final int MIN_GLOSS_WORD = 4;

    private final WordNet wordNet = new WordNet();
    private final SignatureMatcher matcher = new SignatureMatcher(wordNet);

    /** True when the two claims state the same proposition: a related event and a related argument. */
    public boolean same(PortableSignature a, PortableSignature b) {
        return matcher.same(a.toSignature(), b.toSignature());
    }

    /** The keys to file a claim under; empty for a claim without events, which matches nothing. */
    public Set<String> filingKeys(PortableSignature s) {
        Set<String> keys = new TreeSet<>();
        for (ClaimSignature.Term e : s.toSignature().events()) {
            relatives(e).forEach(w -> keys.add(EVENT_KEY + w));
            gloss(e).forEach(w -> keys.add(GLOSS_KEY + w));
        }
        return keys;
    }

    /** The keys to look a claim's candidates up with: every claim it could match is filed under one of them. */
    public Set<String> searchKeys(PortableSignature s) {
        Set<String> keys = new TreeSet<>();
        for (ClaimSignature.Term e : s.toSignature().events()) {
            for (String w : relatives(e)) {
                keys.add(EVENT_KEY + w);
                if (w.length() >= MIN_GLOSS_WORD) {
                    keys.add(GLOSS_KEY + w);
                }
            }
            gloss(e).forEach(w -> keys.add(EVENT_KEY + w));
        }
        return keys;
    }

    private Set<String> relatives(ClaimSignature.Term t) {
        POS pos = pos(t);
        Set<String> out = new TreeSet<>();
        out.add(t.lemma());
        if (pos != null) {
            wordNet.relatives(t.lemma(), pos).stream().filter(w -> !SignatureReader.noise().contains(w))
                    .forEach(out::add);
        }
        return out;
    }

    private Set<String> gloss(ClaimSignature.Term t) {
        POS pos = pos(t);
        Set<String> out = new TreeSet<>();
        if (pos != null) {
            wordNet.glossWords(t.lemma(), pos).stream()
                    .filter(w -> w.length() >= MIN_GLOSS_WORD && !SignatureReader.noise().contains(w))
                    .forEach(out::add);
        }
        return out;
    }

    private static POS pos(ClaimSignature.Term t) {
        return switch (t.kind()) {
            case NOUN -> POS.NOUN;
            case VERB -> POS.VERB;
            case ADJECTIVE -> POS.ADJECTIVE;
            case NAME -> null;
        };
    }
}
