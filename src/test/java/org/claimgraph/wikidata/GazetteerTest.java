package org.claimgraph.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.rdf.CG;
import org.claimgraph.resolve.Actor;
import org.claimgraph.resolve.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline gazetteer: names normalised, types respected, ambiguous names never linked, user files added. */
class GazetteerTest {

    private static final String TRUMP = "http://www.wikidata.org/entity/Q22686";
    private final Gazetteer standard = Gazetteer.standard();

    @Test
    void findsByLabelOrAliasWhateverTheCaseDotsAndAccents() {
        assertEquals(Optional.of(TRUMP), standard.find(CG.Person, "donald  TRUMP", List.of()));
        assertEquals(Optional.of(TRUMP), standard.find(CG.Person, "Mr. Trump's", List.of("Trump")));
        assertEquals(Optional.of("http://www.wikidata.org/entity/Q39259"),
                standard.find(CG.Person, "Recep Tayyip Erdogan", List.of()));
        assertEquals(Optional.of("http://www.wikidata.org/entity/Q8333"),
                standard.find(CG.Organization, "the F.B.I.", List.of()));
    }

    @Test
    void aSurnameAliasDoesNotMakeAnotherPersonOfThatSurnameTheEntity() {
        // "Eric Trump", later called "Trump" in his article, is not the Trump the gazetteer lists.
        assertEquals(Optional.empty(), standard.find(CG.Person, "Eric Trump", List.of("Trump")));
        assertEquals(Optional.empty(), standard.referenceName(CG.Person, "Eric Trump", List.of("Trump")));
        // A title before the surname adds no other person.
        assertEquals(Optional.of(TRUMP), standard.find(CG.Person, "President Trump", List.of("Trump")));
        assertEquals(Optional.of(TRUMP), standard.find(CG.Person, "Mr. Trump", List.of("Trump")));
    }

    @Test
    void aPersonEntryNeverLinksAnOrganisationOrAGroup() {
        assertEquals(Optional.empty(), standard.find(CG.Organization, "Donald Trump", List.of()));
        assertEquals(Optional.empty(), standard.find(CG.Group, "Trump", List.of()));
        assertEquals(Optional.empty(), standard.find(CG.Person, "NATO", List.of()));
    }

    @Test
    void aNameTwoEntriesShareLinksNeitherUnlessTheLabelDecides() {
        // "Clinton" is Bill's alias and Hillary's.
        assertEquals(Optional.empty(), standard.find(CG.Person, "Clinton", List.of()));
        assertEquals(Optional.of("http://www.wikidata.org/entity/Q6294"),
                standard.find(CG.Person, "Hillary Clinton", List.of("Clinton")));
        // Aliases that point at two different people decide nothing.
        assertEquals(Optional.empty(), standard.find(CG.Person, "the candidate", List.of("Cruz", "Rubio")));
    }

    @Test
    void everyShippedEntryIsAWikidataEntityOfAKnownType() {
        assertTrue(standard.size() >= 25, "entries: " + standard.size());
    }

    @Test
    void userFilesAddEntriesAndADirectoryAddsItsTsvFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("mine.tsv"), "# my own\nJane Q. Example\tJane Example|Example\t"
                + "http://www.wikidata.org/entity/Q900000099\tPerson\n");
        Files.writeString(dir.resolve("notes.txt"), "not a gazetteer\n");
        Gazetteer g = Gazetteer.withFiles(List.of(dir));
        assertEquals(Optional.of("http://www.wikidata.org/entity/Q900000099"),
                g.find(CG.Person, "Example", List.of()));
        assertEquals(Optional.of(TRUMP), g.find(CG.Person, "Trump", List.of()));
    }

    @Test
    void aBadRowIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "Jane Example\t-\thttps://example.org/jane\tPerson\n");
        ClaimgraphException e = assertThrows(ClaimgraphException.class, () -> Gazetteer.withFiles(List.of(bad)));
        assertTrue(e.getMessage().contains("bad.tsv") && e.getMessage().contains("Wikidata"), e.getMessage());
    }

    @Test
    void theLinkerAddsSameAsOnlyToUnlinkedPersonsAndOrganisations() {
        Model m = ModelFactory.createDefaultModel();
        Resource trump = actor(m, "trump", CG.Person, "Trump");
        Resource nato = actor(m, "nato", CG.Organization, "the North Atlantic Treaty Organization");
        Resource group = actor(m, "g", CG.Group, "Trump");
        Resource obama = actor(m, "obama", CG.Person, "Obama");
        obama.addProperty(OWL.sameAs, m.createResource("http://www.wikidata.org/entity/Q900000098"));
        assertEquals(2, new GazetteerLinker(standard).link(m));
        assertTrue(trump.hasProperty(OWL.sameAs, m.createResource(TRUMP)));
        assertTrue(nato.hasProperty(OWL.sameAs, m.createResource("http://www.wikidata.org/entity/Q7184")));
        assertEquals(0, group.listProperties(OWL.sameAs).toList().size());
        assertEquals(1, obama.listProperties(OWL.sameAs).toList().size());
    }

    @Test
    void knownActorsTakeTheReferenceNameSoEveryArticleMintsOneIri() {
        Actor surname = new Actor(ActorType.PERSON, "Trump", true);
        Actor group = new Actor(ActorType.GROUP, "Trump", true);
        Actor ambiguous = new Actor(ActorType.PERSON, "Clinton", true);
        Actor anonymous = new Actor(ActorType.PERSON, "Trump", false);
        new GazetteerLinker(standard).name(List.of(surname, group, ambiguous, anonymous));
        assertEquals("Donald Trump", surname.label());
        assertTrue(surname.aliases().contains("Trump"));
        assertEquals("Trump", group.label());
        assertEquals("Clinton", ambiguous.label());
        assertEquals("Trump", anonymous.label());
    }

    private static Resource actor(Model m, String slug, Resource type, String label) {
        return m.createResource(CG.ID + "actor/" + slug).addProperty(RDF.type, CG.Actor).addProperty(RDF.type, type)
                .addProperty(RDFS.label, label);
    }
}
