package org.claimgraph.group;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.lexicon.TsvResource;

/**
 * The figures, years and months a claim states ("house prices fell 0.4% in October 2004": {@code figure:0.4},
 * {@code year:2004}, {@code month:october}). Claims of one kind of event share their words across a whole beat
 * (prices fall, profits rise, jobs are added every month), and what tells one fact from the next is its figure and
 * its period: two claims that both give figures but share none, or both name years or months but share none, are
 * different facts. Years are kept apart from figures: "profits fell 37% in 2004" and "profits fell 15% in 2004"
 * share a year, not a figure.
 */
public final class ClaimDetails {

    /** Prefix of a figure detail. */
    public static final String FIGURE = "figure:";
    /** Prefix of a year detail. */
    public static final String YEAR = "year:";
    /** Prefix of a month detail. */
    public static final String MONTH = "month:";
    /** Prefix of an intent detail ({@code intent-adverbs.tsv}): whether the deed was meant. */
    public static final String INTENT = "intent:";
    /** The qualifier of a claim placed after its report ({@link ClaimQualifiers#TIME}). */
    private static final String FUTURE = ClaimQualifiers.TIME + "future";

    /** A number as written, not part of a word ("G8") or of a longer number: "146,000", "0.4", "2004". */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])\\d+(?:[.,]\\d+)*");
    /** A number that reads as a year of news: four digits from 1900 to 2099, not a figure ("in 2004"). */
    private static final Pattern YEAR_NUMBER = Pattern.compile("(19|20)\\d\\d");
    /** A capitalised word, with a dot when one follows: the shape of a month's name or abbreviation. */
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{Ll}{2,8}\\.?");
    private static final Map<String, String> MONTHS = months();
    /** Words of intent and the intent each states, as whole-word patterns of the lower-cased text. */
    private static final Map<Pattern, String> INTENTS = intents();

    private ClaimDetails() {
    }

    /** The details stated in the given spans of the text, each as {@code kind:value}. */
    public static Set<String> of(String text, List<CharSpan> spans) {
        Set<String> out = new TreeSet<>();
        for (CharSpan span : spans) {
            String words = text.substring(span.begin(), span.end());
            Matcher n = NUMBER.matcher(words);
            while (n.find()) {
                String number = n.group().replace(",", "");
                out.add((YEAR_NUMBER.matcher(number).matches() ? YEAR : FIGURE) + number);
            }
            Matcher m = CAPITALISED.matcher(words);
            while (m.find()) {
                String word = m.group();
                String month = MONTHS.getOrDefault(word, MONTHS.get(word.endsWith(".")
                        ? word.substring(0, word.length() - 1) : word));
                if (month != null) {
                    out.add(MONTH + month);
                }
            }
            String lower = words.toLowerCase(Locale.ROOT);
            INTENTS.forEach((word, intent) -> {
                if (word.matcher(lower).find()) {
                    out.add(INTENT + intent);
                }
            });
        }
        return out;
    }

    /**
     * True when the two sets of details tell different facts: both give figures and share none, or both name
     * years, or months, and share none, or they state different intents ({@link #INTENT}, where one stating none
     * differs from one stating one). A claim that leaves a figure, year or month out conflicts with none.
     */
    public static boolean conflict(Set<String> a, Set<String> b) {
        return disjointOfKind(a, b, FIGURE) || disjointOfKind(a, b, YEAR) || disjointOfKind(a, b, MONTH)
                // Intent is no detail a report may leave out: "overcharged" is admitted, "deliberately" denied.
                || !ofKind(a, INTENT).equals(ofKind(b, INTENT))
                || qualifiersConflict(a, b);
    }

    /**
     * True when one claim is placed after its report ({@code time:future}: "will", reported "would", "should") and
     * the other is not: of opposite events, "the line has been shut" and "the line should reopen by June" tell a
     * change over time, not a contradiction, though a claim that leaves its time out conflicts with none otherwise.
     */
    public static boolean changeOverTime(Set<String> a, Set<String> b) {
        return a.contains(FUTURE) != b.contains(FUTURE);
    }

    /**
     * True when the qualifiers ({@link ClaimQualifiers}) tell different facts: one placed only before the report and
     * one only after it, different named doers, one thing of a kind named differently ("the Kelby plant", "the
     * Ashmoor plant"), or a condition, a route or another thing of a kind ("a second painting") stated by one and not
     * the other, which no report leaves out of the same claim ("the plant will close" is not "if the talks fail, the
     * plant will close").
     */
    private static boolean qualifiersConflict(Set<String> a, Set<String> b) {
        return disjointOfKind(a, b, ClaimQualifiers.TIME) || disjointOfKind(a, b, ClaimQualifiers.AGENT)
                || !ofKind(a, ClaimQualifiers.CONDITION).equals(ofKind(b, ClaimQualifiers.CONDITION))
                || !ofKind(a, ClaimQualifiers.ROUTE).equals(ofKind(b, ClaimQualifiers.ROUTE))
                || !ofKind(a, ClaimQualifiers.OTHER).equals(ofKind(b, ClaimQualifiers.OTHER))
                || otherlyNamed(a, b);
    }

    /** True when both claims name a thing of one kind ({@code named:plant=…}) and share no name for it. */
    private static boolean otherlyNamed(Set<String> a, Set<String> b) {
        Set<String> heads = new TreeSet<>();
        ofKind(a, ClaimQualifiers.NAMED).forEach(d -> heads.add(d.substring(0, d.indexOf('=') + 1)));
        return heads.stream().anyMatch(h -> disjointOfKind(a, b, h));
    }

    private static boolean disjointOfKind(Set<String> a, Set<String> b, String kind) {
        Set<String> x = ofKind(a, kind);
        Set<String> y = ofKind(b, kind);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        x.retainAll(y);
        return x.isEmpty();
    }

    /** The details without their intents: for claims opposed by an intent ({@link OppositeEvents#opposedIntent}). */
    static Set<String> withoutIntent(Set<String> details) {
        Set<String> out = new TreeSet<>(details);
        out.removeIf(d -> d.startsWith(INTENT));
        return out;
    }

    static Set<String> ofKind(Set<String> details, String kind) {
        Set<String> out = new TreeSet<>();
        details.stream().filter(d -> d.startsWith(kind)).forEach(out::add);
        return out;
    }

    private static Map<Pattern, String> intents() {
        Map<Pattern, String> out = new java.util.LinkedHashMap<>();
        for (String[] row : TsvResource.rows("intent-adverbs.tsv")) {
            if (row.length >= 2) {
                out.put(Pattern.compile("\\b" + Pattern.quote(row[0].strip()) + "\\b"), row[1].strip());
            }
        }
        return out;
    }

    private static Map<String, String> months() {
        Map<String, String> out = new HashMap<>();
        for (String[] row : TsvResource.rows("calendar-months.tsv")) {
            if (row.length >= 2) {
                out.put(row[0].strip(), row[1].strip());
            }
        }
        return out;
    }
}
