package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimgraph.annotate.NlpPipeline;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.AttributionExtractor;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;

/**
 * A given name before a surname keeps two persons of one surname apart when the name clusters lost the first:
 * "the reform organization Bill Roe used" makes "Bill Roe" look like a body's name, and its mentions are left out.
 */
class GivenNameTest {

    private static final String TEXT = "Bill Roe addresses a divided council\n\n"
            + "Mayor Jane Roe won the vote on Monday. The council has changed since the reform organization Bill Roe "
            + "used to win office in 1992. Bill Roe said the budget was safe.";

    @Test
    void anotherGivenNameBeforeTheSurnameIsAnotherPerson() {
        Article article = Article.ofText("council.txt", TEXT);
        ParsedArticle doc = new ParsedArticle(article, NlpPipeline.shared().annotate(article));
        List<Attribution> attributions = new AttributionExtractor().extract(doc);
        Speakers speakers = new ActorResolver().resolve(doc, attributions);
        assertEquals("Bill Roe", speakerOf(attributions, speakers, "addresses"));
        assertEquals("Bill Roe", speakerOf(attributions, speakers, "said"));
    }

    private static String speakerOf(List<Attribution> attributions, Speakers speakers, String cue) {
        return attributions.stream().filter(a -> a.cue().of(TEXT).equals(cue)).map(a -> speakers.of(a).label())
                .findFirst().orElseThrow(() -> new AssertionError("no attribution with cue " + cue + " in "
                        + attributions));
    }
}
