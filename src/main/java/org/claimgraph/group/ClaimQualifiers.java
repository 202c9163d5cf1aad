package org.claimgraph.group;

import edu.stanford.nlp.ling.IndexedWord;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.lexicon.TsvResource;
import org.claimgraph.resolve.Actor;

/**
 * What tells a claim from others of the same kind of event in one story, read from its words and its parse, as
 * details beside those of {@link ClaimDetails}: when it happens against the report ({@code time:past},
 * {@code time:future}: last year's strike, the strike planned), whether it holds only on a condition
 * ({@code condition:if}), the route of the deed ({@code route:through}), the named doer ({@code agent:dalvik}: two
 * firms paying bribes) and the name that tells which thing of a kind it is about ({@code named:plant=kelby}: the
 * Kelby plant, the Ashmoor plant) and the thing said to be another of its kind ({@code other:painting}: "a second
 * painting", not "the painting").
 */
public final class ClaimQualifiers {

    /** Prefix of the time of a claim against its report: past or future. */
    public static final String TIME = "time:";
    /** Prefix of the condition marker a claim states. */
    public static final String CONDITION = "condition:";
    /** Prefix of the route preposition a claim states. */
    public static final String ROUTE = "route:";
    /** Prefix of a name word of the doer of a claim's event. */
    public static final String AGENT = "agent:";
    /** Prefix of a named thing, {@code named:head=name}. */
    public static final String NAMED = "named:";
    /** Prefix of a thing said to be another of its kind ("a second painting"), {@code other:head}. */
    public static final String OTHER = "other:";

