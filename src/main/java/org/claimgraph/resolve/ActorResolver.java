package org.claimgraph.resolve;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.QuoteFinder;
import org.claimgraph.lexicon.TsvResource;
import org.claimgraph.medium.MediumLexicon;

/**
 * Resolves each attribution's source mention to an actor, by a targeted coreference that is cheaper than
 * CoreNLP's statistical one: names by surname, pronouns to the latest person or body, descriptions
 * ("the minister") to the person holding that role or else the article's main speaker.
 */
public final class ActorResolver {

    private static final Set<String> BODY_PRONOUNS = Set.of("it", "its");
    /** Persons who speak for someone else ("the spokesman"), from {@code proxy-nouns.tsv}. */
    private static final Set<String> PROXY_NOUNS = TsvResource.words("proxy-nouns.tsv");

    /** Nouns for a unit inside a larger body ("committee"), from {@code body-unit-nouns.tsv}. */
    private static final Set<String> BODY_UNIT_NOUNS = TsvResource.words("body-unit-nouns.tsv");

    /** Words in a body's name that show it is no business ("union"), from {@code non-business-words.tsv}. */
    private static final Set<String> NON_BUSINESS_WORDS = TsvResource.words("non-business-words.tsv");

    private final RoleFinder roleFinder = new RoleFinder();

    /** The speaker of every attribution; attributions are taken in text order so pronouns see what came before. */
    public Speakers resolve(ParsedArticle doc, List<Attribution> attributions) {
        NameClusters names = new NameClusters(doc, roleFinder);
        Context context = new Context(doc, names);
        Speakers speakers = new Speakers();
        List<Attribution> ordered = new ArrayList<>(attributions);
        ordered.sort((a, b) -> Integer.compare(sourceOffset(a), sourceOffset(b)));
        // "I" and "we" inside a quotation are its speaker, who may be named only after it: they wait.
        List<Attribution> firstPerson = new ArrayList<>();
        for (Attribution a : ordered) {
            if (Antecedents.isFirstPerson(doc, a) && Antecedents.enclosingQuote(a, ordered).isPresent()) {
                firstPerson.add(a);
                continue;
            }
            Actor actor = a.source().map(m -> context.resolve(m)).orElseGet(context::unnamedSource);
            speakers.assign(a, actor);
            context.spoke(actor, sourceOffset(a), a.content());
        }
        for (Attribution a : firstPerson) {
            Attribution quote = Antecedents.enclosingQuote(a, ordered).orElseThrow();
            Actor actor = speakers.has(quote) ? speakers.of(quote) : context.resolve(a.source().orElseThrow());
            speakers.assign(a, actor);
        }
        return speakers;
    }

    private static int sourceOffset(Attribution a) {
        return a.source().map(m -> m.span().begin()).orElse(a.cue().begin());
    }

    /** What resolution has seen so far in one article. */
    private static final class Context {
        private final ParsedArticle doc;
        private final NameClusters names;
        private final Map<String, Actor> others = new HashMap<>();
        // Insertion order keeps ties between equally frequent speakers the same from run to run.
        private final Map<Actor, Integer> timesSpoken = new java.util.LinkedHashMap<>();
        private final List<Map.Entry<Integer, Actor>> spoken = new ArrayList<>();
        /** The content of each statement heard so far, with its speaker. */
        private final List<Map.Entry<CharSpan, Actor>> reported = new ArrayList<>();
        /** The head noun of the description that first named each body ("ministry" for "the health ministry"). */
        private final Map<Actor, String> headNouns = new HashMap<>();
        private final List<CharSpan> quotes;
        /** Bodies and groups first described with a plural noun ("officials", "Democrats"): never "it". */
        private final Set<Actor> plural = new HashSet<>();

        Context(ParsedArticle doc, NameClusters names) {
            this.doc = doc;
            this.names = names;
            this.quotes = new QuoteFinder().find(doc.text());
        }

        void spoke(Actor actor, int offset, List<CharSpan> content) {
            timesSpoken.merge(actor, 1, Integer::sum);
            spoken.add(Map.entry(offset, actor));
            content.forEach(c -> reported.add(Map.entry(c, actor)));
        }

