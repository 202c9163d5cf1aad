package org.claimgraph.group;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.TreeSet;
import net.sf.extjwnl.data.POS;
import org.claimgraph.lexicon.TsvResource;

/**
 * Decides whether claims of different articles state the same proposition, and files claims under lookup keys so
 * that a new claim is compared only with the stored claims that share a key with it, never with all of them.
 *
 * <p>Within one article, a related event and a related argument are enough ({@link SignatureMatcher}): the
 * article's topic does the rest. Across a corpus that rule joins far too much ("people want change" with "people
 * want a plate"), so claims of different articles need a closely related event (the same word, a derivation, or a
 * verb named in the other's gloss: {@link SignatureMatcher#closeEvents}; or one set of {@link EventParaphrases},
 * which counts as no word of either claim), an <em>anchor</em> in what they are about, and most of their words in
 * common. The anchor is one of: a shared name (an organisation or place: "Acme", "Ukraine" ~ "Ukrainian"; a
 * person's name only with a shared thing beside it), two shared things ("takeover", "jobs"), or one shared thing
 * when nearly every word of both claims has its counterpart ("hackers stole the data" ~ "data had been stolen")
 * and, between articles sharing no story name, their wordings agree too; between such articles a claim that is
 * only a noun phrase ("the war in Iraq") joins only a claim in nearly the same words;
 * general words ("people", "way"), nouns found in the claims of many articles of a beat ("growth", "sales") and
 * titles ("Mr.") anchor nothing, nor does a person's surname that is a claim's only argument ("Doe wins").
 * Words of one paraphrase set both claims are in count as each other's counterpart in the share of words ("stole"
 * ~ "had taken" of data). A claim is filed under its argument words, and under the story names of its article's
 * opening ({@code LinkingTerms}), so the claims it may match are those filed under one of its keys; claims of one
 * story that share no argument word need the same event instead ({@link #oneStoryInOtherWords}). Claims of articles
 * published far apart are not compared at all ({@link #MAX_DAYS_APART}, applied by the linker, which knows the
 * dates), nor are claims that state different figures, years or months ({@link ClaimDetails}).
 */
public final class CrossArticleMatcher {

    /** Prefix of keys that name an argument word. */
    public static final String ARGUMENT_KEY = "argument:";
    /** Prefix, after {@link #ARGUMENT_KEY}, of keys that name an argument paraphrase set. */
    static final String ARGUMENT_SET = "set:";
    /**
     * How many argument words (or argument paraphrase sets) two claims this class accepts share: the lookup needs
     * one.
     */
    public static final int MIN_SHARED_KEYS = 1;
    /**
     * Related common nouns that stand in for a shared argument word between claims of articles telling one story
     * ("fares" ~ "prices"). One, as one shared word is: every other condition still holds (the same event, half of
     * the words related, an anchor). Chosen on the four development sets of this rule (`ferry`, `recall`,
     * `heldout-campus`, `heldout-coalition`): 3 more right pairs, none wrong; on the eleven other sets no pair
     * changed.
     */
    public static final int MIN_RELATED_NOUNS = 1;
    /** Shared things (common nouns) that anchor two claims without a shared name: one thing is often the topic. */
    public static final int MIN_SHARED_THINGS = 2;
    /**
     * The least share of related words ({@link #overlap}) for claims of different articles: half of the words may
     * be elaboration ("at the northern plant"), more would let a short claim match any longer one on its topic.
     */
    public static final double MIN_OVERLAP = 0.5;
    /**
     * The share of related words at which one shared thing anchors two claims: with at most one word of four
     * left over, the two say the same thing of it ("data stolen" ~ "hackers stole data").
     */
    public static final double CLOSE_OVERLAP = 0.75;

    /**
     * The most days between the publication of two articles whose claims are compared, when both dates are known:
     * reports, rebuttals and follow-ups of one story come within weeks (our takeover fixtures span 16 days), while
     * the same words months apart ("Doe leads the polls") are mostly another poll, another vote, another bill.
     */
    public static final int MAX_DAYS_APART = 31;

