package org.claimgraph.group;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.claimgraph.annotate.Lemmas;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.lexicon.TsvResource;
import org.claimgraph.stance.Statement;

/**
 * What a claim noun standing alone refers to ("the allegation", "these claims", "the report"): the claim of a
 * statement the noun names through its cue or source; else the claim that shares a word the noun phrase adds ("the
 * allegation about the fish", "the union's claims"); else the claim the statement right after it takes the same
 * stance on; else the claim last told. An accusation ("the allegation") is of
 * a deed, never a finding told as its evidence ("found traces of petrol"), and when its accuser told several claims
 * just before it, nothing says which deed is meant: the noun is left to a claim of its own, a wrong join is worse.
 */
final class BackReferences {

    /** Words of times ("dismissed the claims on Monday" says when, not which claims) and of no content. */
    private static final Set<String> TIME_WORDS = TsvResource.words("time-words.tsv");
    private static final Set<String> NOISE = TsvResource.words("claim-noise.tsv");

    private final WordNet wordNet;
    private final SignatureMatcher matcher;

    BackReferences(WordNet wordNet, SignatureMatcher matcher) {
        this.wordNet = wordNet;
        this.matcher = matcher;
    }

    /**
     * A claim told before the reference: the key of its group, the statement telling it and its signature.
     *
     * @param <K> the caller's kind of group
     */
    record Told<K>(K group, Statement statement, ClaimSignature signature) {
        int position() {
            return statement.reading().claimSpans().get(0).begin();
        }
    }

    /**
     * The group the reference refers to, among {@code told} (the claims told before it, in text order, without
     * evidence cited), or empty when nothing decides it; {@code sameSpeaker} says whether two statements' speakers
     * are one; {@code contested} is the group the statement right after the reference takes the same stance on.
     */
    <K> Optional<K> resolve(ParsedArticle doc, Statement reference, List<Told<K>> told,
                            BiPredicate<Statement, Statement> sameSpeaker, Optional<K> contested) {
        List<Token> words = words(doc, reference.reading().claimSpans());
        Set<String> nouns = new HashSet<>();
        List<ClaimSignature.Term> topic = new ArrayList<>();
        for (Token w : words) {
            if (ClaimHeads.is(w.term().lemma(), ClaimHeads.Role.CLAIM)) {
                nouns.add(w.term().lemma());
            } else if (w.content()) {
                topic.add(w.term());
            }
        }
        Optional<Told<K>> named = latest(told, t -> namedBy(doc, t.statement(), nouns));
        if (named.isPresent()) {
            return named.map(Told::group);
        }
        Optional<Told<K>> topical = topic.isEmpty() ? Optional.empty() : latest(told, t -> shares(t, topic));
        if (topical.isPresent()) {
            // The words the noun adds say which claim it is. One sharing none decides nothing: the words may name
            // the medium ("a newspaper report") or what the claim was about in words no claim repeats.
            return topical.map(Told::group);
        }
        if (contested.isPresent() && told.stream().anyMatch(t -> t.group() == contested.get())) {
            // "X rejected the report. 'We have no plans to close stores,' said its spokeswoman": the denial goes on.
            return contested;
        }
        if (nouns.stream().noneMatch(n -> ClaimHeads.is(n, ClaimHeads.Role.ACCUSATION))) {
            // "the claim", "these reports" name whatever was claimed: the claim told last.
            return told.isEmpty() ? Optional.empty() : Optional.of(told.get(told.size() - 1).group());
        }
        // An accusation names a deed, which a finding is not, and which recency cannot pick out of several claims
        // of one accuser (the deed, the evidence, what it led to).
        return lastSpeakersOne(told.stream().filter(t -> !finding(t.signature())).toList(), sameSpeaker);
    }

    /**
     * The group of the last claim told, unless its speaker told another claim in the statements just before it:
     * "X said P. X said Q. Y rejected the allegation" does not say whether P or Q is alleged.
     */
    private static <K> Optional<K> lastSpeakersOne(List<Told<K>> told, BiPredicate<Statement, Statement> sameSpeaker) {
        if (told.isEmpty()) {
            return Optional.empty();
        }
        Told<K> last = told.get(told.size() - 1);
        for (int i = told.size() - 2; i >= 0 && sameSpeaker.test(told.get(i).statement(), last.statement()); i--) {
            if (told.get(i).group() != last.group()) {
                return Optional.empty();
            }
        }
        return Optional.of(last.group());
    }

