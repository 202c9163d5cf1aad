package org.claimgraph.resolve;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * Finds the names the tagger calls persons' that the article treats as bodies': a made-up or little-known company
 * ("the dairy company Northwind", "Northwind's shares", "Northwind, which employs …", "Northwind said it …")
 * is no person, and typed as one it would catch the article's "he" and "she" and lose its own "it".
 * Each occurrence of the name is weighed for signs of a body and of a person (lexicons
 * {@code organisation-evidence.tsv} and {@code corporate-offices.tsv}); the name is a body's when the signs of a
 * body are more.
 */
public final class OrganisationNames {

    /** Kinds of row in the evidence lexicon. */
    private static final String BODY = "body";
    private static final String COMPANY = "company";
    private static final String PART = "part";
    private static final String PERSON = "person";

    private static final Map<String, String> EVIDENCE = TsvResource.pairs("organisation-evidence.tsv");
    /** Offices only bodies hold ("chief executive", "chairman"), each as its words, lower case. */
    private static final List<List<String>> CORPORATE_OFFICES = TsvResource.rows("corporate-offices.tsv").stream()
            .map(r -> List.of(r[0].strip().toLowerCase(Locale.ROOT).split("\\s+"))).toList();

    private OrganisationNames() {
    }

    /** The names (lower case, as {@link NameClusters#cleanName} gives them) that the article treats as bodies'. */
    public static Set<String> in(ParsedArticle doc) {
        Set<String> candidates = new HashSet<>();
        for (CoreEntityMention m : doc.entityMentions()) {
            // Pronouns CoreNLP links to names are no names.
            if ("PERSON".equals(m.entityType()) && m.tokens().stream().noneMatch(t -> t.tag() != null
                    && t.tag().startsWith("PRP"))) {
                String name = NameClusters.cleanName(m.text());
                if (!name.isEmpty()) {
                    candidates.add(name);
                }
            }
        }
        Set<String> bodies = new HashSet<>();
        for (String name : candidates) {
            int[] score = new int[2];
            for (ParsedSentence s : doc.sentences()) {
                for (int end : occurrences(s, name.split("\\s+"))) {
                    weigh(s, end - name.split("\\s+").length + 1, end, score);
                }
            }
            if (score[0] > score[1] || isFirstWordOfABody(doc, name, candidates)) {
                bodies.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return bodies;
    }

    /**
     * True when a one-word name is the first word of a longer name the tagger calls an organisation's and no person
     * of the article bears it as surname: news names a firm in full, then by its first word ("Torvane Motors" …
     * "Torvane"), which the tagger often takes for a person's surname.
     */
    private static boolean isFirstWordOfABody(ParsedArticle doc, String name, Set<String> personNames) {
        if (name.contains(" ") || personNames.stream().anyMatch(p -> p.endsWith(" " + name))) {
            return false;
        }
        return doc.entityMentions().stream().anyMatch(m -> "ORGANIZATION".equals(m.entityType())
                && NameClusters.cleanName(m.text()).startsWith(name + " "));
    }

    /** A name mention's text as {@link #in} gives names: without a possessive ending, in lower case. */
    public static String key(String mentionText) {
        return NameClusters.cleanName(mentionText).toLowerCase(Locale.ROOT);
    }

    /**
     * True when an office only bodies hold follows the name mention, after its possessive or not ("Vantor chief
     * executive Jane Roe", "Vantor's chairman").
     */
    public static boolean beforeACorporateOffice(ParsedArticle doc, CoreEntityMention m) {
        CoreLabel last = m.tokens().get(m.tokens().size() - 1);
        return doc.sentenceAt(last.beginPosition()).map(s -> beforeACorporateOffice(s, last.index())).orElse(false);
    }

    /** True when an office only bodies hold follows the token at {@code last}, after a possessive or not. */
    private static boolean beforeACorporateOffice(ParsedSentence s, int last) {
        int n = s.tokens().size();
        int from = last < n && "POS".equals(s.tag(last + 1)) ? last + 2 : last + 1;
        for (List<String> office : CORPORATE_OFFICES) {
            int end = from + office.size() - 1;
            if (end > n) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < office.size() && match; k++) {
                match = s.token(from + k).word().equalsIgnoreCase(office.get(k));
            }
            // The office is a noun: in "as Smith board the train" the word is a verb.
            if (match && s.tag(end) != null && s.tag(end).startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    /** True when a noun, as a definite description ("the company"), can only stand for a business. */
    public static boolean isCompanyNoun(String lemma) {
        return lemma != null && COMPANY.equals(EVIDENCE.get(lemma.toLowerCase(Locale.ROOT)));
    }

    /** True when a word describes a body ("chipmaker", "the dairy company", "regulator"), as no name's part does. */
    public static boolean isBodyNoun(String word) {
        String kind = word == null ? null : EVIDENCE.get(word.toLowerCase(Locale.ROOT));
        return BODY.equals(kind) || COMPANY.equals(kind);
    }

    /** The 1-based index of the last token of each place the name's words occur in the sentence. */
    private static List<Integer> occurrences(ParsedSentence s, String[] words) {
        List<Integer> out = new ArrayList<>();
        List<CoreLabel> tokens = s.tokens();
        for (int i = 0; i + words.length <= tokens.size(); i++) {
            boolean match = true;
            for (int k = 0; k < words.length && match; k++) {
                match = tokens.get(i + k).word().equals(words[k]);
            }
            if (match) {
                out.add(i + words.length);
            }
        }
        return out;
    }

    /** Adds the signs of a body (score[0]) and of a person (score[1]) around one occurrence, tokens first..last. */
    private static void weigh(ParsedSentence s, int first, int last, int[] score) {
        int n = s.tokens().size();
        if (first > 1 && samePhrase(s, first - 1, last)) {
            count(kindOfNoun(s.token(first - 1)), score);
        }
        if (beforeACorporateOffice(s, last)) {
            // "Vantor chief executive Jane Roe", "Vantor's chairman": persons have no chief executive or board.
            score[0]++;
        } else if (last < n) {
            CoreLabel next = s.token(last + 1);
            String word = next.word().toLowerCase(Locale.ROOT);
            if (word.equals(",") && last + 2 <= n) {
                String after = s.token(last + 2).word().toLowerCase(Locale.ROOT);
                // A relative pronoun chooses between things and people: "X, which employs …", "X, who said …".
                if (after.equals("which")) {
                    score[0]++;
                } else if (after.equals("who")) {
                    score[1]++;
                } else {
                    count(kindOfHead(s, last + 2), score);
                }
            } else if ("be".equals(next.lemma())) {
                count(kindOfHead(s, last + 2), score);
            } else if ("POS".equals(next.tag()) && possessesPart(s, last + 2)) {
                score[0]++;
            }
        }
        weighPronouns(s, last, score);
    }

    /**
     * True when the word before a name belongs to its phrase ("the company Northwind"), not to the clause it
     * starts ("the group Northwind addressed").
     */
    private static boolean samePhrase(ParsedSentence s, int before, int nameHead) {
        IndexedWord word = s.node(before);
        IndexedWord name = s.node(nameHead);
        if (word == null || name == null) {
            return false;
        }
        return s.parent(word).map(p -> p.index() == nameHead).orElse(false)
                || s.parent(name).map(p -> p.index() == before).orElse(false);
    }

    /** Counts a sign: a body's, a person's, or none. */
    private static void count(String kind, int[] score) {
        if (BODY.equals(kind)) {
            score[0]++;
        } else if (PERSON.equals(kind)) {
            score[1]++;
        }
    }

    /** What a noun before a name says of it: "company X" a body, "analyst X" or "Mr. X" a person. */
    private static String kindOfNoun(CoreLabel t) {
        String lemma = lower(t.lemma());
        String kind = EVIDENCE.get(lemma);
        if (PERSON.equals(kind)) {
            return PERSON;
        }
        if (t.tag() == null || !t.tag().startsWith("NN")) {
            return null;
        }
        if (BODY.equals(kind) || COMPANY.equals(kind)) {
            return BODY;
        }
        return ActorNouns.typeOf(lemma).orElse(null) == ActorType.PERSON ? PERSON : null;
    }

    /**
     * What the head noun of the phrase starting at a token says of the name it describes ("a maker of …", "the
     * country's largest operator", "a spokeswoman"): the first noun that no other noun or possessive follows.
     */
    private static String kindOfHead(ParsedSentence s, int from) {
        int n = s.tokens().size();
        // An apposition or predicate names its head within a few words; further on it is another phrase.
        for (int i = from; i <= Math.min(n, from + 6); i++) {
            CoreLabel t = s.token(i);
            String tag = t.tag() == null ? "" : t.tag();
            if (s.isPunctuation(i) && !"POS".equals(tag) || tag.startsWith("VB") || tag.startsWith("W")) {
                return null;
            }
            boolean nextNominal = i < n && (s.token(i + 1).tag() != null
                    && (s.token(i + 1).tag().startsWith("NN") || "POS".equals(s.token(i + 1).tag())));
            if (tag.startsWith("NN") && !nextNominal) {
                // A proper noun heads a name, not a description: "Jane Roe, Acme Institute" is her affiliation.
                return tag.startsWith("NNP") ? null : kindOfNoun(t);
            }
        }
        return null;
    }

    /** True when the words after a possessive name something only bodies have ("X's shares", "X's board"). */
    private static boolean possessesPart(ParsedSentence s, int from) {
        int n = s.tokens().size();
        for (int i = from; i <= Math.min(n, from + 2); i++) {
            String tag = s.token(i).tag() == null ? "" : s.token(i).tag();
            boolean head = i == n || s.token(i + 1).tag() == null || !s.token(i + 1).tag().startsWith("NN");
            // The part must head the phrase: "X's stock answer" is about an answer.
            if (tag.startsWith("NN") && head) {
                return PART.equals(EVIDENCE.get(lower(s.token(i).word())));
            }
        }
        return false;
    }

    /**
     * Weighs the pronoun a name's own report uses for it: "X said it had …" (a body), "X said she had …" (a
     * person). A clause of "it" with a copula is left out: "X said it was important" is mostly not about X.
     */
    private static void weighPronouns(ParsedSentence s, int last, int[] score) {
        IndexedWord name = s.node(last);
        if (name == null || !s.relationToParent(name).startsWith("nsubj")) {
            return;
        }
        IndexedWord verb = s.parent(name).orElse(null);
        List<IndexedWord> verbs = new ArrayList<>();
        verbs.add(verb);
        verbs.addAll(s.children(verb, "conj"));
        for (IndexedWord v : verbs) {
            for (IndexedWord clause : s.children(v, "ccomp")) {
                for (IndexedWord subject : s.children(clause, "nsubj")) {
                    String word = lower(subject.word());
                    if (word.equals("it") && isAction(clause, s)) {
                        score[0]++;
                    } else if (word.equals("he") || word.equals("she")) {
                        score[1]++;
                    }
                }
            }
        }
    }

    /**
     * True for a clause headed by a verb of action, not "be": "it had contacted the police" is the body's act,
     * "it's the beginning" or "it was important" is mostly not about the speaker at all.
     */
    private static boolean isAction(IndexedWord clause, ParsedSentence s) {
        return clause.tag() != null && clause.tag().startsWith("VB") && !"be".equals(clause.lemma())
                && s.children(clause, "cop").isEmpty() && s.children(clause, "expl").isEmpty();
    }

    private static String lower(String word) {
        return word == null ? "" : word.toLowerCase(Locale.ROOT);
    }
}
