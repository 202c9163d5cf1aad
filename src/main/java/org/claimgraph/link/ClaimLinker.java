package org.claimgraph.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.claimgraph.group.CrossArticleMatcher;
import org.claimgraph.group.PortableSignature;
import org.claimgraph.group.SentenceSimilarity;

/**
 * Joins claims of different articles that state the same proposition into groups in the links graph, and takes
 * an article's claims out of their groups before the article is replaced.
 *
 * <p>As within an article, a claim joins a group only if it matches every member (complete linkage), so no chain
 * of loose resemblances pulls unrelated claims together; and a group holds at most one claim per article, since
 * the article's own grouping has already kept its claims apart. The canonical member is the claim of the
 * earliest-published article. A claim of one story stating the opposite event ({@link CrossArticleMatcher#opposed})
 * joins a group too, on the other side from the group's claim: it points at the canonical claim by
 * {@code cg:opposes} as well, and its statements take the inverted stance toward the group.
 */
final class ClaimLinker {

    private final CrossArticleMatcher matcher;

    ClaimLinker(CrossArticleMatcher matcher) {
        this.matcher = matcher;
        // The sentence model weighs claims the structure leaves open; loaded in the background meanwhile.
        SentenceSimilarity.warmUp();
    }

    /** Takes claims that are about to disappear out of their groups, electing a new canonical where needed. */
    void unlink(StoredFacts facts, LinksGraph links, Collection<Node> claims) {
        Set<Node> leaving = new HashSet<>(claims);
        for (Node c : claims) {
            Node canonical = links.canonicalOf(c);
            if (!canonical.equals(c)) {
                links.detach(c);
                continue;
            }
            List<Node> remaining = new ArrayList<>(links.pointingAt(c));
            // Read before the links go: which members stated the opposite of the leaving claim.
            Set<Node> opposite = new HashSet<>(remaining.stream().filter(links::opposes).toList());
            links.detach(c);
            remaining.removeAll(leaving);
            if (remaining.size() >= 2) {
                regroup(facts, links, remaining, opposite);
            }
        }
    }

    /** Links the claims of a newly stored article to the groups of matching claims in other articles. */
    void link(StoredFacts facts, LinksGraph links, Node article, Collection<Node> claims) {
        List<Node> ordered = new ArrayList<>(claims);
        ordered.sort(Comparator.comparing(Node::getURI));
        for (Node claim : ordered) {
            PortableSignature signature = facts.signature(claim);
            if (signature.isEmpty()) {
                continue;
            }
            Matches matches = matches(facts, article, claim, signature);
            bestGroup(facts, links, article, matches).ifPresent(choice -> join(facts, links, claim, choice));
        }
    }

    /**
     * The claims of other articles that state the same proposition ({@code same}), and those that state its opposite
     * ({@code opposed}, {@link CrossArticleMatcher#opposed}), each of the two asserted by some statement: then two
     * outlets' speakers contradict each other ("water was released" / "the gates stayed shut"). Denials of opposite
     * events contradict nothing ("did not rise" / "did not fall"), and a denial of one beside an assertion of the
     * other agree, on evidence too thin to call them one proposition ("denied planning to close the plant" days
     * before "will keep the plant open": a plan and a state).
     */
    private record Matches(Set<Node> same, Set<Node> opposed) {
    }

    /** A group to join, and whether the claim joins it on the side opposite to the group's claim. */
    private record Choice(List<Node> group, boolean opposite, boolean usesOpposition) {
    }

    /** The claims of other articles that state the same proposition or its opposite: looked up by key, compared. */
    private Matches matches(StoredFacts facts, Node article, Node claim, PortableSignature signature) {
        // Only claims filed under one of the claim's keys can match it (see CrossArticleMatcher and LinkingTerms).
        Map<Node, Integer> hits = new HashMap<>();
        // Its argument keys, and the story keys of its article: claims of one story are compared in any words.
        for (String key : facts.matchKeys(claim)) {
            facts.filedUnder(key, article).forEach(c -> hits.merge(c, 1, Integer::sum));
        }
        Set<Node> same = new LinkedHashSet<>();
        Set<Node> opposed = new LinkedHashSet<>();
        String ours = wording(facts, claim);
        // The names two articles share, once per other article: a story's articles bring all their claims.
        Map<Node, Set<String>> storyNamesWith = new HashMap<>();
        Map<Node, Set<String>> openingNamesWith = new HashMap<>();
        hits.forEach((c, n) -> {
            // A name word counts as a person's when either article names that person in full.
            List<Node> both = new ArrayList<>(List.of(article));
            facts.articleOf(c).ifPresent(both::add);
            if (n < CrossArticleMatcher.MIN_SHARED_KEYS || !near(facts, claim, c)) {
                return;
            }
            Node other = both.get(both.size() - 1);
            Predicate<String> personName = w -> facts.isPersonNameWord(w, both);
            Set<String> storyNames = storyNamesWith.computeIfAbsent(other, o -> sharedStoryNames(facts, both));
            Set<String> openingNames = openingNamesWith.computeIfAbsent(other, o -> sharedOpeningNames(facts, both));
            PortableSignature theirs = facts.signature(c);
            String theirWording = wording(facts, c);
            if (matcher.same(signature, ours, theirs, theirWording, personName, storyNames, openingNames)
                    || matcher.sameInOtherWords(signature, ours, theirs, theirWording, personName, storyNames,
                            openingNames)) {
                same.add(c);
            } else if (facts.asserted(claim) && facts.asserted(c)
                    && matcher.opposed(signature, ours, theirs, theirWording, personName, storyNames, openingNames)) {
                opposed.add(c);
            }
        });
        return new Matches(same, opposed);
    }