        Actor resolve(Mention m) {
            ParsedSentence s = doc.sentences().get(m.sentence());
            CoreLabel head = s.token(m.headToken());
            // The name at the head first: "the man who met Smith" is not Smith.
            Optional<Actor> named = names.personAt(new CharSpan(head.beginPosition(), head.endPosition()))
                    .or(() -> appositiveName(s, m));
            if (named.isPresent()) {
                return named.get();
            }
            String word = head.word().toLowerCase(Locale.ROOT);
            String text = m.naming(doc.text());
            // A person's pronoun is one that shows a gender, the reflexive ones too, which the parser may take for
            // the source when they stress it ("Doe, the agency's spokeswoman, had herself said …").
            if (PersonGender.ofPronoun(word).isPresent()) {
                return latestPerson(m.span().begin(), PersonGender.ofPronoun(word))
                        .orElseGet(() -> anonymous(ActorType.PERSON, text));
            }
            if (PluralAntecedents.PLURAL_PRONOUNS.contains(word)) {
                // "They" refers back to a group named just before, whether or not it spoke: "Senate Democrats
                // blocked the bill because they said …"; only without one is it the last body heard.
                int at = m.span().begin();
                Optional<Mention> group = PluralAntecedents.of(doc, m, offset -> quotedApart(offset, at));
                if (group.isPresent()) {
                    return resolve(group.get());
                }
            }
            if (PluralAntecedents.PLURAL_PRONOUNS.contains(word) || BODY_PRONOUNS.contains(word)) {
                // "It" is one body, never a plural group ("officials", "Democrats"); "they" may be either.
                boolean singular = BODY_PRONOUNS.contains(word);
                return latestBody(m.span().begin(), singular).orElseGet(() -> anonymous(ActorType.GROUP, text));
            }
            Optional<Mention> antecedent = Antecedents.ofRelative(doc, m);
            if (antecedent.isPresent()) {
                return resolve(antecedent.get());
            }
            // Only where the head is a known person's surname: "Meridian Mobile" is a body, not a Mobile.
            boolean knownSurname = peopleOfSurname(head.word()).findAny().isPresent();
            Optional<Actor> bySurname = (knownSurname ? givenNameBefore(s, m) : Optional.<String>empty())
                    .map(given -> personWithGivenName(given, head))
                    .or(() -> personNamed(head));
            if (bySurname.isPresent()) {
                return bySurname.get();
            }
            Actor described = describedActor(head, text, m, affiliationsIn(s, m));
            headNouns.putIfAbsent(described, head.word().toLowerCase(Locale.ROOT));
            if (isPlural(head) && described.type() != ActorType.PERSON) {
                plural.add(described);
            }
            return described;
        }

        /**
         * The person a mention names in apposition to its head ("the minister, Tom Reed,"; "Roe's lawyer, Ann
         * Lee,"; "organizing director Kim Fells"): the last name in it that only qualifies nothing. A name that
         * qualifies the description is someone else: "Roe's aides", "a spokesman for Roe", "supporters of Roe",
         * "a member who backs Roe" and "a pastor supporting Roe" are not Roe.
         */
        private Optional<Actor> appositiveName(ParsedSentence s, Mention m) {
            Actor found = null;
            for (NameClusters.NamedMention n : names.mentions()) {
                if (m.span().contains(n.span().begin()) && !qualifies(s, m, n.span())) {
                    found = n.actor();
                }
            }
            return Optional.ofNullable(found);
        }

        /**
         * Whether a name inside a mention qualifies another word: a possessor ("Roe's"), a modifier of a plural
         * ("Roe aides"), a name in a relative clause ("who backs Roe"), or one right after a preposition or
         * participle ("for Roe"), within its stretch
         * of the mention (back to a comma, which opens an apposition).
         */
        private boolean qualifies(ParsedSentence s, Mention m, CharSpan name) {
            String after = doc.text().substring(name.end(), Math.min(doc.text().length(), name.end() + 2));
            if (after.startsWith("'s") || after.startsWith("’s") || after.equals("' ") || after.equals("’ ")) {
                return true;
            }
            // A name before a plural noun qualifies it: "Clinton insiders" and "Sanders aides" are not one person.
            for (CoreLabel t : s.tokens()) {
                if (t.beginPosition() >= name.end()) {
                    if (m.span().contains(t.beginPosition()) && "NNS".equals(t.tag())) {
                        return true;
                    }
                    break;
                }
            }
            boolean adjacent = true;
            boolean conjunct = false;
            for (int i = s.tokens().size(); i >= 1; i--) {
                CoreLabel t = s.token(i);
                if (t.beginPosition() >= name.begin()) {
                    continue;
                }
                if (t.beginPosition() < m.span().begin() || t.word().equals(",")) {
                    return false;
                }
                String tag = t.tag() == null ? "" : t.tag();
                if (tag.startsWith("W") || (adjacent && (tag.equals("IN") || tag.equals("TO")
                        || tag.equals("VBG") || tag.equals("VBN")))) {
                    return true;
                }
                if (adjacent && tag.equals("CC")) {
                    // "for Roe and Doe": the second name is governed with the first; skip over the first.
                    conjunct = true;
                    continue;
                }
                boolean nameWord = tag.startsWith("NNP") && conjunct;
                conjunct = nameWord;
                // Only determiners and titles stand between a preposition or participle and its name ("for Mayor
                // Roe", "supporting the Roes"); "Fight for $15 organizing director Kim Fells" is Fells.
                adjacent = adjacent && (nameWord || tag.equals("DT") || tag.equals("PDT")
                        || (NameTitles.isTitle(t.word()) && Character.isUpperCase(t.word().charAt(0))));
            }
            return false;
        }

