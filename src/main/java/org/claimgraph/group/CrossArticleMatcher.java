package org.claimgraph.group;

import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether claims of different articles state the same proposition, and files claims under lookup keys so
 * that a new claim is compared only with the stored claims that share keys with it, never with all of them.
 *
 * <p>Within one article, a related event and a related argument are enough ({@link SignatureMatcher}): the
 * article's topic does the rest. Across a corpus that rule joins far too much ("Doe resigned" with "Doe's
 * resignation over taxes"), so claims of different articles must also share {@value #MIN_SHARED_ARGUMENTS} argument
 * words exactly (the same people, places and things) and at least {@value #MIN_OVERLAP} of their words in all
 * must have a related word in the other claim ({@link #overlap}). A claim is filed under its argument words, so
 * the claims it may match are those filed under two of its keys.
 */
public final class CrossArticleMatcher {

    /** Prefix of keys that name an argument word. */
    public static final String ARGUMENT_KEY = "argument:";
    /** How many argument words two claims of different articles must share, as the same lemma. */
    public static final int MIN_SHARED_ARGUMENTS = 2;
    /** The least share of related words ({@link #overlap}) for claims of different articles. */
    public static final double MIN_OVERLAP = 0.5;

    private final SignatureMatcher matcher = new SignatureMatcher(new WordNet());

    /** True when two claims of different articles state the same proposition (see the class comment). */
    public boolean same(PortableSignature a, PortableSignature b) {
        ClaimSignature x = a.toSignature();
        ClaimSignature y = b.toSignature();
        return sharedArguments(x, y) >= MIN_SHARED_ARGUMENTS && matcher.same(x, y) && overlap(x, y) >= MIN_OVERLAP;
    }

    /**
     * The share of the two claims' words, events and arguments together, that have a related word of the same
     * role in the other claim: 1 when every word has its counterpart.
     */
    public double overlap(PortableSignature a, PortableSignature b) {
        return overlap(a.toSignature(), b.toSignature());
    }

    private double overlap(ClaimSignature x, ClaimSignature y) {
        int words = x.events().size() + y.events().size() + x.arguments().size() + y.arguments().size();
        if (words == 0) {
            return 0;
        }
        int covered = covered(x.events(), y.events(), true) + covered(y.events(), x.events(), true)
                + covered(x.arguments(), y.arguments(), false) + covered(y.arguments(), x.arguments(), false);
        return covered / (double) words;
    }

    private int covered(Set<ClaimSignature.Term> xs, Set<ClaimSignature.Term> ys, boolean glosses) {
        int n = 0;
        for (ClaimSignature.Term x : xs) {
            if (ys.stream().anyMatch(y -> matcher.related(x, y, glosses))) {
                n++;
            }
        }
        return n;
    }

    private static int sharedArguments(ClaimSignature x, ClaimSignature y) {
        Set<String> shared = lemmas(x.arguments());
        shared.retainAll(lemmas(y.arguments()));
        return shared.size();
    }

    private static Set<String> lemmas(Set<ClaimSignature.Term> terms) {
        Set<String> out = new TreeSet<>();
        terms.forEach(t -> out.add(t.lemma()));
        return out;
    }

    /**
     * The keys to file a claim under, one per argument word ({@code argument:W}); none for a claim without events,
     * which matches nothing. Two claims this class accepts share {@value #MIN_SHARED_ARGUMENTS} of them.
     */
    public Set<String> keys(PortableSignature s) {
        Set<String> keys = new TreeSet<>();
        ClaimSignature sig = s.toSignature();
        if (sig.substantive()) {
            lemmas(sig.arguments()).forEach(w -> keys.add(ARGUMENT_KEY + w));
        }
        return keys;
    }
}
