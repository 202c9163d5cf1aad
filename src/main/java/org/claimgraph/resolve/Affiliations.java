package org.claimgraph.resolve;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.lexicon.TsvResource;

/**
 * Reads the countries and organisations a role names: "Ukrainian minister" and "U.S. envoy" name a country
 * through a demonym, "head of the Transport Ministry" names an organisation. Places count only when they
 * are countries: "a San Francisco company" says where the company is, not whom the person works for.
 */
final class Affiliations {

    /** Demonyms and country abbreviations, lower-cased, to the country's name. */
    private static final Map<String, String> DEMONYMS = new HashMap<>();
    /** The countries the demonym lexicon names, lower-cased: the places a role can be affiliated to. */
    private static final Set<String> COUNTRIES = new HashSet<>();
    /** The same countries, lower-cased, to their name as the lexicon writes it. */
    private static final Map<String, String> COUNTRY_NAMES = new HashMap<>();

    static {
        for (String[] row : TsvResource.rows("demonyms.tsv")) {
            DEMONYMS.put(row[0].toLowerCase(Locale.ROOT), row[1]);
            COUNTRIES.add(row[1].toLowerCase(Locale.ROOT));
            COUNTRY_NAMES.put(row[1].toLowerCase(Locale.ROOT), row[1]);
        }
    }

    private Affiliations() {
    }

    /** The affiliations named among a role's tokens (1-based indices into the sentence), in text order. */
    static List<String> of(ParsedArticle doc, ParsedSentence s, List<Integer> roleTokens) {
        if (roleTokens.isEmpty()) {
            return List.of();
        }
        CharSpan role = new CharSpan(s.token(roleTokens.get(0)).beginPosition(),
                s.token(roleTokens.get(roleTokens.size() - 1)).endPosition());
        Set<String> out = new LinkedHashSet<>();
        List<CharSpan> named = new ArrayList<>();
        for (CoreEntityMention m : doc.entityMentions()) {
            CharSpan span = new CharSpan(m.charOffsets().first(), m.charOffsets().second());
            if (!span.within(role)) {
                continue;
            }
            named.add(span);
            body(m).ifPresent(out::add);
        }
        for (int i : roleTokens) {
            CoreLabel t = s.token(i);
            boolean inName = named.stream().anyMatch(n -> n.contains(t.beginPosition()));
            if (!inName && isAdjectiveOrName(t)) {
                country(t.word()).ifPresent(out::add);
            }
        }
        return new ArrayList<>(out);
    }

    /** An organisation by its name; a place only if it is a country, by its usual name ("U.S." is United States). */
    private static Optional<String> body(CoreEntityMention m) {
        String name = m.text().replaceFirst("^(?i)the\\s+", "").replaceAll("(’s|'s)$", "").strip();
        if ("ORGANIZATION".equals(m.entityType())) {
            return Optional.of(name);
        }
        Optional<String> country = country(name);
        if (country.isPresent()) {
            return country;
        }
        return COUNTRIES.contains(name.toLowerCase(Locale.ROOT)) ? Optional.of(name) : Optional.empty();
    }

    /** The country a demonym or abbreviation stands for ("Ukrainian", "U.S."). */
    static Optional<String> country(String word) {
        return Optional.ofNullable(DEMONYMS.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The country that words name, by the lexicon's name for it: a demonym ("Russian"), "U.S." or the name itself. */
    static Optional<String> countryNamedBy(String words) {
        String w = words.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(DEMONYMS.getOrDefault(w, COUNTRY_NAMES.get(w)));
    }

    private static boolean isAdjectiveOrName(CoreLabel t) {
        String tag = t.tag() == null ? "" : t.tag();
        return tag.startsWith("JJ") || tag.startsWith("NNP");
    }
}
