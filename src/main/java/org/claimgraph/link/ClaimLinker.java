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
 * earliest-published article.
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
            links.detach(c);
            remaining.removeAll(leaving);
            if (remaining.size() >= 2) {
                links.regroup(remaining, first(facts, remaining));
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
            Set<Node> matches = matches(facts, article, claim, signature);
            bestGroup(facts, links, article, matches).ifPresent(group -> join(facts, links, claim, group));
        }
    }

    /** The claims of other articles that state the same proposition: looked up by key, then compared. */
    private Set<Node> matches(StoredFacts facts, Node article, Node claim, PortableSignature signature) {
        // Only claims filed under one of the claim's keys can match it (see CrossArticleMatcher and LinkingTerms).
        Map<Node, Integer> hits = new HashMap<>();
        // Its argument keys, and the story keys of its article: claims of one story are compared in any words.
        for (String key : facts.matchKeys(claim)) {
            facts.filedUnder(key, article).forEach(c -> hits.merge(c, 1, Integer::sum));
        }
        Set<Node> out = new LinkedHashSet<>();
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
                out.add(c);
            }
        });
        return out;
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
     * The group to join: one whose every member matched and which holds no claim of this article yet; the
     * largest, then the one whose canonical claim comes first.
     */
    private Optional<List<Node>> bestGroup(StoredFacts facts, LinksGraph links, Node article, Set<Node> matches) {
        Map<Node, List<Node>> groups = new LinkedHashMap<>();
        for (Node m : matches) {
            groups.computeIfAbsent(links.canonicalOf(m), links::group);
        }
        return groups.values().stream()
                .filter(g -> matches.containsAll(g))
                .filter(g -> g.stream().noneMatch(m -> facts.articleOf(m).map(article::equals).orElse(false)))
                .min(Comparator.<List<Node>>comparingInt(g -> -g.size())
                        .thenComparing(g -> facts.order(g.get(0))));
    }

    private static void join(StoredFacts facts, LinksGraph links, Node claim, List<Node> group) {
        Node canonical = group.get(0);
        List<Node> members = new ArrayList<>(group);
        members.add(claim);
        Node first = first(facts, members);
        if (first.equals(canonical)) {
            links.link(claim, canonical);
        } else {
            links.regroup(members, first);
        }
    }

    private static Node first(StoredFacts facts, Collection<Node> claims) {
        return claims.stream().min(Comparator.comparing(facts::order)).orElseThrow();
    }
}
