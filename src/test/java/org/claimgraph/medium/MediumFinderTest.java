package org.claimgraph.medium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.annotate.NlpPipeline;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.AttributionExtractor;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Media from the phrases on a cue, on sentences we wrote: named channels count, bare nouns and places do not. */
class MediumFinderTest {

    private static final String TEXT = "date 2025-05-05 Council news\n\n"
            + "Jane Doe wrote on her platform Civic Square that the vote was rigged. "
            + "Tom Roe said in a statement on Telegram that he would resign. "
            + "Ann Poe told Reuters that talks had stalled. "
            + "Bob Loe said in an interview with Fox News that prices rose. "
            + "Kim Hale said on X that she had won. "
            + "Lee Park said at the Northern Ports Summit that trade was growing. "
            + "Max Stone said in a statement that the law was fair. "
            + "Eva Lind said in Oslo that the plan was ready. "
            + "Ivo Dunn told reporters that the bridge was safe. "
            + "Sam Kerr told Ann Poe that the budget was late. "
            + "Ada Moss told USA TODAY that rents rose.";

    private static List<Attribution> attributions;
    private static Map<Attribution, Medium> media;

    @BeforeAll
    static void find() {
        Article article = Article.ofText("media.txt", TEXT);
        ParsedArticle doc = new ParsedArticle(article, NlpPipeline.shared().annotate(article));
        attributions = new AttributionExtractor().extract(doc);
        media = new MediumFinder().find(doc, attributions);
    }

    /** The medium of the statement whose source begins with the name. */
    private static Optional<Medium> of(String speaker) {
        Attribution a = attributions.stream()
                .filter(x -> x.source().map(s -> s.span().of(TEXT).startsWith(speaker)).orElse(false)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement by " + speaker + " in " + attributions));
        return Optional.ofNullable(media.get(a));
    }

    @Test
    void namedChannelsAreFoundAndTyped() {
        assertEquals(Optional.of(new Medium("Civic Square", MediumType.SOCIAL_NETWORK)), of("Jane Doe"));
        assertEquals(Optional.of(new Medium("Telegram", MediumType.SOCIAL_NETWORK)), of("Tom Roe"));
        assertEquals(Optional.of(new Medium("Reuters", MediumType.NEWS_OUTLET)), of("Ann Poe"));
        assertEquals(Optional.of(new Medium("Fox News", MediumType.NEWS_OUTLET)), of("Bob Loe"));
        assertEquals(Optional.of(new Medium("X", MediumType.SOCIAL_NETWORK)), of("Kim Hale"));
        assertEquals(Optional.of(new Medium("Northern Ports Summit", MediumType.EVENT)), of("Lee Park"));
        assertEquals(Optional.of(new Medium("USA TODAY", MediumType.NEWS_OUTLET)), of("Ada Moss"), "known in capitals");
    }

    @Test
    void unnamedDocumentsPlacesAndPeopleAreNoMedium() {
        assertTrue(of("Max Stone").isEmpty(), "a bare 'statement' names nothing shared");
        assertTrue(of("Eva Lind").isEmpty(), "a city is where, not through what");
        assertTrue(of("Ivo Dunn").isEmpty(), "reporters are no outlet");
        assertTrue(of("Sam Kerr").isEmpty(), "a person told is no outlet");
    }
}
