package org.claimgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.group.CrossArticleMatcher;
import org.claimgraph.rdf.CG;

/**
 * Stores article graphs and keeps the links graph in step: the same claim or the same person in different
 * articles is joined by {@code owl:sameAs} (see {@link ClaimLinker}, {@link ActorLinker}). Replacing an article
 * first takes its old claims and persons out of their groups, so no stale link survives, then links the new
 * version to what is stored, without reading any other article again.
 */
public final class Linker {

    private final ClaimLinker claims;
    private final ActorLinker actors = new ActorLinker();

    /** A linker matching claims with the given matcher. */
    public Linker(CrossArticleMatcher matcher) {
        this.claims = new ClaimLinker(matcher);
    }

    /** A linker with its own matcher. */
    public Linker() {
        this(new CrossArticleMatcher());
    }

    /**
     * Replaces the named graph by the article's graph and brings the links up to date; the caller holds a write
     * transaction on the dataset, so that readers never see the article without its links.
     */
    public void replaceArticle(DatasetGraph dsg, Node name, Graph graph) {
        LinksGraph links = new LinksGraph(dsg);
        Graph old = dsg.getGraph(name);
        List<Node> oldClaims = claimsIn(old);
        Set<String> surnames = surnamesIn(old);
        List<Node> oldPersons = personsIn(old);
        claims.unlink(new StoredFacts(dsg), links, oldClaims);
        dsg.removeGraph(name);
        dsg.addGraph(name, graph);
        surnames.addAll(surnamesIn(graph));
        StoredFacts facts = new StoredFacts(dsg);
        claims.link(facts, links, name, claimsIn(graph));
        actors.relink(facts, links, surnames, oldPersons);
    }

    private static List<Node> claimsIn(Graph g) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), CG.Claim.asNode()).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    private static List<Node> personsIn(Graph g) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), CG.Person.asNode()).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    private static Set<String> surnamesIn(Graph g) {
        Set<String> out = new TreeSet<>();
        for (Triple t : g.find(Node.ANY, CG.matchKey.asNode(), Node.ANY).toList()) {
            String key = t.getObject().getLiteralLexicalForm();
            if (key.startsWith(LinkingTerms.SURNAME_KEY)) {
                out.add(key.substring(LinkingTerms.SURNAME_KEY.length()));
            }
        }
        return out;
    }
}
