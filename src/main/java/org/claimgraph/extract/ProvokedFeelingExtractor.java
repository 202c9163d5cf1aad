package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.group.WordNet;
import org.claimgraph.lexicon.TsvResource;

/**
 * Finds feelings that something stirred in someone ({@link ProvokingVerbs}): "the plan angered voters", "voters
 * were alarmed by the plan", "they were irritated about the delay", "Angered by the ruling, Roe appealed". The one
 * who feels is the source, what stirred the feeling the content, and the verb, with its preposition, the cue.
 */
final class ProvokedFeelingExtractor {

    /** Quantifiers that stand for people as the one who feels ("rankled many in the party"). */
    private static final Set<String> PEOPLE_QUANTIFIERS = TsvResource.words("controlling-quantifiers.tsv");
    /** Relations by which an opening participle hangs on the clause whose subject feels ("Angered by P, X …"). */
    private static final Set<String> OPENING_PARTICIPLE = Set.of("advcl", "dep", "xcomp");
    /** Prepositions that introduce what stirred a feeling after a participle ("alarmed by", "irritated about"). */
    private static final Set<String> CAUSE_PREPOSITIONS = TsvResource.words("cause-prepositions.tsv");

    /** Attributions of stirred feelings outside quotations, on verbs no other attribution has for its cue. */
    List<Attribution> extract(ParsedArticle doc, List<CharSpan> quotes, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            for (IndexedWord verb : s.nodes()) {
                boolean verbOrParticiple = verb.tag() != null
                        && (verb.tag().startsWith("VB") || verb.tag().startsWith("JJ"));
                if (!verbOrParticiple || !ProvokingVerbs.isProvoking(verb.lemma())) {
                    continue;
                }
                int at = s.token(verb.index()).beginPosition();
                if (quotes.stream().anyMatch(q -> q.contains(at))
                        || found.stream().anyMatch(a -> a.cue().contains(at))) {
                    continue;
                }
                feeling(doc.text(), s, verb, quotes).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The attribution of the feeling the verb names, if its tree gives both who feels and, not a person, what stirred
     * it: a participle's phrase of cause ("were alarmed by P") or an active verb's subject ("P angered voters").
     */
    private static Optional<Attribution> feeling(String text, ParsedSentence s, IndexedWord verb,
                                                 List<CharSpan> quotes) {
        Optional<IndexedWord> cause = participleCause(s, verb);
        boolean passive = cause.isPresent();
        if (!passive) {
            // A passive without a cause names only the one who feels ("voters were angered"): nothing stirred it here.
            cause = s.isPassive(verb) || !verb.tag().startsWith("VB") ? Optional.empty() : s.child(verb, "nsubj");
        }
        Optional<IndexedWord> feeler = passive ? passiveFeeler(s, verb) : s.child(verb, "obj");
        if (cause.isEmpty() || feeler.isEmpty() || !canFeel(s, feeler.get()) || isPerson(s, cause.get())) {
            return Optional.empty();
        }
        // The "by" (or "about", "with") of the passive is the cue's, not the content's.
        List<IndexedWord> cut = passive ? s.children(cause.get(), "case") : List.of();
        Optional<CharSpan> content = TreeSpans.subtree(s, cause.get(), cut, text);
        Optional<Mention> source = CueFrames.mention(s, feeler.get(), text, quotes, List.of(verb));
        if (content.isEmpty() || source.isEmpty() || source.get().span().overlaps(content.get())) {
            return Optional.empty();
        }
        CharSpan cue = CueFrames.cueSpan(s, verb, source, content.get());
        if (cue.overlaps(content.get()) || cue.overlaps(source.get().span())) {
            return Optional.empty();
        }
        QuoteKind kind = QuoteKind.indirectOrMixed(List.of(content.get()), quotes);
        return Optional.of(new Attribution(source, cue, verb.lemma().toLowerCase(Locale.ROOT), List.of(content.get()),
                kind, s.index()));
    }

    /**
     * What stirred the feeling a participle names, passive ("were alarmed by P") or read as an adjective ("were
     * less pleased by P", "were irritated about P"): its phrase after a preposition of cause-prepositions.tsv; none
     * for an active verb ("has angered voters by raising fees": the subject stirred it).
     */
    private static Optional<IndexedWord> participleCause(ParsedSentence s, IndexedWord verb) {
        // A participle read as an adjective keeps the verb's "-ed" ("pleased"); "pleasant" or "alarming" do not.
        boolean participle = "VBN".equals(verb.tag())
                || verb.tag().startsWith("JJ") && verb.word().toLowerCase(Locale.ROOT).endsWith("ed");
        boolean activePerfect = !s.isPassive(verb) && s.children(verb, "cop").isEmpty()
                && s.child(verb, "nsubj").isPresent();
        if (!participle || activePerfect) {
            return Optional.empty();
        }
        return s.children(verb, "obl").stream().filter(o -> o.index() > verb.index())
                .filter(o -> s.children(o, "case").stream()
                        .anyMatch(c -> CAUSE_PREPOSITIONS.contains(c.word().toLowerCase(Locale.ROOT))))
                .findFirst();
    }

    /**
     * Who feels what a participle's phrase of cause stirred: its subject ("voters were alarmed by"), the noun it
     * describes ("viewers overwhelmed by choices"), or the subject of the clause an opening participle leads into
     * ("Angered by the ruling, Roe appealed").
     */
    private static Optional<IndexedWord> passiveFeeler(ParsedSentence s, IndexedWord verb) {
        // "nsubj" holds the passive's subject and that of an adjective after a copula ("they were less pleased").
        Optional<IndexedWord> subject = s.child(verb, "nsubj");
        if (subject.isPresent()) {
            return subject;
        }
        Optional<IndexedWord> parent = s.parent(verb);
        String relation = s.relationToParent(verb);
        if (parent.isEmpty()) {
            return Optional.empty();
        }
        if (relation.startsWith("acl") && parent.get().index() < verb.index()) {
            return parent;
        }
        boolean opening = OPENING_PARTICIPLE.contains(relation) && verb.index() < parent.get().index();
        return opening ? s.child(parent.get(), "nsubj") : Optional.empty();
    }

    /** A person, a body of people, or a quantifier standing for people: one who can feel. */
    private static boolean canFeel(ParsedSentence s, IndexedWord noun) {
        String lemma = noun.lemma() == null ? noun.word() : noun.lemma();
        return CueFrames.canAct(s, noun) || WordNet.isPersonNoun(lemma)
                || PEOPLE_QUANTIFIERS.contains(noun.word().toLowerCase(Locale.ROOT));
    }

    /** A person named or meant by a pronoun or noun: someone who acts, not what stirred a feeling. */
    private static boolean isPerson(ParsedSentence s, IndexedWord noun) {
        String tag = noun.tag() == null ? "" : noun.tag();
        String lemma = noun.lemma() == null ? noun.word() : noun.lemma();
        return "PERSON".equals(s.token(noun.index()).ner())
                || tag.equals("PRP") && !noun.word().equalsIgnoreCase("it")
                || tag.startsWith("NN") && WordNet.isFirstlyPersonNoun(lemma);
    }
}
