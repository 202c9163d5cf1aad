package org.claimgraph.resolve;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.extract.Mention;
import org.claimgraph.lexicon.TsvResource;

/**
 * The maker of a record or an inquiry that speaks: "a survey by Kestrel Analytics found P" is Kestrel Analytics'
 * finding, and users ask what Kestrel Analytics found, not what "a survey by Kestrel Analytics" did.
 */
final class RecordAuthors {

    /** Nouns of records and inquiries, from {@code evidence-nouns.tsv}. */
    private static final Set<String> RECORD_NOUNS = TsvResource.words("evidence-nouns.tsv");
    /** Prepositions that name a record's maker, from {@code author-prepositions.tsv}. */
    private static final Set<String> AUTHOR_PREPOSITIONS = TsvResource.words("author-prepositions.tsv");

    private RecordAuthors() {
    }

    /**
     * The named maker inside a mention headed by a record noun ("research from the Harwell Institute", "a survey
     * conducted by Harwell"), as a mention of its own without its preposition; empty when the mention names none.
     * Only a proper noun counts: "a survey by the firm" leaves the firm to be told apart from the record later.
     */
    static Optional<Mention> of(ParsedSentence s, Mention m) {
        IndexedWord head = s.node(m.headToken());
        if (head == null || head.lemma() == null || !RECORD_NOUNS.contains(lower(head.lemma()))) {
            return Optional.empty();
        }
        List<IndexedWord> modifiers = new ArrayList<>(s.children(head, "nmod"));
        for (IndexedWord participle : s.children(head, "acl")) {
            modifiers.addAll(s.children(participle, "obl"));
            modifiers.addAll(s.children(participle, "nmod"));
        }
        return modifiers.stream()
                .filter(n -> s.tag(n.index()) != null && s.tag(n.index()).startsWith("NNP"))
                .filter(n -> m.span().contains(s.token(n.index()).beginPosition()))
                .filter(n -> s.children(n, "case").stream()
                        .anyMatch(c -> AUTHOR_PREPOSITIONS.contains(lower(c.word()))))
                .findFirst()
                .map(n -> authorMention(s, m, n));
    }

    private static Mention authorMention(ParsedSentence s, Mention m, IndexedWord author) {
        List<Integer> tokens = s.subtree(author, s.children(author, "case"));
        // A comma closing the phrase is no part of the name; a bracket closing an acronym is ("… (RAD)").
        while (tokens.size() > 1 && s.isPunctuation(tokens.get(tokens.size() - 1))
                && !s.token(tokens.get(tokens.size() - 1)).word().matches("\\)|-RRB-")) {
            tokens.remove(tokens.size() - 1);
        }
        CharSpan span = new CharSpan(s.token(tokens.get(0)).beginPosition(),
                s.token(tokens.get(tokens.size() - 1)).endPosition());
        return new Mention(span, m.sentence(), author.index());
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
