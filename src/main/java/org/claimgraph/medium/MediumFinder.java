package org.claimgraph.medium;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.CueGovernors;

/**
 * Finds where each statement was made from the phrases on its cue: "wrote on his platform Gab", "said in an
 * interview with CNN", "told Reuters", "spoke at the G20 summit". Only named media count: "in a statement"
 * alone names no place that another article could share.
 */
public final class MediumFinder {

    /** Prepositions that introduce a medium ("on X", "in an interview", "at the summit", "to CNN", "with CNN"). */
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "to", "with", "via", "during");
    /** Where a name the lexicon does not know is an outlet if NER calls it an organisation ("told", "with"). */
    private static final Set<String> OUTLET_MARKS = Set.of("to", "with", "tell");
    /** Relations by which a phrase hangs on a word. */
    private static final List<String> PHRASE_RELATIONS = List.of("obl", "nmod");

    /** The medium of each attribution that names one. */
    public Map<Attribution, Medium> find(ParsedArticle doc, List<Attribution> attributions) {
        Map<Attribution, Medium> out = new IdentityHashMap<>();
        for (Attribution a : attributions) {
            ParsedSentence s = doc.sentences().get(a.sentence());
            if (s.hasTree()) {
                mediumOf(s, doc.text(), a).ifPresent(m -> out.put(a, m));
            }
        }
        return out;
    }

    private static Optional<Medium> mediumOf(ParsedSentence s, String text, Attribution a) {
        for (IndexedWord governor : CueGovernors.of(s, a)) {
            for (Phrase p : phrases(s, governor)) {
                int at = s.token(p.head().index()).beginPosition();
                if (a.content().stream().anyMatch(c -> c.contains(at))) {
                    continue;
                }
                Optional<Medium> m = phraseMedium(s, text, p);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    /** A phrase on a word and what introduces it: a preposition, or "tell" for the one told. */
    private record Phrase(IndexedWord head, String mark) {
    }

    private static List<Phrase> phrases(ParsedSentence s, IndexedWord word) {
        List<Phrase> out = new ArrayList<>();
        for (String rel : PHRASE_RELATIONS) {
            for (IndexedWord child : s.children(word, rel)) {
                s.child(child, "case").map(c -> c.word().toLowerCase(Locale.ROOT)).filter(PREPOSITIONS::contains)
                        .ifPresent(prep -> out.add(new Phrase(child, prep)));
            }
        }
        // "told Reuters": the one told is where the statement was made when it is an outlet.
        if ("tell".equals(word.lemma())) {
            for (String rel : List.of("obj", "iobj")) {
                s.children(word, rel).forEach(c -> out.add(new Phrase(c, "tell")));
            }
        }
        return out;
    }

    /** The medium a phrase names: a channel by name, or a noun with a name beside it. */
    private static Optional<Medium> phraseMedium(ParsedSentence s, String text, Phrase p) {
        Optional<String> name = MediumNames.properName(s, text, p.head());
        if (name.isPresent()) {
            return namedChannel(s, p.head(), name.get(), p.mark());
        }
        if (p.head().tag() == null || !p.head().tag().startsWith("NN")) {
            return Optional.empty();
        }
        Optional<MediumType> nounType = MediumLexicon.ofNoun(MediumNames.modifier(s, p.head()), p.head().lemma());
        if (nounType.isEmpty()) {
            return Optional.empty();
        }
        // "his platform Gab": the name in apposition is the medium, of the noun's kind.
        for (String rel : List.of("appos", "dep", "flat")) {
            for (IndexedWord child : s.children(p.head(), rel)) {
                Optional<String> n = MediumNames.properName(s, text, child);
                if (n.isPresent()) {
                    return typed(n.get(), nounType.get());
                }
            }
        }
        // "an interview with CNN", "a post on Telegram": the name after the noun's preposition.
        for (Phrase inner : phrases(s, p.head())) {
            Optional<String> n = MediumNames.properName(s, text, inner.head());
            if (n.isPresent()) {
                return namedChannel(s, inner.head(), n.get(), inner.mark());
            }
        }
        // "the G20 summit" is a named gathering; "his Gab account" a channel named before its noun.
        Optional<String> before = MediumNames.properCompound(s, text, p.head());
        if (before.isPresent() && nounType.get() == MediumType.EVENT) {
            return Optional.of(new Medium(before.get() + " " + p.head().word(), MediumType.EVENT));
        }
        return before.flatMap(n -> typed(n, nounType.get()));
    }

    /**
     * A name is a medium if the lexicon knows it, or if it is an organisation one talks to ("told", "with") that
     * is not a body named by its kind ("told the Senate Committee").
     */
    private static Optional<Medium> namedChannel(ParsedSentence s, IndexedWord head, String name, String mark) {
        Optional<MediumType> known = MediumLexicon.ofName(name);
        if (known.isPresent()) {
            return Optional.of(new Medium(name, known.get()));
        }
        if (OUTLET_MARKS.contains(mark) && "ORGANIZATION".equals(s.token(head.index()).ner())
                && !MediumLexicon.isBody(head.lemma())) {
            return Optional.of(new Medium(name, MediumType.NEWS_OUTLET));
        }
        // A name that ends in a kind: "the Global Energy Summit", "the Annual Report".
        return MediumLexicon.ofNoun(null, head.lemma()).map(type -> new Medium(name, type));
    }

    /** A name beside a noun takes the lexicon's type, else the noun's; a document noun alone types nothing. */
    private static Optional<Medium> typed(String name, MediumType nounType) {
        Optional<MediumType> known = MediumLexicon.ofName(name);
        if (known.isPresent()) {
            return Optional.of(new Medium(name, known.get()));
        }
        return nounType == MediumType.DOCUMENT ? Optional.empty() : Optional.of(new Medium(name, nounType));
    }
}