    /**
     * The least cosine of two claims' wordings ({@link SentenceSimilarity}) that relates their events, when all else
     * matches ({@link #sameInOtherWords}), and that joins a noun phrase across stories. Chosen on the statement pairs
     * of the development claim sets (not the held-out ones): it lets through about as few pairs of different claims
     * as 0.8 did with the MiniLM model used before: of the pairs across articles that share one argument word, 2 of
     * 317 different-claim pairs and 9 of 108 same-claim ones (MiniLM at 0.8: 2 and 7).
     */
    static final double MIN_COSINE = 0.86;
    /**
     * The least cosine of two claims' wordings ({@link SentenceSimilarity}) for one shared thing to anchor them
     * across stories ({@link #CLOSE_OVERLAP}): a claim's terms are its main clause only, and "the law should be
     * changed to require family courts …" and "any change in the law as it affects animals …" share all of them.
     * Chosen on the statement pairs of the development claim sets that share one argument word across articles: it
     * lets through 36 of 317 pairs of different claims and 40 of 108 same-claim pairs, where 0.6 with the MiniLM
     * model used before let through 44 and 33. The seven wrong joins of the first 80 BBC politics and business
     * reports that the old threshold was chosen on rate 0.59 to 0.66, but for a noun phrase at 0.74, which
     * {@link #MIN_COSINE} keeps out; the right ones rate 0.90 to 1.0.
     */
    static final double MIN_THIN_ANCHOR_COSINE = 0.75;
    /**
     * The most WordNet senses either of two nouns may have for the commonest sense of one to name the other
     * ({@link #namedInFirstSense}), as many as {@link SignatureMatcher} allows its synonyms: the first sense of "job"
     * lists "business" and "line", words of so many readings that "the line" of a story is seldom its jobs.
     */
    private static final int MAX_LISTING_SENSES = 8;
    /** Shorter event stems would be found inside unrelated words ("be", "go"). */
    private static final int MIN_STEM = 4;

    /**
     * Common nouns that do not anchor a match on their own: general words ({@code weak-anchors.tsv}) and the nouns
     * of claims in many articles of a beat ({@code frequent-claim-nouns.tsv}).
     */
    private static final Set<String> WEAK_ANCHORS = weakAnchors();
    /** General words ({@code weak-anchors.tsv}): no participant of a story, however it is told ("people", "way"). */
    private static final Set<String> GENERAL_WORDS = Set.copyOf(TsvResource.words("weak-anchors.tsv"));

    /** Characters that are no part of a name word ("Kellsbridge's" gives "Kellsbridge"; "Smith-Jones" stays one). */
    private static final java.util.regex.Pattern NON_NAME_CHARACTERS = java.util.regex.Pattern.compile(
            "[^\\p{L}\\-]+|'s\\b|’s\\b");
    /** Words of grammar a sentence may start with ({@code function-words.tsv}): no name of a story. */
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(TsvResource.words("function-words.tsv"));
    /** Shorter capitalised words are mostly abbreviations and initials ("Mr", "St", "J"). */
    private static final int MIN_NAME_LENGTH = 3;

    private final WordNet wordNet = new WordNet();
    private final SignatureMatcher matcher = new SignatureMatcher(wordNet);
    private final OppositeEvents opposites = new OppositeEvents(wordNet);

    private static Set<String> weakAnchors() {
        Set<String> out = new TreeSet<>(TsvResource.words("weak-anchors.tsv"));
        out.addAll(TsvResource.words("frequent-claim-nouns.tsv"));
        return Set.copyOf(out);
    }

    /** True when two claims of different articles state the same proposition (see the class comment). */
    public boolean same(PortableSignature a, PortableSignature b) {
        return same(a, b, w -> false);
    }

    /** As {@link #same(PortableSignature, PortableSignature, Predicate, Set)}, for articles sharing no story name. */
    public boolean same(PortableSignature a, PortableSignature b, Predicate<String> personSurname) {
        return same(a, b, personSurname, Set.of());
    }

    /**
     * True when two claims of different articles state the same proposition, knowing which name words are the
     * surnames of persons: a claim that says nothing but what one person does ("Doe wins", "Doe needs to act",
     * "what he likes about Doe") is not anchored by that person's name. A person is the subject of a great many
     * claims in other words; with nothing else named, a shared event and the name join different propositions.
     * {@code sharedStoryNames} are the {@link #storyNames} both articles use in their claims: articles telling one
     * story name it once and then describe it ("the layoffs" at "Brightwater"), so between them one shared thing,
     * even a word of the beat ("jobs"), anchors two claims that otherwise match.
     */
    public boolean same(PortableSignature a, PortableSignature b, Predicate<String> personSurname,
            Set<String> sharedStoryNames) {
        return same(a, b, personSurname, sharedStoryNames, Set.of());
    }

    /**
     * As {@link #same(PortableSignature, PortableSignature, Predicate, Set)}, knowing also the story names both
     * articles' openings use ({@link #openingNames}): they anchor as names in both articles' claims do, since a
     * report names its story at the top and then says "the ward would shut", but they do not let the sets of rises
     * and falls relate claims ({@link EventParaphrases#storyOnly}): two stories of one firm and its supplier both
     * name the two in their openings, and the profits of one fall while the costs of the other do.
     */
    public boolean same(PortableSignature a, PortableSignature b, Predicate<String> personSurname,
            Set<String> sharedStoryNames, Set<String> sharedOpeningNames) {
        return matches(a, null, b, null, personSurname, sharedStoryNames, sharedOpeningNames, false);
    }

