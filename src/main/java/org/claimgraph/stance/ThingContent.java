package org.claimgraph.stance;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.annotate.Lemmas;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.annotate.PosTags;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.extract.QuoteKind;
import org.claimgraph.group.WordNet;
import org.claimgraph.lexicon.TsvResource;

/**
 * Tells an attribution whose content names only a thing ("unveiled the musical", "rejected the bill", "is seeking
 * people aged 18 to 99") from one whose content can be true or false: a clause, or a noun phrase headed by a claim
 * noun ("denied the reports") or by a happening ("denied the takeover"). A thing is no claim, so it makes no
 * statement, though the attribution is still extracted (and scored) as one.
 */
public final class ThingContent {

    /** The first senses of a noun that are looked at: rare senses would make every noun a happening. */
    private static final int SENSES = 3;
    /** Tags of a word that opens a clause or a verb phrase: "what happened", "being sold", "to sell", "that P". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("WDT", "WP", "WP$", "WRB", "VB", "VBG", "VBD", "VBZ",
            "VBP", "MD", "TO");
    /** Subordinators that open a clause ("that P", "whether P", "if P"). */
    private static final Set<String> SUBORDINATORS = Set.of("that", "whether", "if");

    private static final Set<String> CLAIM_NOUNS = TsvResource.words("claim-nouns.tsv");
    private static final Set<String> NAMING_VERBS = TsvResource.words("naming-verbs.tsv");
    private static final Set<String> SPEECH_VERB_CLASSES = TsvResource.words("speech-verb-classes.tsv");
    private static final Map<String, String> NOUN_CLASSES = TsvResource.pairs("proposition-noun-classes.tsv");

    private ThingContent() {
    }

    /**
     * True when the attribution reports, in the writer's words, only a noun phrase that names a thing, with a cue
     * that acts on it rather than speaks of it. Quoted words are speech whatever they say; a verb of speaking
     * ("announced a new bus line", "praised the telescope"), a naming cue ("called Davis an icon") and a verdict
     * ("dismissed the plan as fake") make a claim of their object.
     */
    public static boolean namesOnlyAThing(ParsedArticle doc, Attribution a) {
        String cue = a.cueLemma().toLowerCase(Locale.ROOT);
        if (a.kind() != QuoteKind.INDIRECT || NAMING_VERBS.contains(cue) || speaks(cue)
                || SecondaryPredicate.verdict(doc, a).isPresent()) {
            return false;
        }
        List<CoreLabel> words = words(doc, a.content());
        if (words.isEmpty() || opensClause(words)) {
            return false;
        }
        int head = head(words);
        return head >= 0 && isThing(words.get(head));
    }

    /** True for a cue verb whose commonest WordNet sense is one of speaking ({@code speech-verb-classes.tsv}). */
    private static boolean speaks(String cueLemma) {
        List<String> classes = WordNet.verbClasses(cueLemma, 1);
        return !classes.isEmpty() && SPEECH_VERB_CLASSES.contains(classes.get(0));
    }

    /**
     * True when the words are a clause: opened by a clause word, or holding a finite verb, an infinitive or a
     * gerund after a preposition ("accused the mayor of misleading voters").
     */
    private static boolean opensClause(List<CoreLabel> words) {
        CoreLabel first = words.get(0);
        if (CLAUSE_OPENERS.contains(first.tag()) || SUBORDINATORS.contains(first.word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int i = 0; i < words.size(); i++) {
            String tag = words.get(i).tag();
            String next = i + 1 < words.size() ? words.get(i + 1).tag() : "";
            // "expects it to be capable", "asked the court to stop Apple": an object with its own infinitive.
            boolean infinitive = "TO".equals(tag) && "VB".equals(next);
            boolean gerund = "IN".equals(tag) && "VBG".equals(next);
            // A finite verb makes a clause even when it may be a relative clause's ("parents who did not trust it
            // deserved answers" is a clause; "films which ..." is not, but without a parse the two look alike, and
            // a thing kept costs less than a claim lost).
            if (PosTags.isFiniteOrModal(tag) || infinitive || gerund) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the phrase's head noun: the last noun of its first run of nouns, a possessive starting the run
     * again ("the council's version": "version"). -1 when the phrase has no noun ("it", "them").
     */
    private static int head(List<CoreLabel> words) {
        int head = -1;
        for (int i = 0; i < words.size(); i++) {
            String tag = words.get(i).tag();
            if (tag.startsWith("NN")) {
                head = i;
            } else if ("POS".equals(tag)) {
                head = -1;
            } else if (head >= 0) {
                return head;
            }
        }
        return head;
    }

    /** True for a name, or a common noun whose WordNet classes say it names a thing (see the lexicon's rules). */
    private static boolean isThing(CoreLabel head) {
        if (head.tag().startsWith("NNP")) {
            return true;
        }
        String lemma = Lemmas.lowerOf(head);
        // A message made by a verb of speaking ("rejected the criticism", "dismissed the warning") is what was said,
        // which can be true or false, though WordNet files it with works and documents ("the musical", "the bill").
        if (CLAIM_NOUNS.contains(lemma)
                || WordNet.sourceVerbClasses(lemma).stream().anyMatch(SPEECH_VERB_CLASSES::contains)) {
            return false;
        }
        List<String> classes = WordNet.nounClasses(lemma, SENSES);
        if (classes.isEmpty() || classes.stream().anyMatch(c -> "happening".equals(NOUN_CLASSES.get(c)))) {
            return false;
        }
        return "thing".equals(NOUN_CLASSES.get(classes.get(0))) || WordNet.verbClasses(lemma, 1).isEmpty();
    }

    /** The content's words in text order, punctuation and quotation marks left out. */
    private static List<CoreLabel> words(ParsedArticle doc, List<CharSpan> spans) {
        List<CoreLabel> out = new ArrayList<>();
        int begin = spans.get(0).begin();
        int end = spans.get(spans.size() - 1).end();
        for (ParsedSentence s : doc.sentences()) {
            if (s.end() <= begin || s.begin() >= end) {
                continue;
            }
            for (int i = 1; i <= s.tokens().size(); i++) {
                CoreLabel t = s.token(i);
                boolean inside = spans.stream().anyMatch(sp -> sp.begin() <= t.beginPosition()
                        && t.endPosition() <= sp.end());
                if (inside && t.tag() != null && !s.isPunctuation(i)) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
