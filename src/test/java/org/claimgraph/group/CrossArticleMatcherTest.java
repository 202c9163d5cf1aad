package org.claimgraph.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Claims of different articles: the same proposition in other words matches, loose resemblance does not. */
class CrossArticleMatcherTest {

    private final CrossArticleMatcher matcher = new CrossArticleMatcher();

    private static PortableSignature claim(List<String> events, String... arguments) {
        return new PortableSignature(Set.copyOf(events), Set.of(arguments));
    }

    @Test
    void theSameEventInOtherWordsAboutTheSameThingsMatches() {
        // "surround" is linked to "encircle" only through its WordNet gloss.
        assertTrue(matcher.same(claim(List.of("verb:encircle"), "name:northern", "noun:battalion", "noun:valley"),
                claim(List.of("verb:surround"), "noun:thousand", "name:northern", "noun:battalion", "name:enemy")));
        assertTrue(matcher.same(claim(List.of("verb:steal"), "noun:hacker", "noun:data", "noun:customer"),
                claim(List.of("noun:theft"), "noun:data", "noun:customer", "name:northwind")));
    }

    @Test
    void whatAnArticleWouldJoinAcrossArticlesNeedsTheSameThingsAndMostWords() {
        PortableSignature resigns = claim(List.of("verb:resign"), "name:doe", "noun:ministry");
        PortableSignature resignation = claim(List.of("noun:resignation"), "name:doe", "noun:tax");
        // Within one article a related event and one related argument would do.
        assertTrue(new SignatureMatcher(new WordNet()).same(resigns.toSignature(), resignation.toSignature()));
        assertFalse(matcher.same(resigns, resignation));
        // Two shared arguments, but most words of the longer claim have no counterpart.
        PortableSignature short_ = claim(List.of("verb:win"), "noun:general", "noun:election");
        PortableSignature long_ = claim(List.of("verb:put", "verb:win", "verb:consider", "noun:measure"),
                "noun:general", "noun:election", "noun:money", "noun:donor", "noun:candidate", "name:doe");
        assertTrue(matcher.overlap(short_, long_) < CrossArticleMatcher.MIN_OVERLAP);
        assertFalse(matcher.same(short_, long_));
    }

    @Test
    void overlapIsTheShareOfWordsWithACounterpart() {
        PortableSignature a = claim(List.of("verb:steal"), "noun:data", "noun:customer");
        assertEquals(1.0, matcher.overlap(a, a));
        PortableSignature b = claim(List.of("verb:steal"), "noun:data", "noun:customer", "noun:billing", "noun:april");
        // Events 1 + 1 and arguments 2 + 2 of 1 + 1 + 2 + 4 words.
        assertEquals(6 / 8.0, matcher.overlap(a, b), 1e-9);
        assertTrue(matcher.same(a, b));
    }

    @Test
    void everyPairItAcceptsSharesTwoKeys() {
        List<List<String>> events = List.of(List.of("verb:steal"), List.of("noun:theft"), List.of("verb:rob"),
                List.of("verb:encircle"), List.of("verb:surround"), List.of("verb:win"), List.of("noun:victory"),
                List.of("verb:resign"), List.of("noun:resignation"));
        List<String[]> arguments = List.of(new String[] {"noun:data", "noun:customer"},
                new String[] {"noun:data", "noun:customer", "noun:bank"}, new String[] {"noun:data", "noun:bank"},
                new String[] {"name:doe", "noun:election"}, new String[] {"name:doe", "noun:election", "noun:state"});
        int accepted = 0;
        for (List<String> e1 : events) {
            for (String[] a1 : arguments) {
                for (List<String> e2 : events) {
                    for (String[] a2 : arguments) {
                        PortableSignature x = claim(e1, a1);
                        PortableSignature y = claim(e2, a2);
                        if (matcher.same(x, y)) {
                            accepted++;
                            Set<String> shared = new HashSet<>(matcher.keys(x));
                            shared.retainAll(matcher.keys(y));
                            assertTrue(shared.size() >= CrossArticleMatcher.MIN_SHARED_ARGUMENTS, x + " / " + y);
                        }
                    }
                }
            }
        }
        // Not vacuous: related events in other words (steal / theft / rob, win / victory) are accepted too.
        assertTrue(accepted > events.size() * arguments.size(), "accepted pairs: " + accepted);
    }

    @Test
    void aClaimWithoutEventsHasNoKeyAndMatchesNothing() {
        PortableSignature none = new PortableSignature(Set.of(), Set.of("noun:data", "noun:customer"));
        assertTrue(none.isEmpty());
        assertTrue(matcher.keys(none).isEmpty());
        assertFalse(matcher.same(none, none));
    }
}