    /**
     * As {@link #same(PortableSignature, PortableSignature, Predicate, Set, Set)}, knowing also the claims' wordings:
     * one shared thing then anchors claims of articles sharing no story name only when the wordings agree as well
     * ({@link #MIN_THIN_ANCHOR_COSINE}).
     */
    public boolean same(PortableSignature a, String aWording, PortableSignature b, String bWording,
            Predicate<String> personSurname, Set<String> sharedStoryNames, Set<String> sharedOpeningNames) {
        return matches(a, aWording, b, bWording, personSurname, sharedStoryNames, sharedOpeningNames, false);
    }

    /**
     * The conditions of {@link #same(PortableSignature, PortableSignature, Predicate, Set, Set)}; with
     * {@code eventsGiven}, the two claims' events are taken as related, for evidence other than WordNet and the
     * paraphrase sets to decide whether they are. Wordings are null when unknown.
     */
    private boolean matches(PortableSignature a, String aWording, PortableSignature b, String bWording,
            Predicate<String> personSurname,
            Set<String> sharedStoryNames, Set<String> sharedOpeningNames, boolean eventsGiven) {
        // Different figures, years or months are different facts, however alike the words ("fell 0.4% in October").
        if (a.conflictsWith(b)) {
            return false;
        }
        ClaimSignature x = a.toSignature();
        ClaimSignature y = b.toSignature();
        if (!x.substantive() || !y.substantive()) {
            return false;
        }
        boolean oneStory = !sharedStoryNames.isEmpty() || !sharedOpeningNames.isEmpty();
        if (sharedArguments(x, y) >= MIN_SHARED_KEYS) {
            if (!eventsGiven && !closeEvent(x, y, !sharedStoryNames.isEmpty(), oneStory)) {
                return false;
            }
        } else if (eventsGiven || !oneStoryInOtherWords(x, y, sharedStoryNames, sharedOpeningNames)) {
            return false;
        }
        Set<String> storyNames = new TreeSet<>(sharedStoryNames);
        storyNames.addAll(sharedOpeningNames);
        double overlap = overlap(x, y, eventsGiven, storyNames);
        if (overlap < MIN_OVERLAP) {
            return false;
        }
        int things = sharedThings(x, y);
        boolean nameAnchors = !onlyAPerson(x, personSurname) && !onlyAPerson(y, personSurname)
                && (sharesName(x, y, w -> !personSurname.test(w)) || (things >= 1 && sharesName(x, y, w -> true)));
        // A person's name does anchor two claims telling one kind of happening of a paraphrase set ("Doe would not
        // resign" ~ "Doe stepped down"): a resignation, a fine or a lawsuit is told of a person far less often than
        // the winning, saying or wanting that made a person's name alone join different facts.
        // Not by a given name alone: "John Smith resigned" and "John Doe stepped down" are two stories.
        nameAnchors = nameAnchors || (oneKindOfHappening(x, y)
                && sharesName(x, y, w -> !org.claimgraph.resolve.PersonGender.isFirstName(w)));
        // A noun phrase ("the war in Iraq") names a topic and states nothing of it: across stories only the same
        // wording joins it, however well a name anchors it to a claim that goes on ("… as a waste of money").
        if (!oneStory && (nounPhrase(x) || nounPhrase(y))
                && !wordingsAgree(aWording, bWording, MIN_COSINE)) {
            return false;
        }
        return nameAnchors || things >= MIN_SHARED_THINGS
                || (things >= 1 && overlap >= CLOSE_OVERLAP
                        && wordingsAgree(aWording, bWording, MIN_THIN_ANCHOR_COSINE))
                || (oneStory && sharedNouns(x, y) >= 1);
    }

    /**
     * True when a claim's events are all nouns of no paraphrase set: its wording is a noun phrase naming a topic. A
     * noun of a set names a happening told of someone ("Doe faces a suspension", the verb left out as a light one),
     * which is a statement.
     */
    private static boolean nounPhrase(ClaimSignature s) {
        return !s.events().isEmpty() && s.events().stream().noneMatch(EventParaphrases::isSet)
                && s.events().stream().allMatch(e -> e.pos() == ClaimSignature.Pos.NOUN);
    }

    /**
     * True unless both wordings are known and the sentence model rates them below {@code least}: claims whose terms
     * share one thing and little else, besides the event, may say quite different things in the rest of their
     * words. Without the model, the structure alone decides.
     */
    private static boolean wordingsAgree(String aWording, String bWording, double least) {
        return aWording == null || bWording == null || aWording.isBlank() || bWording.isBlank()
                || !SentenceSimilarity.available()
                || SentenceSimilarity.cosine(aWording, bWording) >= least;
    }

