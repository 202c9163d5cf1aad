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
 * were alarmed by the plan", "Angered by the ruling, Roe appealed". The one who feels is the source, what stirred
 * the feeling the content, and the verb, with its "by", the cue.
 */
final class ProvokedFeelingExtractor {

    /** Quantifiers that stand for people as the one who feels ("rankled many in the party"). */
    private static final Set<String> PEOPLE_QUANTIFIERS = TsvResource.words("controlling-quantifiers.tsv");
    /** Relations by which an opening participle hangs on the clause whose subject feels ("Angered by P, X …"). */
    private static final Set<String> OPENING_PARTICIPLE = Set.of("advcl", "dep", "xcomp");

    /** Attributions of stirred feelings outside quotations, on verbs no other attribution has for its cue. */
    List<Attribution> extract(ParsedArticle doc, List<CharSpan> quotes, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            for (IndexedWord verb : s.nodes()) {
                if (verb.tag() == null || !verb.tag().startsWith("VB") || !ProvokingVerbs.isProvoking(verb.lemma())) {
                    continue;
                }
                int at = s.token(verb.index()).beginPosition();
                if (quotes.stream().anyMatch(q -> q.contains(at)) || found.stream().anyMatch(a -> a.cue().contains(at))) {
                    continue;
                }
                feeling(doc.text(), s, verb, quotes).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<Attribution> feeling(String text, ParsedSentence s, IndexedWord verb,
                                                 List<CharSpan> quotes) {
        Optional<IndexedWord> cause = CueFrames.agent(s, verb);
        boolean passive = cause.isPresent();
        if (!passive) {
            // A passive without "by" names only the one who feels ("voters were angered"): nothing stirred it here.
            cause = s.isPassive(verb) ? Optional.empty() : s.child(verb, "nsubj");
        }
        Optional<IndexedWord> feeler = passive ? passiveFeeler(s, verb) : s.child(verb, "obj");
        if (cause.isEmpty() || feeler.isEmpty() || !canFeel(s, feeler.get()) || isPerson(s, cause.get())) {
            return Optional.empty();
        }
        // The "by" of the passive is the cue's, not the content's.
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
        QuoteKind kind = quotes.stream().anyMatch(q -> q.overlaps(content.get())) ? QuoteKind.MIXED
                : QuoteKind.INDIRECT;
        return Optional.of(new Attribution(source, cue, verb.lemma().toLowerCase(Locale.ROOT), List.of(content.get()),
                kind, s.index()));
    }

    /**
     * Who feels what a passive's "by" phrase stirred: its subject ("voters were alarmed by"), the noun it describes
     * ("viewers overwhelmed by choices"), or the subject of the clause an opening participle leads into ("Angered
     * by the ruling, Roe appealed").
     */
    private static Optional<IndexedWord> passiveFeeler(ParsedSentence s, IndexedWord verb) {
        Optional<IndexedWord> subject = s.child(verb, "nsubj:pass");
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
