package org.claimgraph.resolve;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * Reads the countries and organisations a role names: "Ukrainian minister" and "U.S. envoy" name a country
 * through a demonym, "head of the Transport Ministry" names an organisation.
 */
final class Affiliations {

    /** Demonyms and country abbreviations, lower-cased, to the country's name. */
    private static final Map<String, String> DEMONYMS = loadDemonyms();
    /** NER classes of names that stand for a body one can belong to or act for. */
    private static final Set<String> BODIES = Set.of("ORGANIZATION", "COUNTRY", "LOCATION", "STATE_OR_PROVINCE",
            "NATIONALITY");

    private Affiliations() {
    }

    /** The affiliations named among a role's tokens (1-based indices into the sentence), in text order. */
    static List<String> of(ParsedSentence s, String text, List<Integer> roleTokens) {
        Set<String> out = new LinkedHashSet<>();
        for (int i : roleTokens) {
            CoreLabel t = s.token(i);
            Optional<String> country = country(t.word());
            if (country.isPresent() && isAdjectiveOrName(t)) {
                out.add(country.get());
            } else if (isNameHead(s, i) && BODIES.contains(t.ner())) {
                String name = nameAt(s, text, i, roleTokens);
                out.add(country(name).orElse(name));
            }
        }
        return new ArrayList<>(out);
    }

    /** The country a demonym or abbreviation stands for ("Ukrainian", "U.S."). */
    static Optional<String> country(String word) {
        return Optional.ofNullable(DEMONYMS.get(word.toLowerCase(Locale.ROOT)));
    }

    private static boolean isAdjectiveOrName(CoreLabel t) {
        String tag = t.tag() == null ? "" : t.tag();
        return tag.startsWith("JJ") || tag.startsWith("NNP");
    }

    /** True for the last word of a proper name: "Ministry" in "Transport Ministry", not "Transport". */
    private static boolean isNameHead(ParsedSentence s, int i) {
        IndexedWord w = s.node(i);
        if (w == null || w.tag() == null || !w.tag().startsWith("NNP")) {
            return false;
        }
        String rel = s.relationToParent(w);
        boolean inName = (rel.equals("compound") || rel.equals("flat"))
                && s.parent(w).map(p -> p.tag() != null && p.tag().startsWith("NNP")).orElse(false);
        return !inName;
    }

    /** The whole name headed by a word: its proper-noun compounds within the role, without article. */
    private static String nameAt(ParsedSentence s, String text, int head, List<Integer> roleTokens) {
        int first = head;
        for (int j = head - 1; j >= 1 && roleTokens.contains(j); j--) {
            CoreLabel t = s.token(j);
            boolean proper = t.tag() != null && t.tag().startsWith("NNP");
            if (!proper) {
                break;
            }
            first = j;
        }
        return text.substring(s.token(first).beginPosition(), s.token(head).endPosition());
    }

    private static Map<String, String> loadDemonyms() {
        Map<String, String> out = new HashMap<>();
        for (String[] row : TsvResource.rows("demonyms.tsv")) {
            out.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        return out;
    }
}