        /** The countries and bodies a description names: "the Ukrainian minister" works for Ukraine. */
        private List<String> affiliationsIn(ParsedSentence s, Mention m) {
            List<Integer> tokens = new ArrayList<>();
            for (int i = 1; i <= s.tokens().size(); i++) {
                if (m.span().contains(s.token(i).beginPosition())) {
                    tokens.add(i);
                }
            }
            return Affiliations.of(doc, s, tokens);
        }

        /**
         * The capitalised word right before a proper-noun head inside the mention when it is no title: the given
         * name of "Bill Clinton" where the tagger found no person ("Mr." and "President" are titles).
         */
        private Optional<String> givenNameBefore(ParsedSentence s, Mention m) {
            int head = m.headToken();
            if (head < 2 || s.tag(head) == null || !s.tag(head).startsWith("NNP")) {
                return Optional.empty();
            }
            CoreLabel before = s.token(head - 1);
            boolean given = m.span().contains(before.beginPosition()) && "NNP".equals(before.tag())
                    && isCapitalised(before) && !NameTitles.isTitle(before.word())
                    && ActorNouns.typeOf(before.word()).isEmpty();
            return given ? Optional.of(before.word()) : Optional.empty();
        }

        /**
         * The person of the surname head whose names hold the given name ("Bill Clinton" is not Hillary Clinton),
         * else a person of that full name.
         */
        private Actor personWithGivenName(String given, CoreLabel head) {
            String full = given + " " + head.word();
            return peopleOfSurname(head.word())
                    .filter(p -> PersonSurname.withoutSuffix(p.label()).equals(full) || p.aliases().contains(full))
                    .findFirst()
                    .orElseGet(() -> others.computeIfAbsent("person:" + full.toLowerCase(Locale.ROOT),
                            k -> new Actor(ActorType.PERSON, full, true)));
        }

        /** The article's named persons of two words or more with this surname, in order of first mention. */
        private java.util.stream.Stream<Actor> peopleOfSurname(String surname) {
            return names.people().stream()
                    .filter(p -> p.label().strip().contains(" ") && PersonSurname.of(p.label()).equals(surname));
        }

        /** A proper noun that is a known person's surname: NER often misses "Doe" once "Jane Doe" was named. */
        private Optional<Actor> personNamed(CoreLabel head) {
            if (head.tag() == null || !head.tag().startsWith("NN") || !Character.isUpperCase(head.word().charAt(0))) {
                return Optional.empty();
            }
            return peopleOfSurname(head.word()).findFirst()
                    .map(p -> {
                        p.addName(head.word());
                        return p;
                    });
        }

