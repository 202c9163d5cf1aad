package org.claimgraph.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;

/**
 * The links graph of a dataset, as groups: each member of a group has one {@code owl:sameAs} to the group's
 * canonical member, which has none; a claim joined as the opposite of the canonical one also has {@code cg:opposes}
 * to it, and its statements take the inverted stance toward the group. Callers hold a transaction.
 */
final class LinksGraph {

    /** The name of the links graph. */
    static final Node NAME = NodeFactory.createURI(Iris.linksGraph());
    private static final Node SAME_AS = OWL.sameAs.asNode();
    private static final Node OPPOSES = CG.opposes.asNode();

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

    /** Points a member at its canonical node, as the opposite of it when {@code opposite}. */
    void link(Node member, Node canonical, boolean opposite) {
        link(member, canonical);
        if (opposite && !member.equals(canonical)) {
            dsg.add(NAME, member, OPPOSES, canonical);
        }
    }

    /** True when the member was joined to its group as the opposite of the group's claim. */
    boolean opposes(Node member) {
        var it = dsg.find(NAME, member, OPPOSES, Node.ANY);
        try {
            return it.hasNext();
        } finally {
            Iter.close(it);
        }
    }

    /** Removes every link from or to the node. */
    void detach(Node n) {
        dsg.deleteAny(NAME, n, SAME_AS, Node.ANY);
        dsg.deleteAny(NAME, Node.ANY, SAME_AS, n);
        dsg.deleteAny(NAME, n, OPPOSES, Node.ANY);
        dsg.deleteAny(NAME, Node.ANY, OPPOSES, n);
    }

    /** Makes the nodes one group under {@code canonical}, dropping any links they had. */
    void regroup(Collection<Node> members, Node canonical) {
        regroup(members, canonical, Set.of());
    }

    /** As {@link #regroup(Collection, Node)}, the members in {@code opposite} joined as the opposite of the claim. */
    void regroup(Collection<Node> members, Node canonical, Set<Node> opposite) {
        members.forEach(this::detach);
        detach(canonical);
        members.forEach(m -> link(m, canonical, opposite.contains(m)));
    }
}
