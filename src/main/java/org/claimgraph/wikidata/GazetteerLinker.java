package org.claimgraph.wikidata;

import java.util.Collection;
import org.claimgraph.resolve.Actor;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;
import org.claimgraph.resolve.Actor;

/**
 * Adds {@code owl:sameAs} to a Wikidata entity for each person or organisation of an article graph whose label or
 * alias the gazetteer knows. It reads only the mapped graph (labels, aliases, types), so it works whatever the
 * resolver made of the text.
 */
public final class GazetteerLinker {

    private final Gazetteer gazetteer;

    /** A linker over the given gazetteer. */
    public GazetteerLinker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Gives each named person or organisation the gazetteer knows its reference name, before the actors are
     * mapped: "Trump" in one article and "Donald Trump" in another then get one IRI.
     */
    public void name(Collection<Actor> actors) {
        for (Actor actor : actors) {
            Resource type = switch (actor.type()) {
                case PERSON -> CG.Person;
                case ORGANIZATION -> CG.Organization;
                case GROUP -> null;
            };
            if (type != null && actor.named()) {
                gazetteer.referenceName(type, actor.label(), actor.aliases()).ifPresent(actor::takeReferenceName);
            }
        }
    }

    /** Links the graph's actors that have no Wikidata link yet; returns how many it linked. */
    public int link(Model graph) {
        int linked = 0;
        for (Resource type : List.of(CG.Person, CG.Organization)) {
            for (Resource actor : graph.listSubjectsWithProperty(RDF.type, type).toList()) {
                if (!hasWikidataLink(actor)) {
                    Optional<String> entity = gazetteer.find(type, label(actor), aliases(actor));
                    if (entity.isPresent()) {
                        actor.addProperty(OWL.sameAs, graph.createResource(entity.get()));
                        linked++;
                    }
                }
            }
        }
        return linked;
    }

    private static boolean hasWikidataLink(Resource actor) {
        return actor.listProperties(OWL.sameAs).toList().stream()
                .map(Statement::getObject).anyMatch(o -> o.isURIResource() && WD.isEntity(o.asResource().getURI()));
    }

    private static String label(Resource actor) {
        Statement s = actor.getProperty(RDFS.label);
        return s == null ? "" : s.getString();
    }

    private static List<String> aliases(Resource actor) {
        return actor.listProperties(CG.alias).toList().stream()
                .map(Statement::getObject).filter(RDFNode::isLiteral).map(o -> o.asLiteral().getString()).toList();
    }
}
