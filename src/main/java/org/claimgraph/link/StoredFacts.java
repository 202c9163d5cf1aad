package org.claimgraph.link;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.group.PortableSignature;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.NIF;
import org.claimgraph.rdf.SCHEMA;

/**
 * What linking reads about stored claims and actors, looked up by index (never by scanning the store) and
 * remembered for the length of one transaction.
 */
final class StoredFacts {

    private static final Node TYPE = RDF.type.asNode();
    private static final Node CLAIM = CG.Claim.asNode();
    private static final Node PERSON = CG.Person.asNode();
    private static final Node MATCH_KEY = CG.matchKey.asNode();

    /**
     * Sentences (or lines: a headline often has no full stop) of an article's opening that name its story: the
     * headline and the first sentence, or the first two sentences when the headline is not a line of its own.
     */
    private static final int OPENING_SENTENCES = 2;
    private static final java.util.regex.Pattern SENTENCE_OR_LINE_END = java.util.regex.Pattern.compile(
            "(?<=[.!?][\"”’']?)\\s+|\\s*\\n\\s*");

    private final DatasetGraph dsg;
    private final Map<Node, PortableSignature> signatures = new HashMap<>();
    private final Map<Node, Optional<Node>> articles = new HashMap<>();
    private final Map<Node, String> order = new HashMap<>();
    private final Map<String, Boolean> surnames = new HashMap<>();
    private final Map<String, Boolean> personNameWords = new HashMap<>();
    private final Map<Node, Set<String>> storyNames = new HashMap<>();
    private final Map<Node, Set<String>> openingNames = new HashMap<>();
    private final Map<Node, Boolean> asserted = new HashMap<>();

