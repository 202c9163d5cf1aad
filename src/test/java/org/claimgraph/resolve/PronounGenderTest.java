package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.claimgraph.annotate.NlpPipeline;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.AttributionExtractor;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;

/** "He" and "she" resolve to the latest person whose first name or title does not show the other gender. */
class PronounGenderTest {

    private static final String TEXT = "Mayor Maria Lopez met the developer Tom Baker on Monday.\n\n"
            + "Baker said the towers would rise by spring. She said the council had not agreed.\n\n"
            + "Mrs. Okafor, a resident, joined them. He said the plans were final.";

    @Test
    void pronounsSkipPersonsOfTheOtherGender() {
        Article article = Article.ofText("towers.txt", TEXT);
        ParsedArticle doc = new ParsedArticle(article, NlpPipeline.shared().annotate(article));
        List<Attribution> attributions = new AttributionExtractor().extract(doc);
        Speakers speakers = new ActorResolver().resolve(doc, attributions);
        assertEquals("Maria Lopez", speakerOf(attributions, speakers, "the council had not agreed"));
        assertEquals("Tom Baker", speakerOf(attributions, speakers, "the plans were final"));
    }

    @Test
    void namesAndTitlesShowGender() {
        assertEquals(Optional.of(PersonGender.Gender.FEMININE), PersonGender.ofName("Maria Lopez"));
        assertEquals(Optional.of(PersonGender.Gender.FEMININE), PersonGender.ofName("Mrs. Okafor"));
        assertEquals(Optional.of(PersonGender.Gender.MASCULINE), PersonGender.ofName("Mr. Jordan Lee"));
        // Listed for both genders, or no first name at all: no gender shown.
        assertEquals(Optional.empty(), PersonGender.ofName("Jordan Lee"));
        assertEquals(Optional.empty(), PersonGender.ofName("Okafor"));
    }

    private static String speakerOf(List<Attribution> attributions, Speakers speakers, String content) {
        return attributions.stream().filter(a -> a.contentExtent().of(TEXT).contains(content))
                .map(a -> speakers.of(a).label()).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution of '" + content + "' in " + attributions));
    }
}