    /** The last of the claims told that passes the test. */
    private static <K> Optional<Told<K>> latest(List<Told<K>> told, Predicate<Told<K>> test) {
        for (int i = told.size() - 1; i >= 0; i--) {
            if (test.test(told.get(i))) {
                return Optional.of(told.get(i));
            }
        }
        return Optional.empty();
    }

    /** True when a word of the topic is one of the claim's events or arguments, or names its speaker. */
    private boolean shares(Told<?> t, List<ClaimSignature.Term> topic) {
        Set<String> speaker = new HashSet<>();
        Optional.ofNullable(t.statement().speaker()).ifPresent(a -> {
            speaker.addAll(List.of(a.label().toLowerCase(Locale.ROOT).split("\\s+")));
            a.aliases().forEach(alias -> speaker.addAll(List.of(alias.toLowerCase(Locale.ROOT).split("\\s+"))));
        });
        for (ClaimSignature.Term x : topic) {
            if (speaker.contains(x.word())
                    || t.signature().events().stream().anyMatch(y -> matcher.related(x, y, true))
                    || t.signature().arguments().stream().anyMatch(y -> matcher.related(x, y, false))) {
                return true;
            }
        }
        return false;
    }

    /** True when the claim is a finding ("its investigators found traces of petrol"): evidence, not a deed. */
    private static boolean finding(ClaimSignature s) {
        return s.events().stream().anyMatch(e -> ClaimHeads.is(e.lemma(), ClaimHeads.Role.FINDING));
    }

    /** True when one of {@code nouns} is the statement's cue made a noun ("allegation") or heads its source. */
    private boolean namedBy(ParsedArticle doc, Statement s, Set<String> nouns) {
        String cue = s.attribution().cueLemma().toLowerCase(Locale.ROOT);
        // Derived in WordNet and written alike ("allege" ~ "allegation", "deny" ~ "denial"): WordNet also derives
        // "allegation" from "say" through their shared sense, and "say" names no claim noun. A final "e" or "y"
        // changes in the derived noun, so it is left out of the stem.
        String stem = cue.endsWith("e") || cue.endsWith("y") ? cue.substring(0, cue.length() - 1) : cue;
        if (nouns.contains(cue) || wordNet.derivations(cue, net.sf.extjwnl.data.POS.VERB).stream()
                .anyMatch(n -> nouns.contains(n) && n.startsWith(stem))) {
            return true;
        }
        // The source's head only: "Orrell, who first made the allegation" is a person, not the allegation.
        return s.attribution().source().filter(src -> src.sentence() < doc.sentences().size())
                .map(src -> doc.sentences().get(src.sentence()).token(src.headToken()).lemma())
                .map(head -> nouns.contains(head.toLowerCase(Locale.ROOT))).orElse(false);
    }

    /** A word of the reference as a term; {@code content} when it can say which claim is meant. */
    private record Token(ClaimSignature.Term term, boolean content) {
    }

    /** The words inside the spans, each with its lemma and coarse part of speech. */
    private static List<Token> words(ParsedArticle doc, List<CharSpan> spans) {
        List<Token> out = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            for (IndexedWord w : s.nodes()) {
                CoreLabel t = w.backingLabel();
                if (spans.stream().noneMatch(sp -> sp.contains(t.beginPosition()))) {
                    continue;
                }
                String tag = t.tag() == null ? "" : t.tag();
                String lemma = Lemmas.lowerOf(t);
                ClaimSignature.Pos pos = tag.startsWith("NNP") ? ClaimSignature.Pos.NAME
                        : tag.startsWith("NN") ? ClaimSignature.Pos.NOUN
                        : tag.startsWith("JJ") ? ClaimSignature.Pos.ADJECTIVE
                        : tag.startsWith("VB") ? ClaimSignature.Pos.VERB : null;
                // Verbs say how the claim was made ("the allegation made against him") and adjectives what the
                // speaker makes of it or when it came ("such claims", "earlier reports"), not which claim it is.
                boolean content = (pos == ClaimSignature.Pos.NOUN || pos == ClaimSignature.Pos.NAME) && !TIME_WORDS.contains(lemma)
                        && !NOISE.contains(lemma) && !ClaimHeads.is(lemma, ClaimHeads.Role.CONTENT) && Character.isLetter(t.word().charAt(0));
                out.add(new Token(new ClaimSignature.Term(lemma, t.word().toLowerCase(Locale.ROOT),
                        pos == null ? ClaimSignature.Pos.NOUN : pos), content));
            }
        }
        return out;
    }
}