        /** A description or a name that is not a person's: "the minister", "the General Staff", "officials". */
        private Actor describedActor(CoreLabel head, String text, Mention m, List<String> affiliations) {
            String label = withoutDeterminer(withoutPastParticiple(m, text));
            Optional<String> named = nameAfterDescription(m);
            if (named.isPresent()) {
                // "the patients' group Heart Voice", "a consumer group, Safe Medicines": the body named.
                Actor body = others.computeIfAbsent("named:" + named.get(),
                        k -> new Actor(ActorType.ORGANIZATION, named.get(), true));
                body.addDescription(label);
                return body;
            }
            Optional<ActorType> nounType = ActorNouns.typeOf(head.lemma());
            boolean personNoun = nounType.orElse(null) == ActorType.PERSON;
            // "Mayor" capitalised by a headline or a title is still a description, not a body's name.
            boolean proper = head.tag() != null && head.tag().startsWith("NNP")
                    && !(personNoun && "O".equals(head.ner()));
            boolean definite = text.toLowerCase(Locale.ROOT).startsWith("the ") || proper || isCapitalised(head);
            if (personNoun && definite && !proper && !isPlural(head)) {
                Optional<Actor> referent = describedPerson(head.lemma(), m);
                if (referent.isPresent()) {
                    referent.get().addDescription(label);
                    referent.get().addRole(label);
                    affiliations.forEach(referent.get()::addAffiliation);
                    return referent.get();
                }
            }
            // Only a bare description ("the company", "the mobile operator"): one with words after its noun
            // ("the operator of the plant") says which body it is.
            boolean bare = label.toLowerCase(Locale.ROOT).endsWith(head.word().toLowerCase(Locale.ROOT));
            if (!proper && definite && bare && (isPlural(head) || !personNoun)) {
                // "The health ministry said P. … the ministry added Q", "according to two people familiar with the
                // matter … the people said": a bare description that repeats the head noun of a body or group that
                // spoke before is that body or group.
                Optional<Actor> repeated = latestBodyCalled(head.word(), m.span().begin());
                if (repeated.isPresent()) {
                    repeated.get().addDescription(label);
                    return repeated.get();
                }
            }
            if (!proper && definite && bare && !isPlural(head) && OrganisationNames.isCompanyNoun(head.lemma())) {
                // "The company said" after a firm has spoken is that firm: news names a business once, then
                // describes it.
                Optional<Actor> firm = latestNamedBody(m.span().begin())
                        .or(() -> latestBusinessNamed(m.span().begin()));
                if (firm.isPresent()) {
                    firm.get().addDescription(label);
                    return firm.get();
                }
            }
            if (proper) {
                ActorType type = isPlural(head) ? ActorType.GROUP : ActorType.ORGANIZATION;
                // A clause set off after a name ("Keverne, which delivers parcels,") describes the body; unlike a
                // description's, it is no part of the name.
                String name = withoutDescription(doc.sentences().get(m.sentence()), m, label)
                        .replaceFirst(",\\s+(which|who|whose)\\b.*$", "");
                // News names a body in full, then by its first words ("Meridian Mobile" … "Meridian").
                String full = fullBodyName(name, m.span().begin()).orElse(name);
                Actor body = others.computeIfAbsent("named:" + full, k -> new Actor(type, full, true));
                if (!full.equals(name)) {
                    body.addName(name);
                }
                if (!name.equals(label)) {
                    body.addDescription(label);
                }
                return body;
            }
            ActorType type = isPlural(head) ? ActorType.GROUP : nounType.orElse(ActorType.GROUP);
            return anonymous(type, label);
        }

        /**
         * Whom "the minister" refers back to: the person of that role named last, else the main speaker unless the
         * noun names someone who speaks for another ("the spokesman"). A headline or lead names its subject before
         * the article does, so there it may refer forward to the role's holder.
         */
        private Optional<Actor> describedPerson(String lemma, Mention m) {
            int at = m.span().begin();
            // A spokesman, an aide or a lawyer speaks for someone: never the main speaker by default.
            Optional<Actor> back = personWithRole(lemma, at)
                    .or(() -> PROXY_NOUNS.contains(lemma.toLowerCase(Locale.ROOT)) ? Optional.empty()
                            : mainSpeaker(at));
            if (back.isPresent() || m.sentence() > 0) {
                return back;
            }
            return personWithRole(lemma, Integer.MAX_VALUE);
        }

        /** The person most recently named before the description who holds a role of that word. */
        private Optional<Actor> personWithRole(String lemma, int before) {
            String word = lemma.toLowerCase(Locale.ROOT);
            Actor found = null;
            // A description refers back: "the minister" is not someone the article names only later.
            for (NameClusters.NamedMention n : names.mentions()) {
                if (n.span().begin() < before && n.actor().roles().stream()
                        .anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(word))) {
                    found = n.actor();
                }
            }
            return Optional.ofNullable(found);
        }

