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

/** Roles and affiliations from premodifiers, appositions and descriptions, and pronouns that point elsewhere. */
class RolesAndAffiliationsTest {

    private static final String TEXT = "date 2025-04-02 Port talks\n\n"
            + "U.S. special envoy Mark Bell said that the port would reopen. "
            + "Paul Grant, head of the Transport Ministry, said that ferries would run daily. "
            + "Grant added that fees would fall. Lisa Moor, the Canadian trade minister, said that exports grew. "
            + "The minister said that imports fell.\n\n"
            + "Officials in Ottawa, who spoke on condition of anonymity, said that the deal was close.\n\n"
            + "“I have never seen such a queue,” Sara Holm said. Sara promised that the queue would shrink.";

    private static List<Attribution> attributions;
    private static Speakers speakers;

    @BeforeAll
    static void resolve() {
        Article article = Article.ofText("port.txt", TEXT);
        ParsedArticle doc = new ParsedArticle(article, NlpPipeline.shared().annotate(article));
        attributions = new AttributionExtractor().extract(doc);
        speakers = new ActorResolver().resolve(doc, attributions);
    }

    private static Actor speakerOfCue(String cue) {
        return attributions.stream().filter(a -> a.cue().of(TEXT).equals(cue)).map(speakers::of).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution with cue " + cue + " in " + attributions));
    }

    private static Actor named(String label) {
        return speakers.actors().stream().filter(a -> a.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not among " + speakers.actors()));
    }

    @Test
    void aPremodifyingDemonymNamesTheCountry() {
        Actor bell = named("Mark Bell");
        assertTrue(bell.roles().contains("U.S. special envoy"), bell.roles().toString());
        assertEquals(List.of("United States"), List.copyOf(bell.affiliations()));
    }

    @Test
    void anAppositionNamesTheOrganisationOrTheCountry() {
        Actor grant = named("Paul Grant");
        assertTrue(grant.roles().contains("head of the Transport Ministry"), grant.roles().toString());
        assertEquals(List.of("Transport Ministry"), List.copyOf(grant.affiliations()));
        assertEquals(grant, speakerOfCue("added"));
        Actor moor = named("Lisa Moor");
        assertEquals(List.of("Canada"), List.copyOf(moor.affiliations()));
    }

    @Test
    void theMinisterIsThePersonOfThatRoleNamedBefore() {
        List<Actor> saidBy = attributions.stream().filter(a -> a.source().map(s -> s.span().of(TEXT)
                .equals("The minister")).orElse(false)).map(speakers::of).toList();
        assertEquals(List.of(named("Lisa Moor")), saidBy);
    }

    @Test
    void aFirstPersonSourceInsideAQuoteAndALoneFirstNameAreTheSpeaker() {
        Actor holm = named("Sara Holm");
        assertEquals(holm, speakerOfCue("promised"));
        assertTrue(holm.aliases().contains("Sara"), holm.aliases().toString());
        assertEquals("Sara Holm", holm.label());
    }

    @Test
    void aRelativePronounIsTheNounItsClauseModifies() {
        speakers.actors().forEach(a -> assertTrue(!a.label().equalsIgnoreCase("who"), speakers.actors().toString()));
    }
}
