package org.claimgraph.stance;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.lexicon.TsvResource;

/**
 * Words a claim for its label in positive form: the claim's text with the edits that make it positive (a
 * negation dropped, "no" turned into "some", distance markers dropped), without quotation marks, a leading
 * complementizer or conjunction, or closing punctuation; first letter capitalised, length capped. A claim read
 * in two pieces around a perception ("the towns" … "as the likeliest winners") is joined by a copula, and one read
 * as a to-infinitive names its doer ({@link InfinitiveSubject}).
 */
final class ClaimWording {

    private static final int MAX_LENGTH = 200;
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "we", "you", "them", "these", "those");
    /** Subordinators of a condition that a label keeps ("If the talks fail, …"). */
    private static final Set<String> CONDITIONS = Set.of("if", "unless");
    /**
     * Words that open the second piece of a claim read around a perception or an impression, from copula-links.tsv;
     * longest first, so that a link is never cut short by a shorter one it starts with.
     */
    private static final List<String> COPULA_LINKS = TsvResource.words("copula-links.tsv").stream()
            .map(link -> link + " ").sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /** The label of a claim written at these spans, with the given edits applied where they fall inside. */
    String label(ParsedArticle doc, List<CharSpan> spans, List<LabelEdit> edits) {
        List<LabelEdit> ordered = Stream.concat(edits.stream(),
                InfinitiveSubject.edits(doc, spans).stream()).sorted(Comparator.comparing(LabelEdit::span)).toList();
        StringBuilder sb = new StringBuilder();
        String text = doc.text();
        CharSpan previous = null;
        Optional<String> condition = condition(doc, spans);
        for (CharSpan span : spans) {
            int at = span.begin();
            int copula = previous == null ? 0 : copulaOpening(text, span);
            if (copula > 0 && !hasVerb(doc, previous)) {
                // "The towns [are widely seen] as the likeliest winners" claims the towns are the likeliest winners;
                // "These fixes [were considered] to be less critical", that these fixes are less critical.
                sb.append(plural(doc, previous) ? "are " : "is ");
                at = span.begin() + copula;
            }
            previous = span;
            for (LabelEdit edit : ordered) {
                if (edit.span().within(span) && edit.span().begin() >= at) {
                    sb.append(text, at, edit.span().begin()).append(edit.replacement());
                    at = edit.span().end();
                }
            }
            sb.append(text, at, span.end()).append(condition.isPresent() && followedByComma(text, span) ? ", " : " ");
        }
        String label = tidy(sb.toString(), opensWithDemonstrative(doc, spans));
        return condition.map(c -> withCondition(label, c)).orElse(label);
    }

    // "If the talks fail, she warned, workers will strike": the comma closing a condition the cue interrupts is
    // the sentence's own; after other pieces it is usually the frame's ("“We will act,” she said, “as soon …").
    private static boolean followedByComma(String text, CharSpan span) {
        int i = span.end();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && text.charAt(i) == ',';
    }

    /**
     * The subordinator a claim opens with when it opens with a condition ("If the talks fail, workers will
     * strike"): its "if" heads an adverbial clause, not the complement of a question ("asked if P"), so the label
     * keeps it. Empty otherwise.
     */
    private static Optional<String> condition(ParsedArticle doc, List<CharSpan> spans) {
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        Optional<CoreLabel> first = tokensOf(doc, spans.get(0)).stream()
                .filter(t -> Character.isLetter(t.word().charAt(0))).findFirst();
        if (first.isEmpty() || !CONDITIONS.contains(first.get().word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int claimEnd = spans.get(spans.size() - 1).end();
        // A condition is followed by the clause it conditions; "asked if P", which the parser may also read as a
        // condition, is all the claim.
        boolean adverbial = doc.sentenceAt(spans.get(0).begin()).map(s -> {
            IndexedWord mark = s.node(first.get().index());
            Optional<IndexedWord> clause = s.parent(mark).filter(h -> s.relationToParent(h).startsWith("advcl"));
            int clauseEnd = clause.map(h -> s.subtree(h, List.of()).stream().mapToInt(i -> s.token(i).endPosition())
                    .max().orElse(0)).orElse(claimEnd);
            return clause.isPresent() && clauseEnd < claimEnd - 1;
        }).orElse(false);
        return adverbial ? Optional.of(first.get().word().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The tidied label with its opening condition word kept (tidying drops a leading "if"). */
    private static String withCondition(String label, String condition) {
        if (label.toLowerCase(Locale.ROOT).startsWith(condition + " ")) {
            return label;
        }
        return Character.toUpperCase(condition.charAt(0)) + condition.substring(1) + " "
                + Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /**
     * The length of the words that link a piece to the thing it is said of, "as " or "to be ", when the piece opens
     * with them and goes on; 0 otherwise.
     */
    private static int copulaOpening(String text, CharSpan span) {
        for (String link : COPULA_LINKS) {
            boolean opens = text.regionMatches(true, span.begin(), link, 0, link.length());
            if (opens && span.end() - span.begin() > link.length()) {
                return link.length();
            }
        }
        return 0;
    }

    // A quote split around its cue can go on with "as" too ("“We will act,” she said, “as soon as we can.”");
    // only a piece that is a mere noun phrase is the perceived thing.
    private static boolean hasVerb(ParsedArticle doc, CharSpan piece) {
        return tokensOf(doc, piece).stream().anyMatch(t -> t.tag() != null && t.tag().startsWith("VB"));
    }

    private static List<CoreLabel> tokensOf(ParsedArticle doc, CharSpan piece) {
        return doc.sentenceAt(piece.begin()).map(s -> s.tokens().stream()
                .filter(t -> t.endPosition() <= piece.end() && t.beginPosition() >= piece.begin()).toList())
                .orElse(List.of());
    }

    /** True when the piece ends in a plural noun or pronoun ("the two towns", "they", "these"): it takes "are". */
    private static boolean plural(ParsedArticle doc, CharSpan piece) {
        return tokensOf(doc, piece).stream()
                .filter(t -> t.tag() != null && (t.tag().startsWith("NN") || t.tag().equals("PRP")
                        || PLURAL_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))))
                .reduce((a, b) -> b)
                .map(t -> t.tag().equals("NNS") || t.tag().equals("NNPS")
                        || PLURAL_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)))
                .orElse(false);
    }

    /**
     * True when the claim's first word, after a conjunction, is "that" as a pronoun or determiner ("that will not
     * happen", "and that is a flaw", "That situation could change"): its subject, not a complementizer to drop.
     */
    private static boolean opensWithDemonstrative(ParsedArticle doc, List<CharSpan> spans) {
        if (spans.isEmpty()) {
            return false;
        }
        Optional<CoreLabel> first = tokensOf(doc, spans.get(0)).stream()
                .filter(t -> Character.isLetter(t.word().charAt(0))).dropWhile(t -> "CC".equals(t.tag())).findFirst();
        if (first.isEmpty() || !"that".equalsIgnoreCase(first.get().word()) || !"DT".equals(first.get().tag())) {
            return false;
        }
        // "acknowledge that time had crept up": a "that" the parse makes a marker opens the clause all the same.
        return doc.sentenceAt(spans.get(0).begin()).map(s -> {
            IndexedWord that = s.node(first.get().index());
            return that == null || !"mark".equals(s.relationToParent(that));
        }).orElse(true);
    }

    /** As {@link #tidy(String, boolean)}, dropping a leading "that". */
    static String tidy(String raw) {
        return tidy(raw, false);
    }

    /**
     * Removes quote marks, a leading "that"/"whether (or not)"/"if" (and a colon after it) and a leading
     * "but"/"and"/"yet" (a clause cut from its sentence), doubled spaces and closing punctuation; caps the length at
     * a word; a leading "that" stays when it is the claim's subject ({@code keepThat}).
     */
    static String tidy(String raw, boolean keepThat) {
        String t = raw.replace("''", "").replaceAll("[\u201C\u201D\"]", "").replaceAll("\\s+", " ").strip();
        t = t.replaceFirst("(?i)^(but|and|yet)\\s+", "");
        // "says that: \"By 2015 …\"" opens the quotation with a colon after its complementizer.
        t = t.replaceFirst(keepThat ? "(?i)^(whether( or not)?|if):?\\s+" : "(?i)^(that|whether( or not)?|if):?\\s+",
                "");
        t = t.replaceAll("\\s+([,.;:])", "$1").replaceAll("[\\s,.;:]+$", "");
        if (t.length() > MAX_LENGTH) {
            int cut = t.lastIndexOf(' ', MAX_LENGTH);
            t = t.substring(0, cut > 0 ? cut : MAX_LENGTH) + "\u2026";
        }
        return t.isEmpty() ? raw.strip() : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