    private static final Map<Pattern, String> TIME_ANCHORS = anchors();
    private static final Set<String> CONDITIONS = Set.copyOf(TsvResource.words("condition-markers.tsv"));
    private static final Set<String> WHETHER_VERBS = Set.copyOf(TsvResource.words("whether-verbs.tsv"));
    private static final Set<String> ROUTES = Set.copyOf(TsvResource.words("route-prepositions.tsv"));
    private static final Set<String> NAMING = Set.copyOf(TsvResource.words("naming-prepositions.tsv"));
    private static final Set<String> OTHERNESS = Set.copyOf(TsvResource.words("other-markers.tsv"));
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\d.,])(19|20)\\d\\d(?![\\d,.]\\d)");
    /** Relations by which a name is part of another name or of the noun it names ("Dalvik Build", "Kelby plant"). */
    private static final List<String> NAME_PARTS = List.of("compound", "flat", "appos");

    private ClaimQualifiers() {
    }

    /**
     * The qualifiers of the claim in the given spans of the article, each as {@code kind:value}; the speaker tells
     * whom a speaking body's "it" is.
     */
    public static Set<String> of(ParsedArticle doc, List<CharSpan> spans, Actor speaker) {
        Set<String> out = new TreeSet<>(times(doc.text(), spans, doc.article().datePublished()));
        for (ParsedSentence s : doc.sentences()) {
            if (!s.hasTree() || spans.stream().noneMatch(sp -> sp.begin() < s.end() && s.begin() < sp.end())) {
                continue;
            }
            for (IndexedWord w : s.nodes()) {
                if (SignatureReader.inside(s, w, spans)) {
                    read(s, w, spans, speaker, out);
                }
            }
        }
        return out;
    }

    /** Adds what one word of the claim tells. */
    private static void read(ParsedSentence s, IndexedWord w, List<CharSpan> spans, Actor speaker,
            Set<String> out) {
        String word = w.word().toLowerCase(Locale.ROOT);
        String relation = s.relationToParent(w);
        Optional<IndexedWord> parent = s.parent(w);
        if (relation.equals("mark") && CONDITIONS.contains(word) && parent.map(p -> conditionOfClaim(s, p, spans))
                .orElse(false)) {
            out.add(CONDITION + word);
        }
        if (relation.equals("case") && ROUTES.contains(word)) {
            out.add(ROUTE + word);
        }
        if (relation.equals("nsubj") && parent.isPresent() && !s.isPassive(parent.get())) {
            // The doer of an active verb; the subject of a passive one ("Brightwater would be sold") is done to.
            names(s, w).forEach(n -> out.add(AGENT + n));
            SpeakerPronoun.bodyName(word, speaker).ifPresent(n -> out.add(AGENT + n));
        }
        if (isCommonNoun(w)) {
            String head = w.lemma() == null ? word : w.lemma().toLowerCase(Locale.ROOT);
            for (IndexedWord c : s.children(w, "compound")) {
                names(s, c).forEach(n -> out.add(NAMED + head + "=" + n));
            }
            // Only of a participant: "closing the library by another name" is no other library.
            boolean participant = relation.startsWith("nsubj") || relation.equals("obj");
            boolean other = java.util.stream.Stream.of("amod", "det").flatMap(r -> s.children(w, r).stream())
                    .anyMatch(m -> OTHERNESS.contains(m.word().toLowerCase(Locale.ROOT)));
            if (participant && other) {
                out.add(OTHER + head);
            }
            for (IndexedWord c : s.children(w, "nmod")) {
                boolean naming = s.children(c, "case").stream()
                        .anyMatch(p -> NAMING.contains(p.word().toLowerCase(Locale.ROOT)));
                if (naming && !s.relationToParent(c).equals("nmod:poss") && SignatureReader.inside(s, c, spans)) {
                    names(s, c).forEach(n -> out.add(NAMED + head + "=" + n));
                }
            }
        }
    }

    /**
     * True when a clause marked as a condition is one of something the claim states: not hung on a word outside
     * it ("asked if the plant would close" hangs its clause on the cue), nor on a verb after which "if" asks
     * whether ({@code whether-verbs.tsv}: "to see if they can find the fault").
     */
    private static boolean conditionOfClaim(ParsedSentence s, IndexedWord clause, List<CharSpan> spans) {
        Optional<IndexedWord> governor = s.parent(clause);
        return s.baseRelationToParent(clause).equals("advcl") && governor.isPresent()
                && SignatureReader.inside(s, governor.get(), spans)
                && !WHETHER_VERBS.contains(governor.get().lemma() == null ? ""
                        : governor.get().lemma().toLowerCase(Locale.ROOT));
    }

    /** The proper-noun words of a noun phrase's head and of the names that are part of it, lower case. */
    private static Set<String> names(ParsedSentence s, IndexedWord head) {
        Set<String> out = new TreeSet<>();
        if (isName(head)) {
            out.add(head.word().toLowerCase(Locale.ROOT));
        }
        for (String relation : NAME_PARTS) {
            for (IndexedWord c : s.children(head, relation)) {
                if (isName(c)) {
                    out.add(c.word().toLowerCase(Locale.ROOT));
                }
                s.children(c, "compound").stream().filter(ClaimQualifiers::isName)
                        .forEach(n -> out.add(n.word().toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    private static boolean isName(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("NNP");
    }

    private static boolean isCommonNoun(IndexedWord w) {
        return w.tag() != null && (w.tag().equals("NN") || w.tag().equals("NNS"));
    }

    /**
     * When the claim happens against its report: the time words it uses ({@code time-anchors.tsv}) and the years it
     * names before or after the article's year.
     */
    static Set<String> times(String text, List<CharSpan> spans, Optional<LocalDate> published) {
        Set<String> out = new TreeSet<>();
        for (CharSpan span : spans) {
            String words = text.substring(span.begin(), span.end()).toLowerCase(Locale.ROOT);
            TIME_ANCHORS.forEach((anchor, time) -> {
                if (anchor.matcher(words).find()) {
                    out.add(TIME + time);
                }
            });
            Matcher y = YEAR.matcher(words);
            while (y.find() && published.isPresent()) {
                int year = Integer.parseInt(y.group());
                int now = published.get().getYear();
                if (year != now) {
                    out.add(TIME + (year < now ? "past" : "future"));
                }
            }
        }
        return out;
    }

    private static Map<Pattern, String> anchors() {
        Map<Pattern, String> out = new java.util.LinkedHashMap<>();
        for (String[] row : TsvResource.rows("time-anchors.tsv")) {
            if (row.length >= 2) {
                String phrase = row[0].strip();
                // A clitic ("'ll") follows its word directly; other anchors are whole words.
                String before = Character.isLetter(phrase.charAt(0)) ? "(?<![\\p{L}'’])" : "";
                out.put(Pattern.compile(before + Pattern.quote(phrase) + "(?!\\p{L})"), row[1].strip());
            }
        }
        return out;
    }
}
