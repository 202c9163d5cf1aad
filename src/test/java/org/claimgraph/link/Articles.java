package org.claimgraph.link;

import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.group.CrossArticleMatcher;
import org.claimgraph.group.PortableSignature;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.SCHEMA;

/** Builds small article graphs holding just what linking reads, keyed as the converter keys them. */
final class Articles {

    static final String ID = "https://w3id.org/claimgraph/id/";
    private static final CrossArticleMatcher MATCHER = new CrossArticleMatcher();

    private final Model m = ModelFactory.createDefaultModel();
    private final java.util.Map<Resource, PortableSignature> signatures = new java.util.LinkedHashMap<>();
    private final String key;

    private Articles(String key, String date) {
        this.key = key;
        Resource article = m.createResource(iri()).addProperty(RDF.type, CG.Article);
        if (date != null) {
            article.addProperty(SCHEMA.datePublished, m.createTypedLiteral(date, XSDDatatype.XSDdate));
        }
    }

    /** An article with the given key, published on the date (or undated when null). */
    static Articles article(String key, String date) {
        return new Articles(key, date);
    }

    /** The IRI of the article's claim with the given id. */
    static Node claim(String article, String id) {
        return NodeFactory.createURI(ID + "claim/" + article + "/" + id);
    }

    /** The IRI of a named actor. */
    static Node actor(String slug) {
        return NodeFactory.createURI(ID + "actor/" + slug);
    }

    String iri() {
        return ID + "article/" + key;
    }

    Node name() {
        return NodeFactory.createURI(iri());
    }

    /** Adds a claim with one event and some arguments, each "kind:lemma". */
    Articles claim(String id, String event, String... arguments) {
        return worded(id, id, event, arguments);
    }

    /** Adds a claim worded as {@code label}, with one event and some arguments, each "kind:lemma". */
    Articles worded(String id, String label, String event, String... arguments) {
        PortableSignature s = new PortableSignature(Set.of(event), Set.of(arguments));
        Resource c = m.createResource(claim(key, id).getURI()).addProperty(RDF.type, CG.Claim)
                .addProperty(RDFS.label, label);
        s.events().forEach(t -> c.addProperty(CG.eventTerm, t));
        s.arguments().forEach(t -> c.addProperty(CG.argumentTerm, t));
        MATCHER.keys(s).forEach(k -> c.addProperty(CG.matchKey, k));
        signatures.put(c, s);
        return this;
    }

    /** Adds figures, years or months ("figure:40") to a claim added before, as the converter writes them. */
    Articles details(String id, String... details) {
        Resource c = m.createResource(claim(key, id).getURI());
        for (String d : details) {
            c.addProperty(CG.detailTerm, d);
        }
        return this;
    }

    /** Adds a statement taking the claim added before with the stance ({@code CG.Assert}, {@code CG.Deny}, …). */
    Articles stated(String id, Resource stance) {
        m.createResource(ID + "statement/" + key + "/" + id + "-" + stance.getLocalName())
                .addProperty(RDF.type, CG.Statement).addProperty(CG.claim, m.createResource(claim(key, id).getURI()))
                .addProperty(CG.stance, stance);
        return this;
    }

    /** Gives the article a text, of which linking reads the opening. */
    Articles text(String text) {
        m.createResource(iri()).addProperty(org.claimgraph.rdf.NIF.isString, text);
        return this;
    }

    /** Adds a named person, filed under its surname as the converter files it. */
    Articles person(String label) {
        Resource p = m.createResource(actor(org.claimgraph.rdf.Iris.slug(label)).getURI())
                .addProperty(RDF.type, CG.Actor).addProperty(RDF.type, CG.Person).addProperty(RDFS.label, label);
        PersonNames.surname(label).ifPresent(s -> p.addProperty(CG.matchKey, LinkingTerms.SURNAME_KEY + s));
        return this;
    }

    /** Adds an anonymous person, scoped to the article and without a key. */
    Articles anonymousPerson(String label) {
        m.createResource(ID + "actor/" + key + "/" + org.claimgraph.rdf.Iris.slug(label))
                .addProperty(RDF.type, CG.Actor).addProperty(RDF.type, CG.Person).addProperty(RDFS.label, label);
        return this;
    }

    /** The graph, its claims filed under the article's story keys as the converter files them. */
    Graph graph() {
        new LinkingTerms(MATCHER).fileUnderStory(m.createResource(iri()), signatures);
        return m.getGraph();
    }
}
