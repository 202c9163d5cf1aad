package org.claimgraph.link;

import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.NIF;
import org.claimgraph.rdf.SCHEMA;

/**
 * Links the articles of one conversion run in memory, as the store would, keeping of each article only the
 * triples linking reads, so that a large batch never sits whole in memory.
 */
public final class ConversionLinks {

    private static final Set<Node> READ = Set.of(CG.eventTerm.asNode(), CG.argumentTerm.asNode(),
            CG.detailTerm.asNode(), CG.matchKey.asNode(), RDFS.label.asNode(), SCHEMA.datePublished.asNode(),
            SCHEMA.headline.asNode(), CG.claim.asNode(), CG.stance.asNode());
    private static final Node TEXT = NIF.isString.asNode();
    private static final Set<Node> TYPES = Set.of(CG.Claim.asNode(), CG.Actor.asNode(), CG.Person.asNode());

    private final DatasetGraph memory = DatasetGraphFactory.createTxnMem();
    private final Linker linker;

    /** Links with the given linker. */
    public ConversionLinks(Linker linker) {
        this.linker = linker;
    }

    /** Adds one converted article, linking it to those added before. */
    public synchronized void add(String articleIri, Graph article) {
        Graph kept = GraphFactory.createDefaultGraph();
        article.find().forEachRemaining(t -> {
            if (READ.contains(t.getPredicate()) || isTyping(t)) {
                kept.add(t);
            } else if (t.getPredicate().equals(TEXT) && t.getObject().isLiteral()) {
                // Of the text, linking reads only the opening, where an article names its story.
                kept.add(Triple.create(t.getSubject(), TEXT, NodeFactory.createLiteralString(
                        StoredFacts.opening(t.getObject().getLiteralLexicalForm()))));
            }
        });
        Txn.executeWrite(memory, () -> linker.replaceArticle(memory, NodeFactory.createURI(articleIri), kept));
    }

    private static boolean isTyping(Triple t) {
        return t.getPredicate().equals(RDF.type.asNode()) && TYPES.contains(t.getObject());
    }

    /** A copy of the links found so far. */
    public synchronized Graph links() {
        return Txn.calculateRead(memory, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            memory.getGraph(LinksGraph.NAME).find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
