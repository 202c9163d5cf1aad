package org.claimgraph.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One sentence of an annotated article: its tokens and, when it was parsed, its basic dependency tree. */
public final class ParsedSentence {
    private final int index;
    private final List<CoreLabel> tokens;
    private final SemanticGraph tree;
    /** The nodes in token order, sorted once: every extraction and grouping rule walks them, sorting costs. */
    private List<IndexedWord> sortedNodes;

    /** A sentence at CoreNLP's sentence index, with its tree or null when it was not parsed. */
    ParsedSentence(int index, List<CoreLabel> tokens, SemanticGraph tree) {
        this.index = index;
        this.tokens = tokens;
        this.tree = tree;
    }

    /** Position of this sentence in the article, from 0: CoreNLP's sentence index. */
    public int index() {
        return index;
    }

    /** True when the sentence was parsed; without a tree it has no nodes, children or parents. */
    public boolean hasTree() {
        return tree != null;
    }

    /** The tokens, in order; token {@code i} (1-based in the tree) is {@code tokens().get(i - 1)}. */
    public List<CoreLabel> tokens() {
        return tokens;
    }

    /** Character offset (UTF-16) where the sentence begins (0 for a sentence without tokens, which covers none). */
    public int begin() {
        return tokens.isEmpty() ? 0 : tokens.get(0).beginPosition();
    }

    /** Character offset (UTF-16) just after the sentence. */
    public int end() {
        return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).endPosition();
    }

    /** The tree node of a token, by 1-based index; null when there is none or no tree. */
    public IndexedWord node(int tokenIndex) {
        return tree == null ? null : tree.getNodeByIndexSafe(tokenIndex);
    }

    /** Children of a node whose relation starts with {@code relation} ("nsubj" matches "nsubj:pass" too). */
    public List<IndexedWord> children(IndexedWord node, String relation) {
        List<IndexedWord> out = new ArrayList<>();
        if (!holds(node)) {
            return out;
        }
        for (SemanticGraphEdge e : tree.outgoingEdgeList(node)) {
            String rel = e.getRelation().toString();
            if (rel.equals(relation) || rel.startsWith(relation + ":")) {
                out.add(e.getDependent());
            }
        }
        return out;
    }

    /** The first child with the given relation, if any. */
    public Optional<IndexedWord> child(IndexedWord node, String relation) {
        return children(node, relation).stream().findFirst();
    }

    /** A verb with a passive auxiliary or a passive subject ("was criticised", "who were booed"). */
    public boolean isPassive(IndexedWord verb) {
        return !children(verb, "aux:pass").isEmpty() || !children(verb, "nsubj:pass").isEmpty();
    }

    /** The relation from a node to its parent ("root" for the root, and for a node not in the tree). */
    public String relationToParent(IndexedWord node) {
        Optional<IndexedWord> parent = parent(node);
        SemanticGraphEdge e = parent.isEmpty() ? null : tree.getEdge(parent.get(), node);
        return e == null ? "root" : e.getRelation().toString();
    }

    /** The relation to the parent without its subtype: "obl" for "obl:for", "nmod" for "nmod:poss". */
    public String baseRelationToParent(IndexedWord node) {
        String rel = relationToParent(node);
        int colon = rel.indexOf(':');
        return colon < 0 ? rel : rel.substring(0, colon);
    }

    /** The parent of a node, empty for the root. */
    public Optional<IndexedWord> parent(IndexedWord node) {
        if (!holds(node)) {
            return Optional.empty();
        }
        return Optional.ofNullable(tree.getParent(node));
    }

    private boolean holds(IndexedWord node) {
        return node != null && tree != null && tree.containsVertex(node);
    }

    /** Token indices (1-based) of a node's subtree, excluding the subtrees rooted at {@code cut}. */
    public List<Integer> subtree(IndexedWord node, List<IndexedWord> cut) {
        List<Integer> out = new ArrayList<>();
        collect(node, cut, out);
        out.sort(Integer::compare);
        return out;
    }

    private void collect(IndexedWord node, List<IndexedWord> cut, List<Integer> out) {
        // Compared by token index: IndexedWord equality also weighs annotations that differ between copies.
        for (IndexedWord c : cut) {
            if (c.index() == node.index()) {
                return;
            }
        }
        out.add(node.index());
        if (!holds(node)) {
            return;
        }
        for (IndexedWord child : tree.getChildren(node)) {
            collect(child, cut, out);
        }
    }

    /** The token at a 1-based index. */
    public CoreLabel token(int tokenIndex) {
        return tokens.get(tokenIndex - 1);
    }

    /** The part of speech of the token at a 1-based index; empty when it has none. */
    public String tag(int tokenIndex) {
        String tag = token(tokenIndex).tag();
        return tag == null ? "" : tag;
    }

    /** True when the token (1-based) is punctuation by its part of speech. */
    public boolean isPunctuation(int tokenIndex) {
        String tag = tag(tokenIndex);
        return !tag.isEmpty() && !Character.isLetterOrDigit(tag.charAt(0));
    }

    /** Every node of the tree, in token order (a list that cannot be changed); none without a tree. */
    public List<IndexedWord> nodes() {
        if (tree == null) {
            return List.of();
        }
        // The tree is complete before the sentence is made (annotation ends first), so its nodes never change.
        List<IndexedWord> nodes = sortedNodes;
        if (nodes == null) {
            nodes = List.copyOf(tree.vertexListSorted());
            sortedNodes = nodes;
        }
        return nodes;
    }
}
