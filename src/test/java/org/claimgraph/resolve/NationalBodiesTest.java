package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NationalBodiesTest {

    private static Actor body(String label) {
        return new Actor(ActorType.ORGANIZATION, label, true);
    }

    private static Actor person(String label, String... affiliations) {
        Actor a = new Actor(ActorType.PERSON, label, true);
        for (String affiliation : affiliations) {
            a.addAffiliation(affiliation);
        }
        return a;
    }

    @Test
    void aCountryInTheNameIsMovedBehindTheBody() {
        Actor possessive = body("Russia's Defense Ministry");
        Actor demonym = body("the Ukrainian General Staff");
        Actor of = body("Ministry of Defence of Ukraine");
        NationalBodies.qualify(List.of(possessive, demonym, of));
        assertEquals("Defense Ministry of Russia", possessive.label());
        assertTrue(possessive.aliases().contains("Russia's Defense Ministry"));
        assertEquals("General Staff of Ukraine", demonym.label());
        assertEquals("Ministry of Defence of Ukraine", of.label());
    }

    @Test
    void aBareBodyTakesTheCountryTheArticleGivesIt() {
        Actor bare = body("the Defense Ministry");
        Actor named = body("Russian Defense Ministry");
        NationalBodies.qualify(List.of(bare, named));
        assertEquals("Defense Ministry of Russia", bare.label());

        Actor head = person("Ann Roe", "Defense Ministry", "Ukraine");
        Actor speaker = body("Defense Ministry");
        NationalBodies.qualify(List.of(head, speaker));
        assertEquals(List.of("Defense Ministry of Ukraine", "Ukraine"), List.copyOf(head.affiliations()));
        assertEquals("Defense Ministry of Ukraine", speaker.label());
    }

    @Test
    void twoCountriesOrNoneLeaveTheBodyBare() {
        Actor bare = body("Foreign Ministry");
        NationalBodies.qualify(List.of(bare, body("Russia's Foreign Ministry"), body("French Foreign Ministry")));
        assertEquals("Foreign Ministry", bare.label());
        assertTrue(NationalBodies.bare(bare.label()));

        Actor envoy = person("Bo Lind", "Foreign Ministry", "United States", "Russia");
        NationalBodies.qualify(List.of(envoy));
        assertTrue(envoy.affiliations().contains("Foreign Ministry"), envoy.affiliations().toString());
    }

    @Test
    void otherNamesAreLeftAlone() {
        Actor firm = body("Brightline Holdings");
        Actor regional = body("European Commission");
        NationalBodies.qualify(List.of(firm, regional));
        assertEquals("Brightline Holdings", firm.label());
        assertEquals("European Commission", regional.label());
        assertFalse(NationalBodies.bare("Ministry of Transport Baltica"));
        assertFalse(NationalBodies.bare("Defense Ministry of Russia"));
        assertTrue(NationalBodies.bare("the General Staff"));
    }
}
