package org.claimgraph.group;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Claims of different articles: matched as within an article, and always found through a shared key. */
class CrossArticleMatcherTest {

    private final CrossArticleMatcher matcher = new CrossArticleMatcher();

    /** Event words of several stories, some related through WordNet synonyms, derivations or glosses. */
    private static final List<String> EVENTS = List.of("verb:steal", "noun:theft", "verb:rob", "noun:robbery",
            "verb:surround", "verb:encircle", "noun:encirclement", "verb:besiege", "verb:escape", "verb:flee",
            "noun:escape", "verb:invade", "noun:invasion", "verb:attack", "noun:attack", "verb:resign",
            "noun:resignation", "verb:quit", "verb:win", "noun:victory", "verb:close", "noun:closure",
            "verb:shut", "verb:leak", "verb:copy", "verb:breach", "noun:breach", "verb:hack", "verb:confirm");

    private static PortableSignature claim(String event, String... arguments) {
        return new PortableSignature(Set.of(event), Set.of(arguments));
    }

    @Test
    void theSameEventInOtherWordsAndASharedArgumentMatch() {
        assertTrue(matcher.same(claim("verb:escape", "noun:prisoner"), claim("noun:escape", "noun:prisoner")));
        assertTrue(matcher.same(claim("verb:encircle", "noun:troop"), claim("verb:surround", "noun:troop")));
        assertFalse(matcher.same(claim("verb:escape", "noun:prisoner"), claim("verb:win", "noun:prisoner")));
        assertFalse(matcher.same(claim("verb:escape", "noun:prisoner"), claim("verb:escape", "noun:museum")));
    }

    @Test
    void everyPairTheMatcherAcceptsSharesAKey() {
        int matched = 0;
        int matchedWithoutTheSameWord = 0;
        for (String a : EVENTS) {
            for (String b : EVENTS) {
                PortableSignature x = claim(a, "noun:data");
                PortableSignature y = claim(b, "noun:data");
                if (!matcher.same(x, y)) {
                    continue;
                }
                matched++;
                if (!a.substring(a.indexOf(':')).equals(b.substring(b.indexOf(':')))) {
                    matchedWithoutTheSameWord++;
                }
                Set<String> shared = new HashSet<>(matcher.searchKeys(x));
                shared.retainAll(matcher.filingKeys(y));
                assertFalse(shared.isEmpty(), a + " matches " + b + " but finds it under no key");
            }
        }
        // Not vacuous: besides each word with itself, related words in other forms match too.
        assertTrue(matched > EVENTS.size(), "matched pairs: " + matched);
        assertTrue(matchedWithoutTheSameWord >= 6, "pairs matched through WordNet: " + matchedWithoutTheSameWord);
    }

    @Test
    void aClaimWithoutEventsHasNoKeyAndMatchesNothing() {
        PortableSignature none = new PortableSignature(Set.of(), Set.of("noun:data"));
        assertTrue(none.isEmpty());
        assertTrue(matcher.filingKeys(none).isEmpty());
        assertFalse(matcher.same(none, none));
    }

    @Test
    void unrelatedEventsRarelyShareAKey() {
        // The keys are a filter: most unrelated pairs must fall through it, or linking would compare everything.
        List<String> unrelated = new ArrayList<>();
        int sharing = 0;
        for (String a : EVENTS) {
            for (String b : EVENTS) {
                PortableSignature x = claim(a, "noun:data");
                PortableSignature y = claim(b, "noun:data");
                if (!matcher.same(x, y)) {
                    unrelated.add(a + "/" + b);
                    Set<String> shared = new HashSet<>(matcher.searchKeys(x));
                    shared.retainAll(matcher.filingKeys(y));
                    sharing += shared.isEmpty() ? 0 : 1;
                }
            }
        }
        assertTrue(sharing < unrelated.size() / 4, sharing + " of " + unrelated.size() + " unrelated pairs share a key");
    }
}
