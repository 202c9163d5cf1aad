package org.claimgraph.wikidata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses among the items an actor's name may denote: one item is taken as it is; among several, the one whose
 * positions share the most words with the actor's roles ("Russian dictator" ~ "President of Russia"), and none
 * when no role tells them apart.
 */
final class RoleMatch {

    /** Words shorter than this ("of", "the", "U.S.") carry no office. */
    private static final int MIN_WORD = 4;

    private RoleMatch() {
    }

    /** The item to link, if the candidates and roles single one out. */
    static Optional<Candidate> choose(List<Candidate> candidates, Collection<String> roles) {
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        List<String> roleWords = words(String.join(" ", roles));
        Candidate best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Candidate c : candidates) {
            int score = score(roleWords, words(String.join(" ", c.positions())));
            if (score > bestScore) {
                best = c;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** How many of the role's words some position word is a form of. */
    static int score(List<String> roleWords, List<String> positionWords) {
        int n = 0;
        for (String r : roleWords) {
            if (positionWords.stream().anyMatch(p -> sameStem(r, p))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Two words are forms of one when they share a long beginning: "russian" and "russia", "ministry" and
     * "minister", "defence" and "defense" (no stemmer needed for the few words offices are made of).
     */
    static boolean sameStem(String a, String b) {
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common == Math.min(a.length(), b.length()) || common >= Math.max(MIN_WORD + 1,
                Math.min(a.length(), b.length()) - 2);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= MIN_WORD) {
                out.add(w);
            }
        }
        return out;
    }
}
