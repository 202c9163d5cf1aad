package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.annotate.PosTags;
import org.claimgraph.lexicon.TsvResource;

/**
 * Reads the clause a cue reports from the words when the parser lost it. Without "that", the parser often hangs a
 * reported clause anywhere but as the cue's clausal complement: "X said he's not happy" gives a small clause,
 * "X said there were 18 emails" makes the cue the subject of "emails", "X told the paper his firm worked" turns the
 * clause's subject into the cue's object. The words still show it: right after the cue (and its hearer) a subject
 * opens a stretch that has a finite verb of its own; that stretch, to the end of the sentence, is the content.
 */
final class ClauseAfterCue {

    /** Word classes a reported clause's subject may open with: a pronoun, "there", a determiner, a noun, a name. */
    private static final Set<String> OPENERS = Set.of("PRP", "PRP$", "EX", "DT", "NNP", "NNPS", "NN", "NNS", "CD",
            "JJ", "PDT");
    /** Object pronouns: after a cue they name its hearer ("told him"), never the reported clause's subject. */
    private static final Set<String> HEARER_PRONOUNS = Set.of("me", "him", "her", "us", "them");
    /** Words that open a relative clause or a subordinate one: a verb after them is not the clause's own. */
    private static final Set<String> RELATIVE_TAGS = Set.of("WDT", "WP", "WP$", "WRB");
    /** Nouns that describe actors ("told reporters P"): from the resolver's lexicon. */
    private static final Set<String> ACTOR_NOUNS = TsvResource.words("actor-nouns.tsv");
    /** Relations by which a parser that lost the cue's clausal complement still ties the clause to the cue. */
    private static final Set<String> LINKS = Set.of("dep", "xcomp", "parataxis", "advcl", "obj", "ccomp");
    /** Contracted verbs after a pronoun ("he's", "they're"), which the tagger may read as possessives. */
    private static final Set<String> CONTRACTED_VERBS = Set.of("'s", "'re", "'m", "'ve", "'ll", "'d");

    private ClauseAfterCue() {
    }

    /**
     * The reported clause after a cue verb with an active subject before it, or a participle after a comma, read
     * from the words; empty when the words after the cue are no clause (an object, a phrase, a quotation's close).
     */
    static Optional<CharSpan> content(ParsedSentence s, IndexedWord verb, String text) {
        // A cue inside a relative clause or modifying a noun reports nothing the parser could have lost this way.
        if (s.relationToParent(verb).startsWith("acl")) {
            return Optional.empty();
        }
        boolean subjectBefore = s.children(verb, "nsubj").stream()
                .anyMatch(n -> n.index() < verb.index() && !s.relationToParent(n).equals("nsubj:pass"));
        // "He said P, adding the U.S. must be global": a participle after a comma speaks for the main line's
        // subject (SubjectFallback), and the parser loses its clause the same way (here as the clause's subject).
        if (!subjectBefore && !SubjectFallback.isTrailingParticiple(s, verb)) {
            return Optional.empty();
        }
        int start = verb.index() + 1;
        int hearerEnd = hearerEnd(s, verb);
        // "told the paper his firm worked": the clause starts after the hearer when the words there make one.
        if (hearerEnd >= start && isLinkedClauseAt(s, verb, hearerEnd + 1)) {
            start = hearerEnd + 1;
        } else if (!isLinkedClauseAt(s, verb, start)) {
            return Optional.empty();
        }
        List<Integer> tokens = new ArrayList<>();
        for (int i = start; i <= s.tokens().size(); i++) {
            tokens.add(i);
        }
        return TreeSpans.span(s, tokens, text);
    }

    /**
     * "Over the summer, flight logs show, the jet flew 40 times": a cue and its subject set off by commas
     * in mid-sentence interrupt the clause they report, which the parser hung on the cue as a loose dependent.
     * The content is the words before the frame and the clause after its closing comma, in two pieces; empty
     * when the cue is no such frame or no clause resumes after it.
     */
    static List<CharSpan> aroundFrame(ParsedSentence s, IndexedWord verb, String text) {
        int frameStart = frameStart(s, verb);
        int after = verb.index() + 1;
        boolean setOff = frameStart > 2 && s.token(frameStart - 1).word().equals(",")
                && after < s.tokens().size() && s.token(after).word().equals(",");
        if (!setOff || s.relationToParent(verb).startsWith("acl") || !isLinkedClauseAt(s, verb, after + 1)) {
            return List.of();
        }
        List<Integer> tokens = new ArrayList<>();
        for (int i = 1; i < frameStart - 1; i++) {
            tokens.add(i);
        }
        for (int i = after + 1; i <= s.tokens().size(); i++) {
            tokens.add(i);
        }
        return TreeSpans.runs(s, tokens, text);
    }

    /** The first token of the cue's active subject before it, or the cue's own when it has none there. */
    private static int frameStart(ParsedSentence s, IndexedWord verb) {
        return s.children(verb, "nsubj").stream()
                .filter(n -> n.index() < verb.index() && !s.relationToParent(n).equals("nsubj:pass"))
                .flatMap(n -> s.subtree(n, List.of()).stream())
                .min(Integer::compare).orElse(verb.index());
    }

