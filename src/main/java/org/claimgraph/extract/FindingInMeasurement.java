package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * Finds "P in a poll": a finding reported by a measurement of opinion. The measurement ("a CBS News poll
 * released Monday") is the source, "in" the cue and the clause or noun phrase the phrase hangs on the content.
 */
final class FindingInMeasurement {

    /** Nouns of a measurement that reports a finding, from {@code poll-nouns.tsv}, read in the singular. */
    static final Set<String> MEASUREMENTS = TsvResource.words("poll-nouns.tsv");
    /** Verbs of taking part in a poll ("took part in a poll"), from {@code poll-participation-verbs.tsv}. */
    private static final Set<String> PARTICIPATION = TsvResource.words("poll-participation-verbs.tsv");
    /** Articles that make the measurement one particular poll rather than polling in general. */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /**
     * Attributions whose source is a measurement after "in", outside quotations, unless the phrase belongs to
     * another attribution's source ("respondents in the poll said P" is the respondents' statement) or the
     * clause it hangs on is another attribution's frame ("In a new poll, the firm found that P"), or the phrase
     * is already read (the opening "In a poll, P" of {@link PollPhraseExtractor}).
     */
    List<Attribution> extract(ParsedArticle doc, List<CharSpan> quotes, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            if (!s.hasTree()) {
                continue;
            }
            for (IndexedWord w : s.nodes()) {
                if (isMeasurementAfterIn(s, w)) {
                    attribution(doc.text(), s, w, quotes)
                            .filter(a -> found.stream().noneMatch(b -> inSource(a, b) || cueInside(b, a)
                                    || b.cue().overlaps(a.cue())))
                            .ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** A singular measurement noun with an article and "in" as its marker: "in the latest poll". */
    private static boolean isMeasurementAfterIn(ParsedSentence s, IndexedWord w) {
        if (!"NN".equals(w.tag()) && !"NNP".equals(w.tag())
                || !MEASUREMENTS.contains(w.word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean in = s.children(w, "case").stream().anyMatch(c -> c.word().equalsIgnoreCase("in"));
        boolean article = s.children(w, "det").stream()
                .anyMatch(d -> ARTICLES.contains(d.word().toLowerCase(Locale.ROOT)));
        return in && article;
    }

    private static Optional<Attribution> attribution(String text, ParsedSentence s, IndexedWord measurement,
                                                     List<CharSpan> quotes) {
        IndexedWord in = s.children(measurement, "case").stream()
                .filter(c -> c.word().equalsIgnoreCase("in")).findFirst().orElseThrow();
        CharSpan cue = new CharSpan(s.token(in.index()).beginPosition(), s.token(in.index()).endPosition());
        // A poll quoted by a speaker is part of what the speaker said, as with "according to".
        if (quotes.stream().anyMatch(q -> q.contains(cue.begin()))) {
            return Optional.empty();
        }
        Optional<IndexedWord> governor = s.parent(measurement).map(g -> topOfNominal(s, g));
        // The whole measurement, with what describes it ("a poll released Monday"), as annotators mark it.
        Optional<Mention> source = TreeSpans.subtree(s, measurement, List.of(in), text)
                .map(span -> new Mention(span, s.index(), measurement.index()));
        if (governor.isEmpty() || source.isEmpty() || isParticipation(governor.get())) {
            return Optional.empty();
        }
        List<CharSpan> content = TreeSpans.runs(s, s.subtree(governor.get(), List.of(measurement)), text);
        if (content.isEmpty() || content.stream().anyMatch(c -> c.overlaps(source.get().span()))) {
            return Optional.empty();
        }
        QuoteKind kind = QuoteKind.indirectOrMixed(content, quotes);
        return Optional.of(new Attribution(source, cue, "in", content, kind, s.index()));
    }

    /**
     * The noun phrase a noun belongs to, climbing noun modifiers (in "Lee's lead over her rival in a poll" the
     * parser hangs the poll on "rival", but the finding is the whole lead), or the clause of a predicate's noun.
     */
    private static IndexedWord topOfNominal(ParsedSentence s, IndexedWord word) {
        IndexedWord top = word;
        while (top.tag().startsWith("NN") && "nmod".equals(s.baseRelationToParent(top))) {
            Optional<IndexedWord> parent = s.parent(top);
            if (parent.isEmpty() || !parent.get().tag().startsWith("NN")) {
                break;
            }
            top = parent.get();
        }
        // A nominal in the predicate ("leads with 6 percent in the poll") belongs to its clause: the whole clause
        // is the finding. A subject ("Lee's lead in the poll has narrowed") is the finding by itself.
        String relation = s.baseRelationToParent(top);
        if (top.tag().startsWith("NN") && ("obl".equals(relation) || "obj".equals(relation))) {
            return s.parent(top).orElse(top);
        }
        return top;
    }

    /** True when the phrase tells where someone took part ("took part in a poll"), not what the poll found. */
    private static boolean isParticipation(IndexedWord governor) {
        return governor.tag().startsWith("VB") && governor.lemma() != null
                && PARTICIPATION.contains(governor.lemma().toLowerCase(Locale.ROOT));
    }

    /** True when another attribution's cue lies inside the finding: the poll is then where that one spoke. */
    private static boolean cueInside(Attribution other, Attribution finding) {
        return finding.content().stream().anyMatch(c -> c.overlaps(other.cue()));
    }

    /** True when the measurement phrase lies inside another attribution's source. */
    private static boolean inSource(Attribution a, Attribution other) {
        return other.source().map(m -> m.span().overlaps(a.cue())).orElse(false);
    }
}
