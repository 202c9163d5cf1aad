package org.claimgraph.resolve;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.group.WordNet;

/**
 * Reads a person's titles from the words around their name: premodifiers ("Italian premier Rossi"),
 * appositions ("Doe, head of the Transport Ministry,") and names in apposition ("the minister, Doe").
 */
final class RoleFinder {

    /**
     * A title as written, with the countries and organisations it names.
     *
     * @param title        "U.S. special envoy", "head of the Transport Ministry"
     * @param affiliations "United States", "Transport Ministry"
     */
    record Role(String title, List<String> affiliations) {
    }

    /** The roles the text gives the person named by this mention. */
    List<Role> rolesOf(ParsedArticle doc, CoreEntityMention mention) {
        List<Role> roles = new ArrayList<>();
        CoreLabel last = mention.tokens().get(mention.tokens().size() - 1);
        int sentenceIndex = last.sentIndex();
        if (sentenceIndex < 0 || sentenceIndex >= doc.sentences().size()) {
            return roles;
        }
        ParsedSentence s = doc.sentences().get(sentenceIndex);
        IndexedWord head = s.node(last.index());
        if (head == null) {
            return roles;
        }
        int nameBegin = mention.charOffsets().first();
        for (String rel : List.of("compound", "amod", "nmod:poss")) {
            for (IndexedWord mod : s.children(head, rel)) {
                if (isTitle(s, mod) && s.token(mod.index()).endPosition() <= nameBegin) {
                    role(doc, s, mod, List.of()).ifPresent(roles::add);
                }
            }
        }
        for (IndexedWord appos : s.children(head, "appos")) {
            if (isCommonNoun(appos)) {
                role(doc, s, appos, List.of()).ifPresent(roles::add);
            }
        }
        if (s.relationToParent(head).equals("appos")) {
            s.parent(head).filter(RoleFinder::isCommonNoun).flatMap(p -> role(doc, s, p, List.of(head)))
                    .ifPresent(roles::add);
        }
        return roles;
    }

    private static Optional<Role> role(ParsedArticle doc, ParsedSentence s, IndexedWord node, List<IndexedWord> cut) {
        if (!namesAPerson(node)) {
            return Optional.empty();
        }
        List<Integer> tokens = contiguous(s.subtree(node, cut), node.index());
        tokens.removeIf(i -> s.isPunctuation(i) || isDeterminer(s.token(i)));
        // "over her rival, X": the preposition belongs to the sentence, not to the title.
        while (!tokens.isEmpty() && tokens.get(0) < node.index() && "IN".equals(s.token(tokens.get(0)).tag())) {
            tokens.remove(0);
        }
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        int b = s.token(tokens.get(0)).beginPosition();
        int e = s.token(tokens.get(tokens.size() - 1)).endPosition();
        return Optional.of(new Role(doc.text().substring(b, e), Affiliations.of(doc, s, tokens)));
    }

    /** A title is headed by a singular word for a person ("envoy", "head", "oncologist"), not "ideas" or "website". */
    private static boolean namesAPerson(IndexedWord node) {
        if ("NNS".equals(node.tag())) {
            // "X, one of the Gold Star parents": a plural names the group, not the person's title.
            return false;
        }
        String lemma = node.lemma() == null ? node.word() : node.lemma();
        return ActorNouns.typeOf(lemma).orElse(null) == ActorType.PERSON || WordNet.isPersonNoun(lemma);
    }

    /**
     * The run of consecutive tokens around the node: words cut out of a subtree (a name, a clause) must not leave
     * the words after them inside the phrase.
     */
    static List<Integer> contiguous(List<Integer> tokens, int node) {
        int at = tokens.indexOf(node);
        int from = at;
        int to = at;
        while (from > 0 && tokens.get(from - 1) == tokens.get(from) - 1) {
            from--;
        }
        while (to < tokens.size() - 1 && tokens.get(to + 1) == tokens.get(to) + 1) {
            to++;
        }
        return new ArrayList<>(tokens.subList(from, to + 1));
    }

    private static boolean isDeterminer(CoreLabel t) {
        return "DT".equals(t.tag()) || "PRP$".equals(t.tag()) || "POS".equals(t.tag());
    }

    /** A common noun ("premier Rossi"), or a capitalised office outside the name ("Prime Minister Doe"). */
    private static boolean isTitle(ParsedSentence s, IndexedWord w) {
        if (isCommonNoun(w)) {
            return true;
        }
        CoreLabel t = s.token(w.index());
        return "O".equals(t.ner()) && ActorNouns.typeOf(w.word()).orElse(null) == ActorType.PERSON;
    }

    private static boolean isCommonNoun(IndexedWord w) {
        return w.tag() != null && (w.tag().equals("NN") || w.tag().equals("NNS"));
    }
}