    /**
     * For two claims that share no argument word: true when both articles' openings name one story
     * ({@link #openingNames}), a common noun of one claim is related to one of the other ("the hamlet" ~ "the
     * village") and they tell one event, the same word, one set of {@link EventParaphrases} or words of one first
     * WordNet sense ("close" ~ "shut"). The articles whose openings share a name are compared claim by claim
     * ({@code story:} keys), so a shared word is not needed to meet, but without one the evidence must be stronger.
     * The story must be named at the top of both: names both articles' claims use are often only of one beat (two
     * candidates of one campaign, whom PolNeAR reports name in claims of many stories: with them, a plan to split
     * the primaries joined one to divide a county's votes). The event must be the same: a merely close one
     * ("position" ~ "put", which WordNet derives from each other) joined a party's "policy positions" with where a
     * leader would "put" a continent "on the agenda" in two BBC reports. The sentence model is not asked about such
     * pairs: it rates topic, and the story is all they are known to share.
     */
    private boolean oneStoryInOtherWords(ClaimSignature x, ClaimSignature y, Set<String> sharedStoryNames,
            Set<String> sharedOpeningNames) {
        if (sharedOpeningNames.isEmpty() || sharedNouns(x, y) < MIN_RELATED_NOUNS) {
            return false;
        }
        boolean storySets = !sharedStoryNames.isEmpty();
        return x.events().stream().filter(e -> storySets || !EventParaphrases.storyOnly(e)).anyMatch(e -> y.events()
                .stream().anyMatch(f -> oneEvent(e, f)));
    }

    /**
     * True when two claims of articles telling one story say the same thing in words WordNet and the paraphrase sets
     * do not relate, as a sentence-embedding model rates their wordings ({@link SentenceSimilarity}; "the brewery
     * would be sold to Norland" ~ "Norland was preparing an offer for the brewery"). The model rates topic as much
     * as proposition, so it only decides what the structure leaves open: every condition of {@link #same} must hold
     * but the related event; the articles must share a story name ({@link #storyNames}, {@link #openingNames}); no
     * object of one may be unrelated to the other's, no event opposed or of another direction of change
     * ({@link OppositeEvents}: "would be sold" / "would close"), and neither wording
     * may name the other's event beside an event of its own ("every misbilled patient would be repaid" says
     * something more of "patients were misbilled").
     */
    public boolean sameInOtherWords(PortableSignature a, String aWording, PortableSignature b, String bWording,
            Predicate<String> personSurname, Set<String> sharedStoryNames, Set<String> sharedOpeningNames) {
        if (sharedStoryNames.isEmpty() && sharedOpeningNames.isEmpty()
                || !matches(a, aWording, b, bWording, personSurname, sharedStoryNames, sharedOpeningNames, true)) {
            return false;
        }
        ClaimSignature x = a.toSignature();
        ClaimSignature y = b.toSignature();
        if (matcher.otherObjects(x, y) || opposites.opposed(x, y) || opposites.otherDirections(x, y)
                || namesEventOf(bWording, y, x)
                || namesEventOf(aWording, x, y)) {
            return false;
        }
        return SentenceSimilarity.cosine(aWording, bWording) >= MIN_COSINE;
    }

    /**
     * True when two claims of articles telling one story state opposite events of the same participants, so that one
     * denies the other: "water was released from the reservoir" / "the gates were closed all weekend". The events
     * must be opposites by {@link OppositeEvents} (WordNet antonyms, opposite directions of change), never by the
     * sentence model, which rates opposites alike; the articles must share a story name ({@link #storyNames},
     * {@link #openingNames}), as opposite events of one topic in two stories are far more often two facts ("the
     * Kelby plant will shut", "the Ashmoor plant stays open") than a contradiction; every other condition of
     * {@link #same} holds with the events taken as related (a shared argument, half of the words related, an anchor,
     * no conflicting figure, date or time); when both name participants, a name of one is related to a name of the
     * other; the two state the same figures or none: a figure is a fact of its own ("the closure would save the
     * carmaker 40 million euros a year" is no keeping of the plant that "will close its Kelby plant" denies), and
     * within an article only rises and falls need it, as the article's own grouping has its topic to go by; and no
     * paraphrase set holds both events, which then tell one happening from two sides ("would be sold to Halvorsen" /
     * "Halvorsen is preparing a bid to buy", antonyms by WordNet). Whether both sides assert their events is the
     * linker's to check: it knows the statements.
     */
    public boolean opposed(PortableSignature a, String aWording, PortableSignature b, String bWording,
            Predicate<String> personSurname, Set<String> sharedStoryNames, Set<String> sharedOpeningNames) {
        if (sharedStoryNames.isEmpty() && sharedOpeningNames.isEmpty()) {
            return false;
        }
        ClaimSignature x = a.toSignature();
        ClaimSignature y = b.toSignature();
        if (!x.substantive() || !y.substantive() || !opposites.opposed(x, y) || matcher.otherNames(x, y)
                || !sharedSetNames(x, y).isEmpty()) {
            return false;
        }
        if (!ClaimDetails.ofKind(a.details(), ClaimDetails.FIGURE)
                .equals(ClaimDetails.ofKind(b.details(), ClaimDetails.FIGURE))) {
            return false;
        }
        // As within an article: "the line has been shut" and "the line will reopen" do not contradict each other.
        if (OppositeEvents.changeAndReversal(x, a.details(), y, b.details())) {
            return false;
        }
        return matches(a, aWording, b, bWording, personSurname, sharedStoryNames, sharedOpeningNames, true);
    }

