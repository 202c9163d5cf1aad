package org.claimgraph.stance;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;

/**
 * Predicates that judge a claim true or false ("untrue", "not correct", "a lie"), from {@code truth-predicates.tsv},
 * and the nouns that name a claim, from {@code claim-nouns.tsv}.
 */
final class TruthPredicates {

    /** What a predicate says, and of what: any subject, only one that names a claim, or as an active verb. */
    private record Judgement(boolean saysTrue, String scope) {
        boolean claimsOnly() {
            return scope.equals("claim");
        }

        boolean verb() {
            return scope.equals("verb");
        }
    }

    private static final Map<String, Judgement> PREDICATES = load();
    private static final Set<String> CLAIM_NOUNS = TsvResource.words("claim-nouns.tsv");

    private TruthPredicates() {
    }

    /** True if an adjective or noun calls what it is said of true, false if false, whatever it is said of. */
    static Optional<Boolean> judgement(String lemma) {
        return find(lemma).filter(j -> !j.verb()).map(Judgement::saysTrue);
    }

    /** True if the active verb calls its subject true ("corresponds to reality"), false if false; else empty. */
    static Optional<Boolean> verbJudgement(String lemma) {
        return find(lemma).filter(Judgement::verb).map(Judgement::saysTrue);
    }

    /**
     * What an adjective or noun predicate says of this subject (true or false), empty for none, and for a
     * predicate that judges claims only ("wrong", "absurd") when the subject is a clause or a noun that names no
     * claim ("the decision").
     */
    static Optional<Boolean> judgementOf(String lemma, Optional<String> subjectNoun) {
        return find(lemma).filter(j -> !j.verb())
                .filter(j -> !j.claimsOnly() || subjectNoun.map(TruthPredicates::namesClaim).orElse(false))
                .map(Judgement::saysTrue);
    }

    /** True for nouns that name something said or believed ("report", "claim", "story", "it"). */
    static boolean namesClaim(String lemma) {
        return lemma != null && CLAIM_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    private static Optional<Judgement> find(String lemma) {
        return lemma == null ? Optional.empty() : Optional.ofNullable(PREDICATES.get(lemma.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, Judgement> load() {
        Map<String, Judgement> out = new HashMap<>();
        for (String[] row : TsvResource.rows("truth-predicates.tsv")) {
            out.put(row[0].toLowerCase(Locale.ROOT),
                    new Judgement(row[1].equalsIgnoreCase("true"), row[2].toLowerCase(Locale.ROOT)));
        }
        return Map.copyOf(out);
    }
}
