package org.claimgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TsvResourceTest {

    @Test
    void readsTheFirstColumnLowerCasedWithoutCommentsOrBlankLines() {
        assertEquals(Set.of("apple", "pear", "carrot", "lonely"), TsvResource.words("test-kinds.tsv"));
    }

    @Test
    void readsTheWordsOfOneKindOnly() {
        assertEquals(Set.of("apple", "pear"), TsvResource.words("test-kinds.tsv", "fruit"));
        assertEquals(Set.of("carrot"), TsvResource.words("test-kinds.tsv", "vegetable"));
        assertEquals(Set.of(), TsvResource.words("test-kinds.tsv", "Fruit"));
    }

    @Test
    void mapsTheFirstColumnLowerCasedToTheSecondAsWritten() {
        assertEquals(Map.of("apple", "Fruit", "carrot", "vegetable"), TsvResource.pairs("test-pairs.tsv"));
    }
}
