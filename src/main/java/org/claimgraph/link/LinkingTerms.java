package org.claimgraph.link;

import java.util.Collection;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.claimgraph.group.Claim;
import org.claimgraph.group.CrossArticleMatcher;
import org.claimgraph.group.PortableSignature;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;
import org.claimgraph.read.Article;
import org.claimgraph.resolve.Actor;
import org.claimgraph.resolve.ActorType;

/**
 * Writes into an article's graph what cross-article linking reads later: each claim's terms and lookup keys, and
 * each named person's surname key. Kept in the graph, they let a new article be linked to stored ones without
 * converting those again.
 */
public final class LinkingTerms {

    /** Prefix of the key that files a named person under its surname. */
    static final String SURNAME_KEY = "surname:";

    private final CrossArticleMatcher matcher;

    /** Terms keyed as the given matcher files claims. */
    public LinkingTerms(CrossArticleMatcher matcher) {
        this.matcher = matcher;
    }

    /** Adds the claims' terms and keys and the named persons' surname keys to the article's graph. */
    public void write(Model graph, Article article, Map<Claim, PortableSignature> signatures,
                      Collection<Actor> actors) {
        signatures.forEach((claim, signature) -> {
            Resource r = graph.createResource(Iris.claim(article, claim.id()));
            signature.events().forEach(t -> r.addProperty(CG.eventTerm, t));
            signature.arguments().forEach(t -> r.addProperty(CG.argumentTerm, t));
            signature.details().forEach(t -> r.addProperty(CG.detailTerm, t));
            matcher.keys(signature).forEach(k -> r.addProperty(CG.matchKey, k));
        });
        for (Actor actor : actors) {
            // Anonymous sources are per-article and never joined, so they need no key.
            if (actor.named() && actor.type() == ActorType.PERSON) {
                PersonNames.surname(actor.label()).ifPresent(s ->
                        graph.createResource(Iris.actor(article, actor)).addProperty(CG.matchKey, SURNAME_KEY + s));
            }
        }
    }
}