    StoredFacts(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The nodes filed under a match key, in any graph but {@code except}. */
    Set<Node> filedUnder(String key, Node except) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, MATCH_KEY, NodeFactory.createLiteralString(key)).forEachRemaining(q -> {
            if (!q.getGraph().equals(except)) {
                out.add(q.getSubject());
            }
        });
        return out;
    }

    /**
     * True when one of the given articles names a person with a full name filed under the word as surname ("doe"
     * for "Jane Doe"): a one-word "person" ("Acme said …") is as often a body the tagger took for one. Only the
     * two articles being compared are asked, so the answer does not depend on what else was stored before.
     */
    boolean isPersonSurname(String word, Collection<Node> articles) {
        return surnames.computeIfAbsent(word + " " + articles, k -> {
            Node key = NodeFactory.createLiteralString(LinkingTerms.SURNAME_KEY + word);
            for (Node article : articles) {
                for (Node person : dsg.getGraph(article).find(Node.ANY, MATCH_KEY, key).mapWith(t -> t.getSubject())
                        .toList()) {
                    if (labels(person).stream().anyMatch(l -> l.strip().contains(" "))) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /**
     * True when the word is the surname of a person named in full in one of the articles ({@link
     * #isPersonSurname}) or any word of the full name of a person there ("hillary" of "Hillary Clinton"): news
     * calls people by first names too, and a claim naming only people is no better anchored by a first name.
     */
    boolean isPersonNameWord(String word, Collection<Node> articles) {
        if (isPersonSurname(word, articles)) {
            return true;
        }
        return personNameWords.computeIfAbsent(word + " " + articles, k -> {
            for (Node article : articles) {
                Graph g = dsg.getGraph(article);
                for (Node person : g.find(Node.ANY, TYPE, PERSON).mapWith(t -> t.getSubject()).toList()) {
                    for (String label : labels(person)) {
                        String[] words = label.strip().toLowerCase(java.util.Locale.ROOT).split("[\\s\\-]+");
                        if (words.length > 1 && java.util.Arrays.asList(words).contains(word)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        });
    }

    /** A claim's terms as its graph keeps them. */
    PortableSignature signature(Node claim) {
        return signatures.computeIfAbsent(claim, c -> new PortableSignature(strings(c, CG.eventTerm.asNode()),
                strings(c, CG.argumentTerm.asNode()), strings(c, CG.detailTerm.asNode())));
    }

    /** True when some stored statement asserts the claim (its own stance, as its article's graph keeps it). */
    boolean asserted(Node claim) {
        return asserted.computeIfAbsent(claim, c -> {
            List<Node> statements = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, CG.claim.asNode(), c).forEachRemaining(q -> statements.add(q.getSubject()));
            for (Node statement : statements) {
                if (dsg.contains(Node.ANY, statement, CG.stance.asNode(), CG.Assert.asNode())) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The names that tell an article's story, gathered over its claims by {@code namesOf}. */
    Set<String> storyNames(Node article, Function<PortableSignature, Set<String>> namesOf) {
        return storyNames.computeIfAbsent(article, a -> {
            Set<String> out = new TreeSet<>();
            dsg.getGraph(a).find(Node.ANY, TYPE, CLAIM).forEachRemaining(t -> out.addAll(namesOf.apply(
                    signature(t.getSubject()))));
            return out;
        });
    }

    /**
     * The names that tell an article's story read from its headline and opening ({@link #OPENING_SENTENCES}
     * sentences or lines) by {@code namesOf}.
     */
    Set<String> openingNames(Node article, Function<String, Set<String>> namesOf) {
        return openingNames.computeIfAbsent(article, a -> new TreeSet<>(namesOf.apply(opening(a))));
    }

    /** The article's headline, when stored, and the first sentences or lines of its text. */
    private String opening(Node article) {
        return opening(strings(article, SCHEMA.headline.asNode()), strings(article, NIF.isString.asNode()));
    }

    /** The headlines, one per line, then the first sentences or lines of each text. */
    static String opening(Collection<String> headlines, Collection<String> texts) {
        StringBuilder out = new StringBuilder();
        headlines.forEach(h -> out.append(h).append('\n'));
        texts.forEach(text -> out.append(opening(text)));
        return out.toString();
    }

    /** The match keys a claim is filed under, as its graph keeps them. */
    Set<String> matchKeys(Node claim) {
        return strings(claim, MATCH_KEY);
    }

    /** The first {@link #OPENING_SENTENCES} sentences or lines of a text, one per line. */
    static String opening(String text) {
        StringBuilder out = new StringBuilder();
        String[] pieces = SENTENCE_OR_LINE_END.split(org.claimgraph.read.Article.withoutHeader(text).strip(),
                OPENING_SENTENCES + 1);
        for (int i = 0; i < Math.min(OPENING_SENTENCES, pieces.length); i++) {
            out.append(pieces[i]).append('\n');
        }
        return out.toString();
    }

    /** The article (graph) that holds a claim. */
    Optional<Node> articleOf(Node claim) {
        return articles.computeIfAbsent(claim, c -> {
            var it = dsg.find(Node.ANY, c, TYPE, CLAIM);
            try {
                return it.hasNext() ? Optional.of(it.next().getGraph()) : Optional.empty();
            } finally {
                Iter.close(it);
            }
        });
    }

    /**
     * A sort key that puts the claim of the earliest-published article first (undated ones last), then by IRI:
     * the group's canonical claim is the first report of it.
     */
    String order(Node claim) {
        return order.computeIfAbsent(claim, c -> {
            String date = articleOf(c).flatMap(this::datePublished).orElse("\uffff");
            return date + " " + c.getURI();
        });
    }

    /** The publication date of the article holding a claim, when the article gives one as a full date. */
    Optional<LocalDate> published(Node claim) {
        return articleOf(claim).flatMap(this::datePublished).flatMap(StoredFacts::parseDate);
    }

    private static Optional<LocalDate> parseDate(String lexical) {
        try {
            return Optional.of(LocalDate.parse(lexical));
        } catch (DateTimeParseException e) {
            // A year or a month only (or a malformed value): too coarse for a window of days.
            return Optional.empty();
        }
    }

    private Optional<String> datePublished(Node article) {
        var it = dsg.find(article, article, SCHEMA.datePublished.asNode(), Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        } finally {
            Iter.close(it);
        }
    }

    /** The labels of a node in any graph, sorted. */
    Set<String> labels(Node n) {
        return strings(n, RDFS.label.asNode());
    }

    /** True when some graph still types the node with the class. */
    boolean hasType(Node n, Node type) {
        var it = dsg.find(Node.ANY, n, TYPE, type);
        try {
            return it.hasNext();
        } finally {
            Iter.close(it);
        }
    }

    private Set<String> strings(Node subject, Node property) {
        Set<String> out = new TreeSet<>();
        dsg.find(Node.ANY, subject, property, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                out.add(q.getObject().getLiteralLexicalForm());
            }
        });
        return out;
    }
}