        /** The person who has spoken most so far, else the first person named: news refers back to its subject. */
        private Optional<Actor> mainSpeaker(int before) {
            Optional<Actor> most = timesSpoken.entrySet().stream()
                    .filter(e -> e.getKey().type() == ActorType.PERSON && e.getKey().named())
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
            return most.or(() -> names.mentions().stream().filter(n -> n.span().begin() < before)
                    .map(NameClusters.NamedMention::actor).findFirst());
        }

        /**
         * The most recent named person before an offset whose name does not show another gender than the
         * pronoun's: a speaker, or any person named.
         */
        private Optional<Actor> latestPerson(int before, Optional<PersonGender.Gender> pronoun) {
            int bestAt = -1;
            Actor best = null;
            for (NameClusters.NamedMention n : names.mentions()) {
                // A name inside a quotation is the quoted speaker's word, not the narrator's: "“If Roe wins,
                // I'll leave,” he said" is not Roe speaking. Only a pronoun in the same quotation may take it.
                boolean quoted = quotedApart(n.span().begin(), before);
                if (n.span().begin() < before && n.span().begin() > bestAt && !quoted && fits(n.actor(), pronoun)
                        && !spokenOfBySomeoneFitting(n.span().begin(), n.actor(), before, pronoun)) {
                    bestAt = n.span().begin();
                    best = n.actor();
                }
            }
            for (Map.Entry<Integer, Actor> e : spoken) {
                if (e.getValue().type() == ActorType.PERSON && e.getKey() < before && e.getKey() > bestAt
                        && fits(e.getValue(), pronoun) && !spokenOfBySomeoneFitting(e.getKey(), e.getValue(), before,
                        pronoun)) {
                    bestAt = e.getKey();
                    best = e.getValue();
                }
            }
            return Optional.ofNullable(best);
        }

        /**
         * True when a person's mention at an offset lies in what another person who fits the pronoun said, and the
         * pronoun lies outside it: "Reid recalled that Marlow had said … "…," he said" goes back to Reid, who spoke,
         * not to Marlow, whom he only spoke of.
         */
        private boolean spokenOfBySomeoneFitting(int offset, Actor person, int pronounAt,
                                                 Optional<PersonGender.Gender> pronoun) {
            return reported.stream().anyMatch(r -> r.getKey().contains(offset)
                    && !r.getKey().contains(pronounAt) && r.getValue() != person
                    && r.getValue().type() == ActorType.PERSON && r.getValue().named() && fits(r.getValue(), pronoun));
        }

        /** True when an offset lies in a quotation that the pronoun at {@code pronounAt} is not in. */
        private boolean quotedApart(int offset, int pronounAt) {
            Optional<CharSpan> quote = quoteAt(offset);
            return quote.isPresent() && !quote.equals(quoteAt(pronounAt));
        }

        /** The quotation that holds this offset, if any. */
        private Optional<CharSpan> quoteAt(int offset) {
            return quotes.stream().filter(q -> q.contains(offset)).findFirst();
        }

        /** True unless the person's name or title shows a gender other than the pronoun's. */
        private boolean fits(Actor person, Optional<PersonGender.Gender> pronoun) {
            if (pronoun.isEmpty()) {
                return true;
            }
            Optional<PersonGender.Gender> named = PersonGender.ofName(person.label());
            for (String alias : person.aliases()) {
                named = named.or(() -> PersonGender.ofName(alias));
            }
            // The label leaves a title out ("Mrs. Okafor" is "Okafor"): the words the text names the person with.
            for (NameClusters.NamedMention n : names.mentions()) {
                if (n.actor() == person) {
                    named = named.or(() -> PersonGender.ofName(NameClusters.withTitle(doc.text(), n.span())));
                }
            }
            return named.map(pronoun.get()::equals).orElse(true);
        }

        /**
         * The named organisation that spoke last before an offset. A "body" whose name holds a person's title
         * ("Local councillor Jane Roe") is a person the tagger missed, not a firm to refer back to.
         */
        private Optional<Actor> latestNamedBody(int before) {
            return lastSpokenBefore(before, a -> a.type() == ActorType.ORGANIZATION && a.named()
                    && java.util.Arrays.stream(a.label().split("\\s+"))
                            .noneMatch(w -> ActorNouns.typeOf(w).orElse(null) == ActorType.PERSON)
                    && mayBeABusiness(a.label()));
        }

