package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.read.Article;
import org.claimgraph.resolve.Actor;
import org.claimgraph.resolve.ActorType;
import org.junit.jupiter.api.Test;

class IrisTest {

    @Test
    void slugsAreLowerCaseAsciiWords() {
        assertEquals("rustem-umerov", Iris.slug("Rustem Umerov"));
        assertEquals("jose-maria-aznar", Iris.slug("José María Aznar"));
        assertTrue(Iris.slug("—").startsWith("x"));
    }

    @Test
    void namedActorsShareIrisAcrossArticlesAnonymousOnesDoNot() {
        Article a = Article.ofText("a.txt", "One.");
        Article b = Article.ofText("b.txt", "Two.");
        Actor named = new Actor(ActorType.PERSON, "Donald Trump", true);
        Actor anonymous = new Actor(ActorType.PERSON, "a source", false);
        assertEquals(Iris.actor(a, named), Iris.actor(b, named));
        assertNotEquals(Iris.actor(a, anonymous), Iris.actor(b, anonymous));
    }

    @Test
    void aBodyEveryCountryHasIsSharedOnlyWithItsCountry() {
        Article a = Article.ofText("a.txt", "One.");
        Article b = Article.ofText("b.txt", "Two.");
        Actor bare = new Actor(ActorType.ORGANIZATION, "Defense Ministry", true);
        Actor russian = new Actor(ActorType.ORGANIZATION, "Defense Ministry of Russia", true);
        assertNotEquals(Iris.actor(a, bare), Iris.actor(b, bare));
        assertNotEquals(Iris.affiliation(a, "the General Staff"), Iris.affiliation(b, "the General Staff"));
        assertEquals(Iris.actor(a, bare), Iris.affiliation(a, "Defense Ministry"));
        assertEquals(Iris.actor(a, russian), Iris.actor(b, russian));
        assertEquals(Iris.affiliation(a, "Ministry of Transport Baltica"), Iris.affiliation(b, "Ministry of Transport Baltica"));
    }
}
