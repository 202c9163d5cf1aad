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

    /** The text as one annotated article, as the converter reads it. */
    private static ParsedArticle parse(String text) {
        Article article = Article.ofText("test", text);
        return new ParsedArticle(article, NlpPipeline.shared().annotate(article));
    }

    @Test
    void dropsQuotesLeadingThatAndClosingPunctuation() {
        assertEquals("The plan will fail", ClaimWording.tidy("that “the plan will fail,” "));
        assertEquals("The deal means a new ticket", ClaimWording.tidy("whether or not the deal means a new ticket"));
    }

    @Test
    void dropsAColonAfterALeadingThat() {
        assertEquals("By 2015 the need will rise tenfold",
                ClaimWording.tidy("that: \"By 2015 the need will rise tenfold.\""));
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
        ParsedArticle doc = parse(text);
        CharSpan claim = new CharSpan(text.indexOf("that"), text.length());
        List<LabelEdit> edits = List.of(new LabelEdit(new CharSpan(0, 6), "someone"),
                new LabelEdit(new CharSpan(text.indexOf("no one was"), text.indexOf(" was")), "someone"));
        assertEquals("Someone was hurt", new ClaimWording().label(doc, List.of(claim), edits));
    }

    @Test
    void aPerceptionInTwoPiecesIsJoinedByACopulaThatAgrees() {
        String text = "The two towns are widely seen as the likeliest winners. A third town is viewed as a risk.";
        ParsedArticle doc = parse(text);
        List<CharSpan> towns = List.of(new CharSpan(0, text.indexOf(" are")),
                new CharSpan(text.indexOf("as the"), text.indexOf(".")));
        assertEquals("The two towns are the likeliest winners", new ClaimWording().label(doc, towns, List.of()));
        List<CharSpan> third = List.of(new CharSpan(text.indexOf("A third"), text.indexOf(" is viewed")),
                new CharSpan(text.indexOf("as a risk"), text.length() - 1));
        assertEquals("A third town is a risk", new ClaimWording().label(doc, third, List.of()));
    }

    @Test
    void anImpressionInTwoPiecesIsJoinedByACopulaThatAgrees() {
        String text = "These two fixes were considered to be less urgent. The third patch was thought to be vital.";
        ParsedArticle doc = parse(text);
        List<CharSpan> fixes = List.of(new CharSpan(0, text.indexOf(" were")),
                new CharSpan(text.indexOf("to be less"), text.indexOf(".")));
        assertEquals("These two fixes are less urgent", new ClaimWording().label(doc, fixes, List.of()));
        List<CharSpan> patch = List.of(new CharSpan(text.indexOf("The third"), text.indexOf(" was thought")),
                new CharSpan(text.indexOf("to be vital"), text.length() - 1));
        assertEquals("The third patch is vital", new ClaimWording().label(doc, patch, List.of()));
    }

    @Test
    void aDemonstrativeAloneTakesAPluralCopula() {
        String text = "Four other fixes came out. These were considered to be less urgent.";
        ParsedArticle doc = parse(text);
        List<CharSpan> these = List.of(new CharSpan(text.indexOf("These"), text.indexOf(" were")),
                new CharSpan(text.indexOf("to be less"), text.length() - 1));
        assertEquals("These are less urgent", new ClaimWording().label(doc, these, List.of()));
    }

    @Test
    void aQuoteSplitAroundItsCueGoesOnWithItsOwnAs() {
        String text = "“We will act,” she said, “as soon as we can.”";
        ParsedArticle doc = parse(text);
        List<CharSpan> quote = List.of(new CharSpan(1, text.indexOf(",")),
                new CharSpan(text.indexOf("as soon"), text.indexOf("can.") + 3));
        assertEquals("We will act as soon as we can", new ClaimWording().label(doc, quote, List.of()));
    }

    @Test
    void negationFlipsAssertAndDenyButKeepsQuestion() {
        assertEquals(Stance.DENY, Stance.ASSERT.negated());
        assertEquals(Stance.ASSERT, Stance.DENY.negated());
        assertEquals(Stance.QUESTION, Stance.QUESTION.negated());
    }

    /** The label of the claim that runs from {@code from} to the sentence's full stop. */
    private static String labelFrom(String text, String from) {
        ParsedArticle doc = parse(text);
        CharSpan claim = new CharSpan(text.indexOf(from), text.lastIndexOf('.'));
        return new ClaimWording().label(doc, List.of(claim), List.of());
    }

    @Test
    void anInfinitiveTakesItsSubjectsDoerAndAModal() {
        assertEquals("The trust will open two new clinics next year",
                labelFrom("The trust aims to open two new clinics next year.", "to open"));
        assertEquals("Ms Varga will stand again in the spring",
                labelFrom("Ms Varga, who led the council for a decade, hopes to stand again in the spring.",
                        "to stand"));
    }

    @Test
    void anInfinitiveAfterAnObjectIsTheObjectsToDo() {
        assertEquals("Residents should conserve water this summer",
                labelFrom("Mayor Dana Kell urged residents to conserve water this summer.", "to conserve"));
        assertEquals("The Harbor Hawks should pay a fine of 5,000 dollars",
                labelFrom("The league ordered the Harbor Hawks to pay a fine of 5,000 dollars.", "the Harbor"));
    }

    @Test
    void aDemonstrativeSubjectIsKeptWhereAComplementizerIsDropped() {
        assertEquals("That will not happen before the vote",
                labelFrom("Critics say that will not happen before the vote.", "that will"));
        assertEquals("Fares will rise before the vote",
                labelFrom("Critics say that fares will rise before the vote.", "that fares"));
    }

    @Test
    void anInfinitiveOfANounOrAnAdjectiveKeepsItsWording() {
        assertEquals("The plan to close two depots",
                labelFrom("Unions criticised the plan to close two depots.", "the plan"));
        assertEquals("To know if the depots would close",
                labelFrom("She was keen to know if the depots would close.", "to know"));
    }
}