        /**
         * The business the tagger named last before an offset, whether or not it spoke, and no news outlet: news
         * names a firm, then quotes it as "the company" ("Halvern Foods will raise prices … The company said").
         */
        private Optional<Actor> latestBusinessNamed(int before) {
            String found = null;
            for (var e : doc.entityMentions()) {
                String name = NameClusters.cleanName(e.text());
                if ("ORGANIZATION".equals(e.entityType()) && e.charOffsets().second() <= before && !name.isEmpty()
                        && Character.isUpperCase(name.charAt(0)) && mayBeABusiness(name)
                        && MediumLexicon.ofName(name).isEmpty()) {
                    found = name;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            String full = fullBodyName(found, before).orElse(found);
            return Optional.of(others.computeIfAbsent("named:" + full,
                    k -> new Actor(ActorType.ORGANIZATION, full, true)));
        }

        /** False when a word of the body's name shows it is no business: "the company" is never a union. */
        private static boolean mayBeABusiness(String name) {
            return Arrays.stream(name.toLowerCase(Locale.ROOT).split("\\W+"))
                    .noneMatch(NON_BUSINESS_WORDS::contains);
        }

        /**
         * The one organisation's name met before the offset that begins with this shorter name and a space:
         * "Meridian Mobile" for "Meridian", whether the tagger found it or it was resolved as a speaker; never a
         * unit of the body ("Senate Judiciary Committee" for "Senate").
         */
        private Optional<String> fullBodyName(String name, int before) {
            Set<String> longer = new HashSet<>();
            for (var e : doc.entityMentions()) {
                String full = NameClusters.cleanName(e.text());
                if ("ORGANIZATION".equals(e.entityType()) && e.charOffsets().first() < before
                        && full.startsWith(name + " ")) {
                    longer.add(full);
                }
            }
            // A speaker that is several bodies ("CNN and The New York Times") is none of them.
            others.values().stream()
                    .filter(a -> a.type() == ActorType.ORGANIZATION && a.named() && a.label().startsWith(name + " "))
                    .map(Actor::label).filter(l -> !l.contains(" and ") && !l.contains(","))
                    .forEach(longer::add);
            // A unit of the body is not the body: "Senate" is not the "Senate Judiciary Committee".
            longer.removeIf(full -> java.util.Arrays.stream(full.substring(name.length()).toLowerCase(Locale.ROOT)
                    .split("\\W+")).anyMatch(BODY_UNIT_NOUNS::contains));
            return longer.size() == 1 ? longer.stream().findFirst() : Optional.empty();
        }

        /** The body that spoke last before an offset whose description was headed by this noun. */
        private Optional<Actor> latestBodyCalled(String noun, int before) {
            String word = noun.toLowerCase(Locale.ROOT);
            return lastSpokenBefore(before, a -> a.type() != ActorType.PERSON && word.equals(headNouns.get(a)));
        }

        /** The body or group that spoke last before an offset; a single body only, for "it". */
        private Optional<Actor> latestBody(int before, boolean singular) {
            return lastSpokenBefore(before, a -> a.type() != ActorType.PERSON && !(singular && plural.contains(a)));
        }

        /** The speaker of this kind heard last before an offset. */
        private Optional<Actor> lastSpokenBefore(int before, java.util.function.Predicate<Actor> kind) {
            Actor best = null;
            for (Map.Entry<Integer, Actor> e : spoken) {
                if (e.getKey() < before && kind.test(e.getValue())) {
                    best = e.getValue();
                }
            }
            return Optional.ofNullable(best);
        }

        Actor anonymous(ActorType type, String label) {
            return others.computeIfAbsent("anon:" + label.toLowerCase(Locale.ROOT), k -> new Actor(type, label, false));
        }

        Actor unnamedSource() {
            return anonymous(ActorType.GROUP, "unnamed source");
        }

        /**
         * The organisation's name a description ends with: "the patients' group Heart Voice", "a consumer group,
         * Safe Medicines". The parser heads such a mention with the common noun ("group"); the name is the run of
         * capitalised words at the mention's end that the entity tagger calls an organisation.
         */
        private Optional<String> nameAfterDescription(Mention m) {
            ParsedSentence s = doc.sentences().get(m.sentence());
            CoreLabel head = s.token(m.headToken());
            // Only a noun for a body ("group", "union", "club"): "the head of the Defense Ministry" is a person.
            boolean bodyNoun = ActorNouns.typeOf(head.lemma()).map(t -> t != ActorType.PERSON).orElse(false)
                    || OrganisationNames.isCompanyNoun(head.lemma());
            if (head.tag() == null || !(head.tag().equals("NN") || head.tag().equals("NNS")) || !bodyNoun) {
                return Optional.empty();
            }
            int last = m.headToken();
            while (last < s.tokens().size() && m.span().contains(s.token(last + 1).beginPosition())) {
                last++;
            }
            while (last > m.headToken() && s.isPunctuation(last)) {
                last--;
            }
            int first = last;
            while (first > m.headToken() + 1 && isOrganisationWord(s.token(first - 1))) {
                first--;
            }
            if (first == m.headToken() || !isOrganisationWord(s.token(first)) || !isOrganisationWord(s.token(last))) {
                return Optional.empty();
            }
            // The name stands right after the noun, or after the comma of an apposition ("a group, Safe Medicines").
            for (int i = m.headToken() + 1; i < first; i++) {
                if (!s.isPunctuation(i)) {
                    return Optional.empty();
                }
            }
            return Optional.of(doc.text().substring(s.token(first).beginPosition(), s.token(last).endPosition()));
        }

        private static boolean isOrganisationWord(CoreLabel t) {
            return "ORGANIZATION".equals(t.ner()) && isCapitalised(t);
        }

        private static boolean isCapitalised(CoreLabel head) {
            return !head.word().isEmpty() && Character.isUpperCase(head.word().charAt(0));
        }

        private static boolean isPlural(CoreLabel head) {
            return "NNS".equals(head.tag()) || "NNPS".equals(head.tag());
        }

        /**
         * A body's name without the description news sets before it: "Chipmaker Novatek" is Novatek, "Drugmaker
         * Veltra Pharma" is Veltra Pharma. Leading words go when a capitalised name follows them and each is a
         * common noun or adjective outside any entity, or a noun that describes bodies written in lower case or
         * capitalised only by opening the sentence ("the Business Council" keeps its first word).
         */
        private static String withoutDescription(ParsedSentence s, Mention m, String label) {
            List<CoreLabel> words = s.tokens().stream()
                    .filter(t -> m.span().contains(t.beginPosition()) && !"DT".equals(t.tag())).toList();
            int first = 0;
            while (first + 1 < words.size() && isDescriptive(words.get(first))) {
                first++;
            }
            if (first == 0 || !isNameWord(words.get(first))) {
                return label;
            }
            String rest = label.substring(Math.max(0, label.indexOf(words.get(first).word())));
            return rest.isEmpty() ? label : rest;
        }

        private static boolean isNameWord(CoreLabel t) {
            return t.tag() != null && t.tag().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0));
        }