    /**
     * True when the claim states that things stay as they are ("will keep the campus open"): against a claim of a
     * change it joins as the opposite side, since keeping things as they are denies the change.
     */
    public static boolean keeps(PortableSignature s) {
        return OppositeEvents.keeps(s.toSignature());
    }

    /**
     * True when a claim's wording names an event of {@code other} that is not its own: a word beginning with the
     * event's stem ("misbilled" for "misbill"). The claim then tells something further about that event.
     */
    private static boolean namesEventOf(String wording, ClaimSignature own, ClaimSignature other) {
        Set<String> ownEvents = lemmas(own.events());
        List<String> words = List.of(wording.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        for (ClaimSignature.Term e : other.events()) {
            String stem = e.lemma().endsWith("e") ? e.lemma().substring(0, e.lemma().length() - 1) : e.lemma();
            if (EventParaphrases.isSet(e) || ownEvents.contains(e.lemma()) || stem.length() < MIN_STEM
                    || stem.indexOf(' ') >= 0) {
                continue;
            }
            if (words.stream().anyMatch(w -> w.startsWith(stem))) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many common nouns of one claim have a related common noun in the other (the smaller count of the two),
     * counting the nouns frequent in a beat ("jobs", "sales"), which anchor nothing alone, but not general words.
     * Asked only of claims of one story, where a noun also stands for one of its kinds however many senses it has
     * ({@link SignatureMatcher#kindOfThing}: "the blaze" ~ "the fire", "the railway" ~ "the line"): a report names the
     * thing its story is about, another calls it by the plain noun; or for a noun that the commonest sense of the
     * other lists ({@link #oneThingOfStory}: "the buses" ~ "the coaches").
     */
    private int sharedNouns(ClaimSignature x, ClaimSignature y) {
        return Math.min(coveredNouns(x, y, GENERAL_WORDS, true), coveredNouns(y, x, GENERAL_WORDS, true));
    }

    /**
     * The names in a claim that tell which story its article reports: names WordNet does not list ("Brightwater",
     * "Yukos"), as firms, small places and people are, and no general word. Names WordNet lists (countries, cities,
     * well-known bodies: "China", "IMF", "Fed") and capitalised common words ("House", "Bank") appear in many
     * stories; with them as story names, 11 of 28 new BBC joins were wrong ("the economy grows" in two stories
     * naming the UK), without them 2 of 9.
     */
    public Set<String> storyNames(PortableSignature s) {
        Set<String> out = new TreeSet<>();
        for (ClaimSignature.Term t : s.toSignature().arguments()) {
            if (t.pos() == ClaimSignature.Pos.NAME && isStoryName(t.lemma())) {
                out.add(t.lemma());
            }
        }
        return out;
    }

    /**
     * The story names ({@link #storyNames}) an article's opening names, one sentence or line of it per line,
     * lower-cased as claims' name terms are: a report names the firm, place or body its story is about in its
     * headline and first sentence ("Corvane Energy has been fined …"), while its later claims may only say "the
     * company would not contest the fine". A name is a word written with a capital and never in lower case in the
     * opening ("Of" in a headline in title case, "the" in its sentence), and at the start of a sentence no word of
     * grammar ({@code function-words.tsv}) nor one WordNet lists in any part of speech; one WordNet lists as a noun
     * or adjective (a common word or a well-known name) falls out anywhere, by the same rule as in claims.
     */
    public Set<String> openingNames(String opening) {
        Set<String> lowerCase = new java.util.HashSet<>();
        for (String word : NON_NAME_CHARACTERS.split(opening)) {
            if (!word.isEmpty() && !Character.isUpperCase(word.codePointAt(0))) {
                lowerCase.add(word);
            }
        }
        Set<String> out = new TreeSet<>();
        for (String line : opening.split("\n")) {
            String[] words = NON_NAME_CHARACTERS.split(line.strip());
            boolean lineStart = true;
            for (int i = 0; i < words.length; i++) {
                if (words[i].isEmpty()) {
                    continue;
                }
                String lemma = words[i].toLowerCase(Locale.ROOT);
                // A word of grammar is no name, wherever a title-case headline capitalises it ("Looks Into"). A
                // line's first word, after any opening quotation mark, has its capital from the sentence: a name
                // only when WordNet also lists it in no part of speech ("Corvane was fined", not "However").
                boolean name = !FUNCTION_WORDS.contains(lemma) && (!lineStart || !wordNet.isWord(lemma));
                lineStart = false;
                if (name && words[i].length() >= MIN_NAME_LENGTH && Character.isUpperCase(words[i].codePointAt(0))
                        && words[i].chars().anyMatch(Character::isLowerCase) && !lowerCase.contains(lemma)
                        && isStoryName(lemma)) {
                    out.add(lemma);
                }
            }
        }
        return out;
    }

    /** True when a name tells a story: no general word or word of a beat, and not listed by WordNet. */
    private boolean isStoryName(String lemma) {
        return !WEAK_ANCHORS.contains(lemma) && !inWordNet(lemma);
    }

    private boolean inWordNet(String word) {
        return wordNet.senseCount(word, POS.NOUN) > 0 || wordNet.senseCount(word, POS.ADJECTIVE) > 0;
    }

    /**
     * True when the claim's only arguments, besides general words and titles, are words of persons' names:
     * "Doe wins", "Jane Doe should ask", "the Doe-Roe fight". The predicate tells a person's name word.
     */
    private static boolean onlyAPerson(ClaimSignature s, Predicate<String> personSurname) {
        List<ClaimSignature.Term> anchors = s.arguments().stream().filter(t -> !WEAK_ANCHORS.contains(t.lemma()))
                .toList();
        return !anchors.isEmpty() && anchors.stream()
                .allMatch(t -> t.pos() == ClaimSignature.Pos.NAME && personSurname.test(t.lemma()));
    }

    /**
     * The share of the two claims' words, events and arguments together, that have a related word of the same
     * role in the other claim: 1 when every word has its counterpart.
     */
    public double overlap(PortableSignature a, PortableSignature b) {
        return overlap(a.toSignature(), b.toSignature(), false, Set.of());
    }

    /**
     * The share of related words; with {@code eventsGiven}, every event counts as having its counterpart. A name of
     * the story both articles tell ({@code storyNames}) has its counterpart in the other claim whether or not that
     * claim repeats it: a report names the firm at the top and then says "the company would cut 300 jobs".
     */
    private double overlap(ClaimSignature x, ClaimSignature y, boolean eventsGiven, Set<String> storyNames) {
        // A paraphrase set's name may supply the close event, but is not a word of the claim: counted as one, it
        // would lift the share of any two claims on one kind of event ("A buys firms" ~ "B is sold to A"). The
        // words of a set both claims are in do cover each other ("stole" ~ "taken" of data), as synonyms would.
        Set<String> sharedSets = sharedSetNames(x, y);
        x = withoutSets(x);
        y = withoutSets(y);
        int words = x.events().size() + y.events().size() + x.arguments().size() + y.arguments().size();
        if (words == 0) {
            return 0;
        }
        boolean oneStory = !storyNames.isEmpty();
        int events = eventsGiven ? x.events().size() + y.events().size()
                : coveredEvents(x, y, sharedSets, oneStory) + coveredEvents(y, x, sharedSets, oneStory);
        int covered = events
                + covered(x, y.arguments(), sharedSets, storyNames)
                + covered(y, x.arguments(), sharedSets, storyNames);
        return covered / (double) words;
    }

    /** True when both claims are in one paraphrase set that holds within any story ({@link EventParaphrases}). */
    private static boolean oneKindOfHappening(ClaimSignature x, ClaimSignature y) {
        Set<String> shared = sharedSetNames(x, y);
        shared.removeIf(EventParaphrases::storyOnly);
        return !shared.isEmpty();
    }

    /** The names of the paraphrase sets both claims' events are in. */
    private static Set<String> sharedSetNames(ClaimSignature x, ClaimSignature y) {
        Set<String> shared = setNames(x);
        shared.retainAll(setNames(y));
        return shared;
    }

    private static Set<String> setNames(ClaimSignature s) {
        Set<String> out = new TreeSet<>();
        s.events().stream().filter(EventParaphrases::isSet).forEach(t -> out.add(t.lemma()));
        return out;
    }

    private static ClaimSignature withoutSets(ClaimSignature s) {
        Set<ClaimSignature.Term> events = new java.util.LinkedHashSet<>(s.events());
        events.removeIf(EventParaphrases::isSet);
        return new ClaimSignature(s.kind(), events, s.arguments(), s.framed(), s.subject());
    }

    /**
     * How many events of {@code x} have a counterpart in {@code y}: a close event, a word of a paraphrase set both
     * claims are in, or, between articles of one story, a word of the same first sense ({@link #oneEvent}).
     */
    private int coveredEvents(ClaimSignature x, ClaimSignature y, Set<String> sharedSets, boolean oneStory) {
        int n = 0;
        for (ClaimSignature.Term e : x.events()) {
            if (y.events().stream().anyMatch(f -> matcher.closeEvents(e, f) || inSharedSet(e, f, sharedSets)
                    || (oneStory && oneEventOfStory(e, f)))) {
                n++;
            }
        }
        return n;
    }

    /** True when both words are in one paraphrase set that both claims were found to belong to. */
    private static boolean inSharedSet(ClaimSignature.Term e, ClaimSignature.Term f, Set<String> sharedSets) {
        Set<String> sets = EventParaphrases.setsOf(e);
        sets.retainAll(EventParaphrases.setsOf(f));
        sets.retainAll(sharedSets);
        return !sets.isEmpty();
    }

    /**
     * True when some event of one claim is close to some event of the other; the name of a set that relates claims
     * only within one story ({@link EventParaphrases#storyOnly}) counts only when the articles share a story name in
     * their claims ({@code storySets}). Between articles of one story (a name shared in their claims or openings),
     * words of one first WordNet sense are one event too ({@link #oneEvent}): "the trawler disappeared" ~ "the trawler
     * vanished", which {@link #oneStoryInOtherWords} already accepts for claims that share no argument word; so is a
     * verb that is a kind of the other ({@link #oneEventOfStory}) when the claims share two things
     * ({@link #MIN_SHARED_THINGS}): with one thing, "bribed officials" says more than "paid officials 2 million euros",
     * which need not have been a bribe.
     */
    private boolean closeEvent(ClaimSignature x, ClaimSignature y, boolean storySets, boolean oneStory) {
        boolean kinds = oneStory && sharedNouns(x, y) >= MIN_SHARED_THINGS;
        return x.events().stream().filter(e -> storySets || !EventParaphrases.storyOnly(e))
                .anyMatch(e -> y.events().stream().anyMatch(f -> matcher.closeEvents(e, f)
                        || (oneStory && oneEvent(e, f)) || (kinds && oneEventOfStory(e, f))));
    }

    /**
     * True when two event words of claims of one story tell one happening: one event by {@link #oneEvent}, or one
     * verb a kind of doing the other ({@link SignatureMatcher#kindOf}: "the company would fund the restoration of
     * the river" ~ "would pay for the clean-up of the river"). Only within one story, whose claims share their
     * participants: across stories "pay" is said of wages, fines and bills alike. Not for words of the rises and
     * falls of amounts ({@link EventParaphrases#storyOnly}): their sets relate them, only where the claims name the
     * story ("raise" is a kind of "increase", and a firm's raised offer no rise of its supplier's costs).
     */
    private boolean oneEventOfStory(ClaimSignature.Term e, ClaimSignature.Term f) {
        return oneEvent(e, f) || (!ofRisesOrFalls(e) && !ofRisesOrFalls(f) && matcher.kindOf(e, f));
    }

    /** True when a set of rises or falls of amounts lists the word ({@link EventParaphrases#storyOnly}). */
    private static boolean ofRisesOrFalls(ClaimSignature.Term t) {
        return EventParaphrases.setsOf(t).stream().anyMatch(EventParaphrases::storyOnly);
    }

    /**
     * True when two event words are the same word or words of one first WordNet sense ("disappear" ~ "vanish", "rise"
     * ~ "go up"): however many senses each has, their commonest readings are one meaning. A paraphrase set's name is
     * no word WordNet knows: read as one, any two sets' names would share the first sense of "set".
     */
    private boolean oneEvent(ClaimSignature.Term e, ClaimSignature.Term f) {
        return e.lemma().equals(f.lemma())
                || (!EventParaphrases.isSet(e) && !EventParaphrases.isSet(f) && matcher.sameFirstSense(e, f));
    }

    /**
     * How many of the arguments of {@code claim} have a related argument among {@code ys} or are words of a
     * paraphrase set both claims are in that the claim does not also state as its event: "joined the strike" names
     * as a thing the happening "will strike" states, while "sell" read as both verb and noun is one word.
     */
    private int covered(ClaimSignature claim, Set<ClaimSignature.Term> ys, Set<String> sharedSets,
            Set<String> storyNames) {
        Set<String> ownEvents = lemmas(claim.events());
        int n = 0;
        for (ClaimSignature.Term x : claim.arguments()) {
            if (x.pos() == ClaimSignature.Pos.NAME && storyNames.contains(x.lemma())) {
                n++;
                continue;
            }
            Set<String> sets = EventParaphrases.setsOf(x);
            sets.retainAll(sharedSets);
            boolean namesTheHappening = !sets.isEmpty() && !ownEvents.contains(x.lemma());
            // Between articles of one story, a noun that can name the same thing ("the coaches" for "the buses")
            // is the counterpart that sharedNouns already lets anchor the two claims.
            boolean oneThing = !storyNames.isEmpty() && x.pos() == ClaimSignature.Pos.NOUN
                    && !GENERAL_WORDS.contains(x.lemma()) && ys.stream().anyMatch(y -> oneThingOfStory(x, y));
            if (namesTheHappening || oneThing || ys.stream().anyMatch(y -> matcher.related(x, y, false))) {
                n++;
            }
        }
        return n;
    }

    /** True when a name of one claim is the same name, or the people or place of a name, in the other. */
    private boolean sharesName(ClaimSignature x, ClaimSignature y, Predicate<String> counted) {
        for (ClaimSignature.Term a : x.arguments()) {
            if (!counted.test(a.lemma())) {
                continue;
            }
            for (ClaimSignature.Term b : y.arguments()) {
                // Both must be names: "the Democratic Party" and "the party" share a word, not a referent.
                boolean name = a.pos() == ClaimSignature.Pos.NAME && b.pos() == ClaimSignature.Pos.NAME;
                if (name && !WEAK_ANCHORS.contains(a.lemma()) && !WEAK_ANCHORS.contains(b.lemma())
                        && matcher.related(a, b, false)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when two common nouns of claims of one story can name one thing: one is a kind of the other
     * ({@link SignatureMatcher#kindOfThing}: "the blaze" ~ "the fire"), or the commonest sense of one lists the other
     * among its words ({@link #namedInFirstSense}: "the buses" ~ "the coaches"). Only within one story, whose claims
     * share their participants: across stories a kind and its plain noun are as often two things as one.
     */
    private boolean oneThingOfStory(ClaimSignature.Term a, ClaimSignature.Term b) {
        return matcher.kindOfThing(a, b) || namedInFirstSense(a, b) || namedInFirstSense(b, a);
    }

    /**
     * True when the commonest WordNet sense of the common noun {@code a} lists {@code b} as one of its words ("bus":
     * "autobus, coach, motorbus, omnibus …"). A noun's other senses do not count: "coach" is first a trainer, so
     * "coach" ~ "bus" holds only one way, through "bus", which is what a report of buses means by "coaches".
     */
    private boolean namedInFirstSense(ClaimSignature.Term a, ClaimSignature.Term b) {
        return a.pos() == ClaimSignature.Pos.NOUN && b.pos() == ClaimSignature.Pos.NOUN
                && !GENERAL_WORDS.contains(a.lemma()) && !GENERAL_WORDS.contains(b.lemma())
                && wordNet.senseCount(a.word(), POS.NOUN) <= MAX_LISTING_SENSES
                && wordNet.senseCount(b.word(), POS.NOUN) <= MAX_LISTING_SENSES
                && wordNet.synonyms(a.word(), POS.NOUN).contains(b.lemma());
    }

    /** How many common nouns of one claim have a related common noun in the other (the smaller count of the two). */
    private int sharedThings(ClaimSignature x, ClaimSignature y) {
        return Math.min(coveredNouns(x, y, WEAK_ANCHORS, false), coveredNouns(y, x, WEAK_ANCHORS, false));
    }

    /**
     * How many common nouns of one claim, other than the left-out words, have a related common noun in the other;
     * with {@code kinds}, a noun that is one thing of a story with it ({@link #oneThingOfStory}) counts as related too.
     */
    private int coveredNouns(ClaimSignature x, ClaimSignature y, Set<String> leftOut, boolean kinds) {
        int n = 0;
        for (ClaimSignature.Term a : x.arguments()) {
            if (a.pos() == ClaimSignature.Pos.NOUN && !leftOut.contains(a.lemma()) && y.arguments().stream()
                    .anyMatch(b -> b.pos() == ClaimSignature.Pos.NOUN && (matcher.related(a, b, false)
                            || (kinds && !leftOut.contains(b.lemma()) && oneThingOfStory(a, b))))) {
                n++;
            }
        }
        return n;
    }

    /**
     * How many argument keys ({@link #keyWords}) the two claims share. An argument paraphrase set counts only when
     * both claims also tell one kind of happening ({@link EventParaphrases}): "appeal against the penalty" ~
     * "contest the fine", not "require information" ~ "measure data wrongly".
     */
    private static int sharedArguments(ClaimSignature x, ClaimSignature y) {
        Set<String> shared = keyWords(x);
        shared.retainAll(keyWords(y));
        if (sharedSetNames(x, y).isEmpty()) {
            shared.removeIf(w -> w.startsWith(ARGUMENT_SET));
        }
        return shared.size();
    }

    /**
     * The words a claim is filed under: its argument lemmas, and the names of the argument paraphrase sets they are
     * in ({@link ArgumentParaphrases}), so that "appeal against the penalty" is found from "contest the fine".
     */
    private static Set<String> keyWords(ClaimSignature s) {
        Set<String> out = lemmas(s.arguments());
        s.arguments().forEach(t -> ArgumentParaphrases.setsOf(t.lemma()).forEach(n -> out.add(ARGUMENT_SET + n)));
        return out;
    }

    private static Set<String> lemmas(Set<ClaimSignature.Term> terms) {
        Set<String> out = new TreeSet<>();
        terms.forEach(t -> out.add(t.lemma()));
        return out;
    }

    /**
     * The keys to file a claim under, one per argument word and argument paraphrase set ({@code argument:W},
     * {@code argument:set:S}); none for a claim without events,
     * which matches nothing. Two claims this class accepts share {@value #MIN_SHARED_KEYS} of them.
     */
    public Set<String> keys(PortableSignature s) {
        Set<String> keys = new TreeSet<>();
        ClaimSignature sig = s.toSignature();
        if (sig.substantive()) {
            keyWords(sig).forEach(w -> keys.add(ARGUMENT_KEY + w));
        }
        return keys;
    }
}
