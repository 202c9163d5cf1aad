package org.claimgraph.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.claimgraph.rdf.Iris;

/**
 * The links graph of a dataset, as groups: each member of a group has one {@code owl:sameAs} to the group's
 * canonical member, which has none. Callers hold a transaction.
 */
final class LinksGraph {

    /** The name of the links graph. */
    static final Node NAME = NodeFactory.createURI(Iris.linksGraph());
    private static final Node SAME_AS = OWL.sameAs.asNode();

    private final DatasetGraph dsg;

    LinksGraph(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The canonical member of the node's group: the node itself when it points nowhere. */
    Node canonicalOf(Node n) {
        var it = dsg.find(NAME, n, SAME_AS, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : n;
        } finally {
            Iter.close(it);
        }
    }

    /** The members that point at a canonical node (the node itself not included). */
    List<Node> pointingAt(Node canonical) {
        List<Node> out = new ArrayList<>();
        dsg.find(NAME, Node.ANY, SAME_AS, canonical).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /** The whole group of a canonical node: the node and every member pointing at it. */
    List<Node> group(Node canonical) {
        List<Node> out = new ArrayList<>(pointingAt(canonical));
        out.add(0, canonical);
        return out;
    }

    /** Points a member at its canonical node. */
    void link(Node member, Node canonical) {
        if (!member.equals(canonical)) {
            dsg.add(NAME, member, SAME_AS, canonical);
        }
    }

    /** Removes every link from or to the node. */
    void detach(Node n) {
        dsg.deleteAny(NAME, n, SAME_AS, Node.ANY);
        dsg.deleteAny(NAME, Node.ANY, SAME_AS, n);
    }

    /** Makes the nodes one group under {@code canonical}, dropping any links they had. */
    void regroup(Collection<Node> members, Node canonical) {
        members.forEach(this::detach);
        detach(canonical);
        members.forEach(m -> link(m, canonical));
    }
}
