package org.claimgraph.resolve;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.extract.Mention;

/**
 * Sources whose words only point elsewhere: a relative pronoun ("the senator, who said …") stands for the noun
 * its clause modifies; a first-person pronoun inside a quotation ("'I told them,' she said") for the quotation's
 * speaker.
 */
final class Antecedents {

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that", "which", "whom");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our");

    private Antecedents() {
    }

    /** The noun a relative pronoun's clause modifies, as a mention of its own ("the senator"). */
    static Optional<Mention> ofRelative(ParsedArticle doc, Mention m) {
        ParsedSentence s = doc.sentences().get(m.sentence());
        IndexedWord pronoun = s.node(m.headToken());
        if (pronoun == null || !RELATIVE_PRONOUNS.contains(pronoun.word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Optional<IndexedWord> clause = s.parent(pronoun).filter(v -> s.relationToParent(v).startsWith("acl:relcl"));
        Optional<IndexedWord> noun = clause.flatMap(s::parent);
        if (noun.isEmpty()) {
            return Optional.empty();
        }
        // The noun's own preposition links it to the sentence, not to the speaker: "came from a stranger who
        // claimed …" is the stranger's claim; deeper ones stay ("the head of the lab, who said …").
        List<IndexedWord> cut = new ArrayList<>(s.children(noun.get(), "case"));
        cut.add(clause.get());
        List<Integer> tokens = s.subtree(noun.get(), cut);
        tokens.removeIf(s::isPunctuation);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        CharSpan span = new CharSpan(s.token(tokens.get(0)).beginPosition(),
                s.token(tokens.get(tokens.size() - 1)).endPosition());
        return Optional.of(new Mention(span, m.sentence(), noun.get().index()));
    }

    /** True for a source that is a first-person pronoun ("I", "we"), whose referent is whoever is quoted. */
    static boolean isFirstPerson(ParsedArticle doc, Attribution a) {
        return a.source().map(m -> FIRST_PERSON.contains(m.naming(doc.text()).toLowerCase(Locale.ROOT)))
                .orElse(false);
    }

    /** The attribution, other than {@code a}, whose quoted content holds {@code a}'s source. */
    static Optional<Attribution> enclosingQuote(Attribution a, List<Attribution> all) {
        if (a.source().isEmpty()) {
            return Optional.empty();
        }
        int at = a.source().get().span().begin();
        return all.stream().filter(o -> o != a && o.content().stream().anyMatch(c -> c.contains(at)))
                .filter(o -> o.source().isPresent()).findFirst();
    }
}
