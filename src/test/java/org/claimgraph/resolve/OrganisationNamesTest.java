package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.claimgraph.annotate.NlpPipeline;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.AttributionExtractor;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;

/**
 * Names the tagger may take for persons' but the text treats as companies' (made-up firms of our own): typed as
 * organisations, they stop catching the article's "she" and "he", and "the company" refers back to them.
 */
class OrganisationNamesTest {

    private static ParsedArticle parse(String text) {
        Article article = Article.ofText("firm.txt", text);
        return new ParsedArticle(article, NlpPipeline.shared().annotate(article));
    }

    private static Set<String> bodies(String text) {
        return OrganisationNames.in(parse(text));
    }

    @Test
    void aCompanyNounBeforeTheNameMakesItABody() {
        String text = "The cheese maker Pellworth is for sale, said Anna Kovac. Pellworth declined to comment.";
        Set<String> found = bodies(text);
        assertTrue(found.contains("pellworth") || !personTagged(text, "Pellworth"), found.toString());
        assertFalse(found.contains("anna kovac"), found.toString());
    }

    @Test
    void aRelativeWhichAndPossessedSharesMakeABody() {
        Set<String> found = bodies("Dorrington, which employs 900 people, said it would cut prices. "
                + "Dorrington's shares fell 4 percent. Analyst Mark Ellery said he expected more cuts.");
        assertTrue(found.contains("dorrington"), found.toString());
        assertFalse(found.contains("mark ellery"), found.toString());
    }

    @Test
    void aStatementAloneIsNoSignOfABody() {
        // People issue statements too: without a sign of a body, a person stays a person.
        Set<String> found = bodies("Martha Quill said in a statement that she would resign. Quill, who is 61, "
                + "has led the council since 2015.");
        assertFalse(found.contains("martha quill"), found.toString());
        assertFalse(found.contains("quill"), found.toString());
    }

    @Test
    void theCompanyRefersBackToTheFirmThatSpokeAndSheToThePerson() {
        String text = "Dorrington, which employs 900 people, is based in Leeds. "
                + "Dorrington denied that it would close its plant. "
                + "Union leader Sara Lind said the workers were worried. "
                + "“We will keep every job,” the company said. She said she did not believe it.";
        ParsedArticle doc = parse(text);
        List<Attribution> attributions = new AttributionExtractor().extract(doc);
        Speakers speakers = new ActorResolver().resolve(doc, attributions);
        Actor denier = speakerOf(text, attributions, speakers, "denied");
        assertEquals(ActorType.ORGANIZATION, denier.type(), denier.toString());
        Actor company = attributions.stream().filter(a -> a.cue().of(text).equals("said")
                && a.source().map(m -> m.span().of(text).contains("company")).orElse(false))
                .map(speakers::of).findFirst().orElseThrow(() -> new AssertionError(attributions.toString()));
        assertEquals(denier, company);
        Actor she = attributions.stream().filter(a -> a.source().map(m -> m.span().of(text).equals("She"))
                .orElse(false)).map(speakers::of).findFirst().orElseThrow(() -> new AssertionError(attributions.toString()));
        assertEquals("Sara Lind", she.label());
    }

    @Test
    void aNameBeforeAnOfficeOnlyCompaniesHoldIsABodyThatTheCompanyRefersBackTo() {
        // Nothing but the office says that Brenmoor is a firm: typed a person, it would take "the company"'s place.
        String text = "Brenmoor chief executive Henrik Dahl said the group would buy a rival dairy. "
                + "Brenmoor denied reports of job cuts. “We will keep every plant open,” the company said.";
        ParsedArticle doc = parse(text);
        Set<String> found = OrganisationNames.in(doc);
        assertTrue(found.contains("brenmoor") || !personTagged(text, "Brenmoor"), found.toString());
        assertFalse(found.contains("henrik dahl"), found.toString());
        List<Attribution> attributions = new AttributionExtractor().extract(doc);
        Speakers speakers = new ActorResolver().resolve(doc, attributions);
        Actor chief = speakerOf(text, attributions, speakers, "said");
        assertEquals("Henrik Dahl", chief.label());
        assertEquals(ActorType.PERSON, chief.type());
        Actor denier = speakerOf(text, attributions, speakers, "denied");
        assertEquals(ActorType.ORGANIZATION, denier.type(), denier.toString());
        Actor company = attributions.stream().filter(a -> a.source().map(m -> m.span().of(text).equals("the company"))
                .orElse(false)).map(speakers::of).findFirst().orElseThrow(() -> new AssertionError(attributions.toString()));
        assertEquals(denier, company);
    }

    @Test
    void aNamePossessingAnOfficeOnlyCompaniesHoldIsABody() {
        Set<String> found = bodies("Kelworth's chief executive Tom Ashby told staff that the dairy would be sold. "
                + "Kelworth said on Monday its sales fell.");
        assertTrue(found.contains("kelworth"), found.toString());
        assertFalse(found.contains("tom ashby"), found.toString());
    }

    @Test
    void aPersonsSpokesmanLeavesThePersonAPerson() {
        // Persons have spokesmen and aides too: only offices of a company's own are signs of a body.
        Set<String> found = bodies("Ostrander spokesman Lee Harmon said the senator would run again. "
                + "Ostrander said he was ready.");
        assertFalse(found.contains("ostrander"), found.toString());
    }

    private static Actor speakerOf(String text, List<Attribution> attributions, Speakers speakers, String cue) {
        return attributions.stream().filter(a -> a.cue().of(text).equals(cue)).map(speakers::of).findFirst()
                .orElseThrow(() -> new AssertionError("no cue " + cue + " in " + attributions));
    }

    private static boolean personTagged(String text, String name) {
        return parse(text).entityMentions().stream()
                .anyMatch(m -> "PERSON".equals(m.entityType()) && m.text().equals(name));
    }
}
