package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.annotate.NlpPipeline;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.AttributionExtractor;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names set after a description ("Chipmaker Korvex Systems") and hyphenated surnames keep only the name as label. */
class DescribedNamesTest {

    private static final String TEXT = "Chipmaker Korvex Systems rebutted the claim on Monday.\n\n"
            + "Local councillor Miriam Achterberg-Lunde said the plant was safe. Achterberg-Lunde added that the "
            + "valves had been replaced.\n\n"
            + "Dairy group Farrowdale announced that milk prices would rise.";

    private static List<Attribution> attributions;
    private static Speakers speakers;

    @BeforeAll
    static void resolve() {
        Article article = Article.ofText("names.txt", TEXT);
        ParsedArticle doc = new ParsedArticle(article, NlpPipeline.shared().annotate(article));
        attributions = new AttributionExtractor().extract(doc);
        speakers = new ActorResolver().resolve(doc, attributions);
    }

    private static Actor speakerOfCue(String cue) {
        return attributions.stream().filter(a -> a.cue().of(TEXT).equals(cue)).map(speakers::of).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution with cue " + cue + " in " + attributions));
    }

    @Test
    void aDescriptionBeforeABodysNameIsNoPartOfTheName() {
        Actor firm = speakerOfCue("rebutted");
        assertEquals("Korvex Systems", firm.label());
        assertTrue(firm.aliases().contains("Chipmaker Korvex Systems"), firm.aliases().toString());
        assertEquals("Farrowdale", speakerOfCue("announced").label());
    }

    @Test
    void aHyphenatedSurnameIsAPersonsName() {
        Actor councillor = speakerOfCue("said");
        assertEquals("Miriam Achterberg-Lunde", councillor.label());
        assertEquals(ActorType.PERSON, councillor.type());
        assertEquals(councillor, speakerOfCue("added"));
    }
}