        private static boolean isDescriptive(CoreLabel t) {
            String tag = t.tag() == null ? "" : t.tag();
            boolean common = (tag.equals("NN") || tag.equals("NNS") || tag.equals("JJ")) && "O".equals(t.ner());
            boolean byPosition = Character.isLowerCase(t.word().charAt(0)) || t.index() == 1;
            return common || (OrganisationNames.isBodyNoun(t.word()) && byPosition);
        }

        /**
         * The mention's words before a past participle that modifies its head: "a council document seen by the
         * Gazette" is the council document; such participles tell where it was found, not which it is. Phrases,
         * relative clauses and present participles ("the operator of the plant", "the firm that built the bridge",
         * "the union representing the workers") stay: they say which one.
         */
        private String withoutPastParticiple(Mention m, String text) {
            ParsedSentence s = doc.sentences().get(m.sentence());
            IndexedWord head = s.node(m.headToken());
            int cut = s.children(head, "acl").stream()
                    .filter(c -> c.index() > head.index() && s.relationToParent(c).equals("acl")
                            && "VBN".equals(c.tag()))
                    .mapToInt(c -> s.subtree(c, List.of()).stream().mapToInt(i -> s.token(i).beginPosition()).min()
                            .orElse(Integer.MAX_VALUE))
                    .min().orElse(Integer.MAX_VALUE);
            int at = cut - m.span().begin();
            if (at <= 0 || at >= text.length()) {
                return text;
            }
            return text.substring(0, at).replaceFirst("[\\s,;:]+$", "");
        }

        private static String withoutDeterminer(String text) {
            // The mention may end on the comma that closes an apposition; a label does not.
            String bare = text.replaceFirst("[,;:]+$", "");
            return bare.replaceFirst("(?i)^(the|a|an|this|that|these|those)\\s+", "").strip();
        }
    }
}
