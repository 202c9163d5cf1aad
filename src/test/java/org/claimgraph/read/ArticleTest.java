package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleTest {

    @Test
    void blankingTheHeaderKeepsEveryOffset() {
        String text = " date 2025-03-17 Body starts here.";
        Article a = new Article("x.txt", text, 17, Optional.of(LocalDate.of(2025, 3, 17)), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
        String nlp = a.bodyWithHeaderBlanked();
        assertEquals(text.length(), nlp.length());
        assertEquals(text.substring(17), nlp.substring(17));
        assertEquals(" ".repeat(17), nlp.substring(0, 17));
    }

    @Test
    void keyFollowsUrlWhenKnownElseText() {
        Article a = Article.ofText("a.txt", "Same text.");
        Article b = Article.ofText("b.txt", "Same text.");
        Article c = Article.ofText("c.txt", "Other text.");
        assertEquals(a.key(), b.key());
        assertNotEquals(a.key(), c.key());
        Article withUrl = new Article("d.json", "Changed text.", 0, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("https://example.org/a"), List.of());
        Article sameUrl = new Article("e.json", "Edited text.", 0, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("https://example.org/a"), List.of());
        assertEquals(withUrl.key(), sameUrl.key());
    }
}
