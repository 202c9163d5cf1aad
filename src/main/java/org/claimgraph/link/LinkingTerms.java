package org.claimgraph.link;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.claimgraph.group.Claim;
import org.claimgraph.group.CrossArticleMatcher;
import org.claimgraph.group.PortableSignature;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.NIF;
import org.claimgraph.rdf.SCHEMA;
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
    /** Prefix of the key that files a claim under a story name of its article ({@link #fileUnderStory}). */
    static final String STORY_KEY = "story:";

    private final CrossArticleMatcher matcher;

    /** Terms keyed as the given matcher files claims. */
    public LinkingTerms(CrossArticleMatcher matcher) {
        this.matcher = matcher;
    }

    /**
     * Adds the claims' terms and keys and the named persons' surname keys to the article's graph. A claim that can
     * match is also filed under the article's story keys ({@link #fileUnderStory}), so that the claims of articles
     * telling one story meet even when they share no argument word.
     */
    public void write(Model graph, Article article, Map<Claim, PortableSignature> signatures,
                      Collection<Actor> actors) {
        Map<Resource, PortableSignature> claims = new LinkedHashMap<>();
        signatures.forEach((claim, signature) -> {
            Resource r = graph.createResource(Iris.claim(article, claim.id()));
            signature.events().forEach(t -> r.addProperty(CG.eventTerm, t));
            signature.arguments().forEach(t -> r.addProperty(CG.argumentTerm, t));
            signature.details().forEach(t -> r.addProperty(CG.detailTerm, t));
            matcher.keys(signature).forEach(k -> r.addProperty(CG.matchKey, k));
            claims.put(r, signature);
        });
        fileUnderStory(graph.createResource(Iris.article(article)), claims);
        for (Actor actor : actors) {
            // Anonymous sources are per-article and never joined, so they need no key.
            if (actor.named() && actor.type() == ActorType.PERSON) {
                PersonNames.surname(actor.label()).ifPresent(s ->
                        graph.createResource(Iris.actor(article, actor)).addProperty(CG.matchKey, SURNAME_KEY + s));
            }
        }
    }

    /**
     * Files each claim that can match (one with an event) under the story keys of its article: one per name that
     * its headline and opening give the story ({@link CrossArticleMatcher#openingNames}), read from the article node
     * as linking reads them once stored, so that two articles whose openings share a name always meet. Names only
     * the claims use are no keys: claims sharing no word are joined only between articles naming one story at the
     * top (see {@code CrossArticleMatcher}), and a beat's names in claims would make most articles meet.
     */
    void fileUnderStory(Resource article, Map<Resource, PortableSignature> claims) {
        Set<String> names = matcher.openingNames(StoredFacts.opening(strings(article, SCHEMA.headline),
                strings(article, NIF.isString)));
        claims.forEach((claim, signature) -> {
            if (!signature.isEmpty()) {
                names.forEach(n -> claim.addProperty(CG.matchKey, STORY_KEY + n));
            }
        });
    }

    private static List<String> strings(Resource node, Property property) {
        return node.listProperties(property).filterKeep(st -> st.getObject().isLiteral())
                .mapWith(st -> st.getString()).toList();
    }
}
