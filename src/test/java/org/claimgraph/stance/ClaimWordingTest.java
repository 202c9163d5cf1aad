package org.claimgraph.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.annotate.NlpPipeline;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;

class ClaimWordingTest {

    @Test
    void dropsQuotesLeadingThatAndClosingPunctuation() {
        assertEquals("The plan will fail", ClaimWording.tidy("that “the plan will fail,” "));
    }

    @Test
    void dropsALeadingConjunctionLeftByACutClause() {
        assertEquals("No unit is encircled", ClaimWording.tidy("but no unit is encircled."));
    }

    @Test
    void capsLongLabelsAtAWord() {
        String label = ClaimWording.tidy("word ".repeat(100));
        assertTrue(label.length() <= 201 && label.endsWith("\u2026"), label);
    }

    @Test
    void appliesEditsInsideTheClaimOnly() {
        String text = "No one said that no one was hurt.";
        Article article = Article.ofText("test", text);
        ParsedArticle doc = new ParsedArticle(article, NlpPipeline.shared().annotate(article));
        CharSpan claim = new CharSpan(text.indexOf("that"), text.length());
        List<LabelEdit> edits = List.of(new LabelEdit(new CharSpan(0, 6), "someone"),
                new LabelEdit(new CharSpan(text.indexOf("no one was"), text.indexOf(" was")), "someone"));
        assertEquals("Someone was hurt", new ClaimWording().label(doc, List.of(claim), edits));
    }

    @Test
    void negationFlipsAssertAndDenyButKeepsQuestion() {
        assertEquals(Stance.DENY, Stance.ASSERT.negated());
        assertEquals(Stance.ASSERT, Stance.DENY.negated());
        assertEquals(Stance.QUESTION, Stance.QUESTION.negated());
    }
}