    /** A claim's wording as its graph keeps it: its label, in positive form ("Some school will close"). */
    private static String wording(StoredFacts facts, Node claim) {
        Set<String> labels = facts.labels(claim);
        return labels.isEmpty() ? "" : labels.iterator().next();
    }

    /**
     * The story names ({@link CrossArticleMatcher#storyNames}) the claims of both articles use, persons' names left
     * out: one person appears in many stories.
     */
    private Set<String> sharedStoryNames(StoredFacts facts, List<Node> articles) {
        return shared(facts, articles, a -> facts.storyNames(a, matcher::storyNames));
    }

    /** The story names both articles' openings use ({@link CrossArticleMatcher#openingNames}), persons' left out. */
    private Set<String> sharedOpeningNames(StoredFacts facts, List<Node> articles) {
        return shared(facts, articles, a -> facts.openingNames(a, matcher::openingNames));
    }

    private static Set<String> shared(StoredFacts facts, List<Node> articles,
            java.util.function.Function<Node, Set<String>> namesOf) {
        if (articles.size() < 2) {
            return Set.of();
        }
        Set<String> shared = new HashSet<>(namesOf.apply(articles.get(0)));
        shared.retainAll(namesOf.apply(articles.get(1)));
        shared.removeIf(w -> facts.isPersonNameWord(w, articles));
        return shared;
    }

    /** True unless both claims' articles are dated and more than {@link CrossArticleMatcher#MAX_DAYS_APART} apart. */
    private static boolean near(StoredFacts facts, Node a, Node b) {
        Optional<LocalDate> x = facts.published(a);
        Optional<LocalDate> y = facts.published(b);
        return x.isEmpty() || y.isEmpty()
                || Math.abs(ChronoUnit.DAYS.between(x.get(), y.get())) <= CrossArticleMatcher.MAX_DAYS_APART;
    }

    /**
     * The group to join: one whose every member matched, as the same claim when on the claim's side of the group and
     * as the opposite one when on the other side, and which holds no claim of this article yet; one joined without
     * any opposition first, then the largest, then the one whose canonical claim comes first.
     */
    private Optional<Choice> bestGroup(StoredFacts facts, LinksGraph links, Node article, Matches matches) {
        Map<Node, List<Node>> groups = new LinkedHashMap<>();
        Stream.concat(matches.same().stream(), matches.opposed().stream())
                .forEach(m -> groups.computeIfAbsent(links.canonicalOf(m), links::group));
        List<Choice> choices = new ArrayList<>();
        for (List<Node> g : groups.values()) {
            if (g.stream().anyMatch(m -> facts.articleOf(m).map(article::equals).orElse(false))) {
                continue;
            }
            for (boolean opposite : List.of(false, true)) {
                // A member on the claim's side must state the same, one on the other side its opposite.
                if (g.stream().allMatch(m -> (links.opposes(m) == opposite ? matches.same() : matches.opposed())
                        .contains(m))) {
                    choices.add(new Choice(g, opposite, opposite || g.stream().anyMatch(links::opposes)));
                }
            }
        }
        return choices.stream().min(Comparator.<Choice, Boolean>comparing(Choice::usesOpposition)
                .thenComparingInt(c -> -c.group().size())
                .thenComparing(c -> facts.order(c.group().get(0))));
    }

    private static void join(StoredFacts facts, LinksGraph links, Node claim, Choice choice) {
        List<Node> members = new ArrayList<>(choice.group());
        Set<Node> opposite = new HashSet<>(members.stream().filter(links::opposes).toList());
        members.add(claim);
        if (choice.opposite()) {
            opposite.add(claim);
        }
        regroup(facts, links, members, opposite);
    }

    /**
     * Makes the claims one group, {@code opposite} on the other side from the rest. The group's claim is the side of
     * the first report, unless only that side states that things stay as they are ("the gates stayed shut") and the
     * other a change ("water was released"): keeping things as they are denies the change, so the change is the
     * claim, as within an article. Its first report is the canonical claim; the other side's members oppose it.
     */
    private static void regroup(StoredFacts facts, LinksGraph links, List<Node> members, Set<Node> opposite) {
        List<Node> one = members.stream().filter(m -> !opposite.contains(m)).toList();
        List<Node> other = members.stream().filter(opposite::contains).toList();
        List<Node> claimSide = one;
        if (!other.isEmpty()) {
            boolean firstInOne = one.contains(first(facts, members));
            List<Node> firstSide = firstInOne ? one : other;
            List<Node> secondSide = firstInOne ? other : one;
            boolean firstKeeps = firstSide.stream().allMatch(m -> CrossArticleMatcher.keeps(facts.signature(m)));
            boolean secondKeeps = secondSide.stream().anyMatch(m -> CrossArticleMatcher.keeps(facts.signature(m)));
            claimSide = firstKeeps && !secondKeeps ? secondSide : firstSide;
        }
        Set<Node> inverted = new HashSet<>(members);
        inverted.removeAll(claimSide);
        links.regroup(members, first(facts, claimSide), inverted);
    }

    private static Node first(StoredFacts facts, Collection<Node> claims) {
        return claims.stream().min(Comparator.comparing(facts::order)).orElseThrow();
    }
}
