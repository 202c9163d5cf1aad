package org.claimgraph.evaluate.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.evaluate.Scores.Prf;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.NIF;
import org.junit.jupiter.api.Test;

/** Statements and claim identity read from RDF as the converter and the linker write it, then scored. */
class PredictedStatementsTest {

    private static final String ID = CG.ID;

    @Test
    void statementsOfTwoArticleGraphsJoinedByALinksGraphScoreAsOneClaim() {
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel(ID + "article/a", article("a", "denied", "that the mine will close", CG.Deny));
        ds.addNamedModel(ID + "article/b", article("b", "confirmed", "the mine will close in May", CG.Assert));
        Model links = ModelFactory.createDefaultModel();
        links.add(links.createResource(ID + "claim/b/c1"), OWL.sameAs, links.createResource(ID + "claim/a/c1"));
        Map<String, String> names = Map.of(ID + "article/a", "a.txt", ID + "article/b", "b.txt");

        List<PredictedStatement> read = PredictedStatements.read(ds, names);
        assertEquals(2, read.size());
        PredictedStatement a = read.stream().filter(s -> s.article().equals("a.txt")).findFirst().orElseThrow();
        assertEquals("Deny", a.stance());
        assertEquals("Jane Doe", a.speaker());
        assertEquals(ID + "claim/a/c1", a.claim());

        List<ExpectedStatement> rows = List.of(
                new ExpectedStatement(2, "a.txt", List.of("Jane Doe"), "denied", "mine will close", "Deny", "x"),
                new ExpectedStatement(3, "b.txt", List.of("Jane Doe"), "confirmed", "mine will close", "Assert", "x"));
        assertEquals(new Prf(0, 0, 1), ClaimScorer.score("t", rows, read, ClaimIdentity.of(ds)).scores().across());
        ds.addNamedModel(ID + "graph/links", links);
        assertEquals(new Prf(1, 1, 1), ClaimScorer.score("t", rows, read, ClaimIdentity.of(ds)).scores().across());
    }

    @Test
    void aSpeakerLinkedToAnotherActorIsNamedAsThatActor() {
        Dataset ds = DatasetFactory.create();
        Model b = article("b", "said", "the mine will close", CG.Assert);
        Resource doe = b.getResource(ID + "actor/jane-doe");
        doe.removeAll(RDFS.label).addProperty(RDFS.label, "Doe");
        ds.addNamedModel(ID + "article/b", b);
        Model full = ModelFactory.createDefaultModel();
        full.add(full.createResource(ID + "actor/jane-doe-full"), RDFS.label, "Jane Doe");
        ds.addNamedModel(ID + "article/a", full);
        Map<String, String> names = Map.of(ID + "article/b", "b.txt");
        assertEquals("Doe", PredictedStatements.read(ds, names).get(0).speaker());

        Model links = ModelFactory.createDefaultModel();
        links.add(links.createResource(ID + "actor/jane-doe"), OWL.sameAs,
                links.createResource(ID + "actor/jane-doe-full"));
        ds.addNamedModel(ID + "graph/links", links);
        assertEquals("Jane Doe", PredictedStatements.read(ds, names).get(0).speaker());
    }

    @Test
    void statementsOfArticlesNotInTheSetAreLeftOut() {
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel(ID + "article/a", article("a", "said", "the mine will close", CG.Assert));
        assertEquals(0, PredictedStatements.read(ds, Map.of(ID + "article/z", "z.txt")).size());
    }

    private static Model article(String key, String cue, String content, Resource stance) {
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource(ID + "article/" + key).addProperty(RDF.type, CG.Article);
        Resource speaker = m.createResource(ID + "actor/jane-doe").addProperty(RDFS.label, "Jane Doe");
        Resource span = m.createResource(ID + "span/" + key + "/0_" + content.length())
                .addProperty(NIF.anchorOf, content);
        m.createResource(ID + "statement/" + key + "/1").addProperty(RDF.type, CG.Statement)
                .addProperty(CG.speaker, speaker).addProperty(CG.stance, stance)
                .addProperty(CG.claim, m.createResource(ID + "claim/" + key + "/c1"))
                .addProperty(CG.cue, cue).addProperty(CG.contentSpan, span).addProperty(CG.reportedIn, article);
        return m;
    }
}
