package org.claimgraph.evaluate.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fixture sets hold what they are meant to test: stories told across articles, and distractors. */
class ClaimSetsTest {

    private static final Path ROOT = Path.of("src/test/resources/claims");

    private static Map<String, Set<String>> articlesByClaim(ClaimSet set) {
        return set.expected().stream().collect(Collectors.groupingBy(ExpectedStatement::claim,
                Collectors.mapping(ExpectedStatement::article, Collectors.toSet())));
    }

    @Test
    void oneStoryIsToldByAtLeastThreeArticlesAndAnotherByTwo() {
        ClaimSet takeover = ClaimSet.open(ROOT.resolve("takeover"));
        assertTrue(articlesByClaim(takeover).get("takeover").size() >= 3);
        assertTrue(articlesByClaim(takeover).get("job-cuts").size() >= 3);
        ClaimSet breach = ClaimSet.open(ROOT.resolve("breach"));
        assertEquals(2, articlesByClaim(breach).get("data-stolen").size());
    }

    @Test
    void theAssortedArticlesShareNoClaim() {
        ClaimSet assorted = ClaimSet.open(ROOT.resolve("assorted"));
        assertEquals(5, assorted.articleNames().size());
        assertTrue(articlesByClaim(assorted).values().stream().allMatch(articles -> articles.size() == 1));
    }

    @Test
    void everyStanceAppearsInEverySetOfOurOwn() {
        for (String name : List.of("takeover", "breach", "assorted")) {
            Set<String> stances = new HashSet<>();
            ClaimSet.open(ROOT.resolve(name)).expected().forEach(r -> stances.add(r.stance()));
            assertEquals(Set.of("Assert", "Deny", "Question"), stances, name);
        }
    }
}