    /**
     * The last token of the cue's hearer right after it ("told reporters", "assured him", "told the Post"):
     * an indirect object, or an object that is an object pronoun, a name or a noun for people; else the verb.
     */
    private static int hearerEnd(ParsedSentence s, IndexedWord verb) {
        List<IndexedWord> candidates = new ArrayList<>(s.children(verb, "iobj"));
        s.children(verb, "obj").stream().filter(o -> isHearer(s, o)).forEach(candidates::add);
        for (IndexedWord hearer : candidates) {
            List<Integer> span = s.subtree(hearer, List.of());
            int first = span.stream().min(Integer::compare).orElse(hearer.index());
            if (first == verb.index() + 1) {
                return span.stream().max(Integer::compare).orElse(hearer.index());
            }
        }
        return verb.index();
    }

    private static boolean isHearer(ParsedSentence s, IndexedWord object) {
        String word = object.word().toLowerCase(Locale.ROOT);
        String ner = s.token(object.index()).ner();
        boolean named = ner != null && (ner.equals("PERSON") || ner.equals("ORGANIZATION"));
        return HEARER_PRONOUNS.contains(word) || named
                || ACTOR_NOUNS.contains(object.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * True when the token can carry the clause's tense: a finite verb or modal, a contracted "'s" or "'re" the
     * tagger took for a possessive ("he's not happy"), or a participle the parser gave a subject of its own ("the
     * firm provided a statement", tagged as a participle).
     */
    private static boolean isVerbOfClause(ParsedSentence s, int i) {
        String tag = s.tag(i);
        if (PosTags.isFiniteOrModal(tag)) {
            return true;
        }
        String word = s.token(i).word().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        if (CONTRACTED_VERBS.contains(word) && s.tag(i - 1).equals("PRP")) {
            return true;
        }
        IndexedWord node = s.node(i);
        return tag.equals("VBN") && node != null && s.children(node, "nsubj").stream()
                .anyMatch(n -> n.index() < i && !s.relationToParent(n).equals("nsubj:pass"));
    }

    /**
     * True when a clause opens at the token and the parser tied it to the cue some other way than as its clausal
     * complement: its head depends on the cue ("said he's not happy" as a small clause, "told the paper his firm
     * worked" as a loose dependent), or the cue is its subject ("said there were 18 emails"). A clause joined to
     * the cue by "and" or "but" is a second deed of the subject, not its content.
     */
    private static boolean isLinkedClauseAt(ParsedSentence s, IndexedWord verb, int start) {
        OptionalInt tensed = tensedVerbAt(s, start);
        if (tensed.isEmpty() || s.node(tensed.getAsInt()) == null) {
            return false;
        }
        IndexedWord head = clauseHead(s, s.node(tensed.getAsInt()));
        boolean dependsOnCue = s.parent(head).map(verb::equals).orElse(false)
                && LINKS.contains(s.baseRelationToParent(head));
        // As a clausal subject ("said there were 18 emails"), or, for a participle, as a plain one ("…, noting
        // the banks would hold" with "noting" the subject of "hold").
        boolean cueIsItsSubject = s.parent(verb).map(head::equals).orElse(false)
                && (s.relationToParent(verb).startsWith("csubj") || s.relationToParent(verb).equals("nsubj"));
        return dependsOnCue || cueIsItsSubject;
    }

    /** The word a tense-bearing token serves: the predicate of an auxiliary or copula, else the token itself. */
    private static IndexedWord clauseHead(ParsedSentence s, IndexedWord tensed) {
        String relation = s.relationToParent(tensed);
        // A contracted "'s" the tagger took for a possessive hangs loosely on the predicate it serves.
        boolean contraction = relation.equals("dep") && !tensed.tag().startsWith("VB") && !tensed.tag().equals("MD");
        boolean serves = relation.startsWith("aux") || relation.equals("cop") || contraction;
        return serves ? s.parent(tensed).orElse(tensed) : tensed;
    }

    /**
     * The token that carries the tense of a clause opening at the token: a subject word first, then a finite
     * verb or modal before any comma, conjunction, dash, quotation mark or relative word, and no "that" or "to"
     * in between; empty when no clause opens there.
     */
    private static OptionalInt tensedVerbAt(ParsedSentence s, int start) {
        int n = s.tokens().size();
        // The tagger reads an existential "there" as an adverb when it follows the cue ("said there should be").
        boolean existential = start <= n && s.token(start).word().equalsIgnoreCase("there");
        if (start > n || !(OPENERS.contains(s.tag(start)) || existential)) {
            return OptionalInt.empty();
        }
        // "said it" and "said so" end there; an object pronoun is the cue's hearer, not a subject.
        if (HEARER_PRONOUNS.contains(s.token(start).word().toLowerCase(Locale.ROOT))) {
            return OptionalInt.empty();
        }
        for (int i = start + 1; i <= n; i++) {
            String tag = s.tag(i);
            String word = s.token(i).word();
            if (isVerbOfClause(s, i)) {
                return OptionalInt.of(i);
            }
            // A stretch that closes a quotation opened before the cue belongs to another frame.
            boolean breaks = PosTags.isQuotationMark(tag) || RELATIVE_TAGS.contains(tag) || tag.equals("CC")
                    || tag.equals("TO") || word.equalsIgnoreCase("that") || (s.isPunctuation(i) && !tag.equals("POS"));
            if (breaks) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }
}
