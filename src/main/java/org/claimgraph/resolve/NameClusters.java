package org.claimgraph.resolve;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.group.WordNet;

/**
 * Groups an article's person-name mentions into one actor per person: "Jane Doe" and "Doe" meet on
 * the surname; a bare surname goes to the person of that surname mentioned most recently.
 */
final class NameClusters {

    /** One mention of a named person, with the actor it belongs to. */
    record NamedMention(CharSpan span, Actor actor) {
    }

    private final List<NamedMention> mentions = new ArrayList<>();
    private final List<Actor> people = new ArrayList<>();
    /** The gender shown by a title before a person's name ("Mrs Howard"), which the label does not show. */
    private final Map<Actor, PersonGender.Gender> titleGenders = new HashMap<>();

    NameClusters(ParsedArticle doc, RoleFinder roles) {
        // A name the text treats as a company's is no person's, whatever the tagger says ("Northwind's shares").
        Set<String> bodies = OrganisationNames.in(doc);
        for (CoreEntityMention m : doc.entityMentions()) {
            Optional<CharSpan> named = personName(doc, m);
            if (named.isEmpty()) {
                continue;
            }
            CharSpan span = named.get();
            String name = withoutTitle(cleanName(span.of(doc.text())));
            if (name.isEmpty() || bodies.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String titled = withTitle(doc.text(), span);
            Optional<PersonGender.Gender> gender = PersonGender.ofName(titled);
            Actor actor = clusterFor(name, span, gender);
            if (PersonGender.isGenderedTitle(titled.split("\\s+")[0])) {
                // "Mrs Howard", labelled "Howard", stays apart from a "Michael Howard" named later.
                gender.ifPresent(g -> titleGenders.putIfAbsent(actor, g));
            }
            for (RoleFinder.Role role : roles.rolesOf(doc, m)) {
                actor.addRole(role.title());
                role.affiliations().forEach(actor::addAffiliation);
            }
            mentions.add(new NamedMention(span, actor));
        }
    }

    /**
     * The span of a person's name in an entity mention: the whole of a person mention written as a name, or the
     * name before "of" in a mention the tagger took for one body's ("Priya Raman of Fenwick Research", which the
     * tagger reads as one organisation), when it starts with a known first name and its last word is no common
     * noun for a thing or a place ("Fletcher School of Law").
     */
    private static Optional<CharSpan> personName(ParsedArticle doc, CoreEntityMention m) {
        if ("PERSON".equals(m.entityType())) {
            boolean name = isWrittenName(m) && !isHyphenatedModifier(doc, m);
            return name ? Optional.of(new CharSpan(m.charOffsets().first(), m.charOffsets().second()))
                    : Optional.empty();
        }
        if (!"ORGANIZATION".equals(m.entityType())) {
            return Optional.empty();
        }
        List<CoreLabel> tokens = m.tokens();
        int of = 0;
        while (of < tokens.size() && !tokens.get(of).word().equals("of")) {
            of++;
        }
        // A first name and a surname, perhaps with a middle initial between: "Priya Raman", "Ann J. Lee".
        if (of < 2 || of > 3 || of == tokens.size() - 1 || !PersonGender.isFirstName(tokens.get(0).word())) {
            return Optional.empty();
        }
        for (CoreLabel t : tokens.subList(0, of)) {
            if (!"NNP".equals(t.tag()) || !Character.isUpperCase(t.word().charAt(0))) {
                return Optional.empty();
            }
        }
        // A surname is no word for a kind of place or institution: "Fletcher School of Law" is a school.
        String surname = tokens.get(of - 1).word();
        if (!WordNet.nounClasses(surname, 1).isEmpty() && !WordNet.isFirstlyPersonNoun(surname)) {
            return Optional.empty();
        }
        return Optional.of(new CharSpan(tokens.get(0).beginPosition(), tokens.get(of - 1).endPosition()));
    }

    /**
     * True when the mention is a name as written: CoreNLP also reports pronouns it links to names. The tagger
     * sometimes calls a lone surname NN ("Doe added"), so capitalisation is the surer sign; a hyphen inside a name
     * ("Osei-Bonsu", tokenised "Osei - Bonsu") is no word of it, while a dash is.
     */
    private static boolean isWrittenName(CoreEntityMention m) {
        return m.tokens().stream().noneMatch(t -> (t.tag() != null && t.tag().startsWith("PRP"))
                || !(Character.isUpperCase(t.word().charAt(0)) || t.word().equals("-")));
    }

    /**
     * "the McCain-Kennedy plan", "the Rubio-Schumer bill": two surnames joined by a hyphen before a noun name a
     * thing after two people, whom the tagger takes for one person.
     */
    private static boolean isHyphenatedModifier(ParsedArticle doc, CoreEntityMention m) {
        List<CoreLabel> tokens = m.tokens();
        if (tokens.stream().noneMatch(t -> t.word().equals("-"))) {
            return false;
        }
        CoreLabel last = tokens.get(tokens.size() - 1);
        return doc.sentenceAt(last.beginPosition()).map(s -> last.index() < s.tokens().size()
                && s.tag(last.index() + 1) != null && s.tag(last.index() + 1).matches("NNS?|JJ")).orElse(false);
    }

    /**
     * The person this name mention belongs to: the latest of its surname, else the one person whose name fits,
     * else a new one. A title's gender keeps persons apart where it can: "Mrs. Clinton" is not the "Bill Clinton"
     * named last when a Hillary Clinton was named before. Only where no person of the title's gender fits does the
     * name alone decide, as first-name lists err ("Mr. Lewandowski" after a "Corey Lewandowski" listed female);
     * never against a title the person was named with ("Michael Howard" after "Mrs Howard").
     */
    private Actor clusterFor(String name, CharSpan span, Optional<PersonGender.Gender> gender) {
        return fittingPerson(name, span, gender)
                .or(() -> fittingPerson(name, span, Optional.empty()).filter(p -> titleAgrees(p, gender)))
                .map(person -> {
                    person.addName(name);
                    return person;
                })
                .orElseGet(() -> {
                    Actor created = new Actor(ActorType.PERSON, name, true);
                    people.add(created);
                    return created;
                });
    }

    /** The latest person of the mention's surname, else the one person whose name fits, of the given gender. */
    private Optional<Actor> fittingPerson(String name, CharSpan span, Optional<PersonGender.Gender> gender) {
        Optional<NamedMention> latest = latestWithSurname(PersonSurname.of(name), span.begin());
        if (latest.isPresent() && compatible(latest.get().actor().label(), name)
                && sameGender(latest.get().actor(), gender)) {
            return Optional.of(latest.get().actor());
        }
        List<Actor> fits = people.stream()
                .filter(p -> compatible(p.label(), name) && sameGender(p, gender)).toList();
        // "Jane" beside both "Jane Doe" and "Jane Roe" is neither.
        if (fits.size() == 1 || (!fits.isEmpty() && name.contains(" "))) {
            return Optional.of(fits.get(0));
        }
        return Optional.empty();
    }

    /** False when a title the person was named with shows one gender and the mention the other: titles do not err. */
    private boolean titleAgrees(Actor person, Optional<PersonGender.Gender> gender) {
        PersonGender.Gender titled = titleGenders.get(person);
        return titled == null || gender.isEmpty() || gender.get() == titled;
    }

    /** False when the person's name, or a title it was named with, shows a gender and the mention the other one. */
    private boolean sameGender(Actor person, Optional<PersonGender.Gender> gender) {
        Optional<PersonGender.Gender> named = PersonGender.ofName(person.label())
                .or(() -> Optional.ofNullable(titleGenders.get(person)));
        return gender.isEmpty() || named.isEmpty() || named.equals(gender);
    }

    /**
     * A name mention with the title before it ("Mrs." before "Okafor"), or alone when no title stands there. The
     * tagger leaves titles out of names, so the label of "Mrs. Okafor" is "Okafor".
     */
    static String withTitle(String text, CharSpan span) {
        String[] before = text.substring(Math.max(0, span.begin() - 16), span.begin()).strip().split("\\s+");
        String word = before[before.length - 1];
        // The word before may end the previous sentence ("… the Evening Star. Doyle doubted"), no title.
        return PersonGender.isGenderedTitle(word) ? word + " " + span.of(text) : span.of(text);
    }

    private Optional<NamedMention> latestWithSurname(String surname, int before) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            NamedMention m = mentions.get(i);
            if (m.span().begin() < before && PersonSurname.of(m.actor().label()).equalsIgnoreCase(surname)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * Two names are one person when one is the other's tail ("Doe" / "Jane Doe"), when one is a lone first name
     * the other begins with ("Jane" / "Jane Doe"), or when they are equal. A generational suffix ("Jr.") sets a name
     * apart from one without it, which names the father ("Donald Trump" is not "Donald Trump Jr."), except for the
     * lone surname ("Kessler" after "Robert Kessler Jr." is he).
     */
    private static boolean compatible(String a, String b) {
        String suffixA = PersonSurname.suffixOf(a);
        String suffixB = PersonSurname.suffixOf(b);
        if (!suffixA.equals(suffixB)) {
            List<String> wordsA = List.of(a.strip().split("\\s+"));
            List<String> wordsB = List.of(b.strip().split("\\s+"));
            return PersonSurname.isLoneSurnameOf(wordsA, wordsB) || PersonSurname.isLoneSurnameOf(wordsB, wordsA);
        }
        String x = PersonSurname.withoutSuffix(a).toLowerCase(Locale.ROOT);
        String y = PersonSurname.withoutSuffix(b).toLowerCase(Locale.ROOT);
        return x.equals(y) || x.endsWith(" " + y) || y.endsWith(" " + x) || firstNameOf(x, y) || firstNameOf(y, x);
    }

    private static boolean firstNameOf(String single, String full) {
        return !single.contains(" ") && full.startsWith(single + " ");
    }

    /**
     * The name without a title of address the tagger took into it ("Mr Balls", as British news writes it without a
     * stop), so that it joins the person's full name ("Ed Balls"); its gender is read from the mention as written.
     */
    private static String withoutTitle(String name) {
        String[] words = name.split("\\s+", 2);
        return words.length == 2 && PersonGender.isGenderedTitle(words[0]) ? words[1] : name;
    }

    /** Strips a possessive ending and surrounding punctuation: "Smith’s" is Smith. */
    static String cleanName(String text) {
        String t = text.strip().replaceAll("(’s|'s|’|')$", "");
        return t.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.]]+$", "").strip();
    }

    /** Named persons, in order of first mention. */
    List<Actor> people() {
        return people;
    }

    /** Person-name mentions, in text order. */
    List<NamedMention> mentions() {
        return mentions;
    }

    /** The person named by a mention overlapping the span, if any. */
    Optional<Actor> personAt(CharSpan span) {
        return mentions.stream().filter(m -> m.span().overlaps(span)).map(NamedMention::actor).findFirst();
    }
}
