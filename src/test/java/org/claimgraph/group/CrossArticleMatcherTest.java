package org.claimgraph.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Claims of different articles: the same proposition in other words matches, loose resemblance does not. */
class CrossArticleMatcherTest {

    private final CrossArticleMatcher matcher = new CrossArticleMatcher();

    private static PortableSignature claim(List<String> events, String... arguments) {
        return new PortableSignature(Set.copyOf(events), Set.of(arguments));
    }

    @Test
    void oppositeEventsOfOneStoryAreOpposedWithTheSameFiguresAndNoParaphraseSetOfBoth() {
        // "the sluices were opened" / "the sluices stayed shut", in two reports naming Brasswick at the top.
        Set<String> story = Set.of("brasswick");
        PortableSignature opened = claim(List.of("verb:open"), "noun:sluice", "noun:reservoir");
        PortableSignature shut = claim(List.of("verb:shut"), "noun:sluice", "noun:reservoir");
        assertTrue(matcher.opposed(opened, null, shut, null, w -> false, Set.of(), story));
        assertFalse(matcher.opposed(opened, null, shut, null, w -> false, Set.of(), Set.of()));
        assertFalse(matcher.opposed(opened, null, claim(List.of("verb:open"), "noun:sluice", "noun:reservoir"),
                null, w -> false, Set.of(), story));
        // "will keep the Kelby plant" / "will close the Kelby plant"; "keeping it would cost 40 million" says more.
        PortableSignature closes = claim(List.of("verb:close"), "noun:plant", "name:kelby", "noun:carmaker");
        assertTrue(matcher.opposed(claim(List.of("verb:keep"), "noun:plant", "name:kelby", "noun:carmaker"), null,
                closes, null, w -> false, Set.of(), story));
        assertFalse(matcher.opposed(new PortableSignature(Set.of("verb:keep"),
                Set.of("noun:plant", "name:kelby", "noun:carmaker"), Set.of("figure:40")), null, closes, null,
                w -> false, Set.of(), story));
        // "the sluices were shut" / "the sluices will be opened next week": a change and its reversal, no denial.
        PortableSignature openedLater = new PortableSignature(Set.of("verb:open"),
                Set.of("noun:sluice", "noun:reservoir"), Set.of(ClaimQualifiers.TIME + "future"));
        assertFalse(matcher.opposed(openedLater, null, shut, null, w -> false, Set.of(), story));
        // A keeping denies the change whenever told: "will keep the Kelby plant" / "will close the Kelby plant".
        assertTrue(matcher.opposed(new PortableSignature(Set.of("verb:keep"), Set.of("noun:plant", "name:kelby",
                "noun:carmaker"), Set.of(ClaimQualifiers.TIME + "future")), null, closes, null, w -> false, Set.of(), story));
        // "would be sold to Halvorsen" / "Halvorsen will buy it": antonyms, but one acquisition told from two sides.
        assertFalse(matcher.opposed(claim(List.of("verb:sell"), "name:halvorsen", "noun:dairy"), null,
                claim(List.of("verb:buy"), "name:halvorsen", "noun:dairy"), null, w -> false, Set.of(), story));
    }

    @Test
    void theSameEventInOtherWordsAboutTheSameThingsMatches() {
        // "surround" is linked to "encircle" only through its WordNet gloss.
        assertTrue(matcher.same(claim(List.of("verb:encircle"), "name:northern", "noun:battalion", "noun:valley"),
                claim(List.of("verb:surround"), "noun:thousand", "name:northern", "noun:battalion", "name:enemy")));
        assertTrue(matcher.same(claim(List.of("verb:steal"), "noun:hacker", "noun:data", "noun:customer"),
                claim(List.of("noun:theft"), "noun:data", "noun:customer", "name:northwind")));
    }

    @Test
    void oneSharedNameAnchorsTheSameEventToldInMoreOrFewerWords() {
        // The two sides of one report: "it was being sold to Norberg", "the dairy group would be sold to Norberg".
        assertTrue(matcher.same(claim(List.of("verb:sell"), "name:norberg"),
                claim(List.of("verb:sell"), "name:norberg", "noun:dairy", "noun:group")));
        // "buy" names "acquire" in its gloss; both are verbs of few senses.
        assertTrue(matcher.same(claim(List.of("verb:buy"), "name:acme", "noun:company", "noun:dairy"),
                claim(List.of("verb:acquire"), "name:acme")));
        PortableSignature resigns = claim(List.of("verb:resign"), "name:doe", "noun:ministry");
        assertTrue(matcher.same(resigns, claim(List.of("noun:resignation"), "name:doe", "noun:tax")));
        // The same person doing something else is another claim.
        assertFalse(matcher.same(resigns, claim(List.of("verb:win"), "name:doe", "noun:ministry")));
    }

    @Test
    void aPersonsNameAnchorsOnlyWithAThingSharedBeside() {
        // "Doe will likely win the nomination" / "Doe has won 758 delegates": one candidate, one verb, two facts.
        java.util.function.Predicate<String> doe = w -> w.equals("doe");
        PortableSignature nomination = claim(List.of("verb:win"), "name:doe", "noun:nomination", "name:gop");
        assertFalse(matcher.same(nomination, claim(List.of("verb:win"), "name:doe", "noun:delegate", "name:roe"),
                doe));
        // The same thing beside the name makes it one fact; a place's or a body's name anchors alone, as before.
        assertTrue(matcher.same(nomination, claim(List.of("verb:win"), "name:doe", "noun:nomination"), doe));
        assertTrue(matcher.same(claim(List.of("verb:sell"), "name:norberg"),
                claim(List.of("verb:sell"), "name:norberg", "noun:dairy", "noun:group"), doe));
    }

    @Test
    void aStoryNameCountsAsSaidInAClaimOfTheOtherArticleThatLeavesItOut() {
        // "Velden Corp is to lay off 300 workers at its shipyard" / "300 jobs would go at the yard by the summer":
        // the second report named Velden at its top and need not repeat it in every claim.
        PortableSignature layOff = claim(List.of("verb:lay off", "verb:set:job-loss"), "noun:job", "noun:worker",
                "noun:shipyard", "name:velden", "name:corp");
        PortableSignature go = claim(List.of("verb:go", "verb:set:job-loss"), "noun:job", "noun:yard",
                "noun:summer");
        assertFalse(matcher.same(layOff, go, w -> false, Set.of(), Set.of()));
        assertTrue(matcher.same(layOff, go, w -> false, Set.of(), Set.of("velden", "corp")));
        // A name of the story that neither claim states changes nothing.
        assertFalse(matcher.same(layOff, go, w -> false, Set.of(), Set.of("brandt")));
    }

    @Test
    void aStoryNameBothArticlesUseLetsAWordOfTheBeatAnchor() {
        // "fears of layoffs among workers" / "the cuts would cost jobs at the plant": "jobs", frequent in business
        // news, anchors nothing alone; between two articles that both name the firm Brenvik it does.
        PortableSignature layoffs = claim(List.of("noun:layoff", "noun:set:job-loss"), "noun:job", "noun:worker");
        PortableSignature cuts = claim(List.of("noun:cut", "noun:set:job-loss"), "noun:job", "noun:plant");
        assertFalse(matcher.same(layoffs, cuts, w -> false));
        assertTrue(matcher.same(layoffs, cuts, w -> false, Set.of("brenvik")));
        // The story name does not make another event the same claim.
        assertFalse(matcher.same(layoffs, claim(List.of("verb:rise"), "noun:job", "noun:plant"), w -> false,
                Set.of("brenvik")));
    }

    @Test
    void happeningsNewsTellsInOtherWordsMatchThroughParaphraseSets() {
        // "Corvane would appeal against the penalty" / "Corvane would not contest the fine": WordNet relates neither
        // "appeal" and "contest" nor "penalty" and "fine" closely enough; the event and argument sets do, and the
        // argument set is also what the second claim is looked up by.
        PortableSignature appeal = claim(List.of("verb:appeal"), "noun:penalty", "name:corvane");
        PortableSignature contest = claim(List.of("verb:contest"), "name:corvane", "noun:fine");
        assertTrue(matcher.same(appeal, contest));
        assertTrue(matcher.keys(contest).contains("argument:set:penalty"));
        // An appeal for calm is no appeal against a decision: the word needs the decision.
        assertFalse(matcher.same(claim(List.of("verb:appeal"), "noun:calm", "name:corvane"), contest));
        // The adjective "fine" is no fine: the set lists the verb and the noun only.
        assertTrue(matcher.same(claim(List.of("verb:fine"), "name:corvane", "noun:regulator"),
                claim(List.of("noun:penalty"), "name:corvane", "noun:regulator")));
        assertFalse(matcher.same(claim(List.of("adjective:fine"), "name:corvane", "noun:regulator"),
                claim(List.of("noun:penalty"), "name:corvane", "noun:regulator")));
    }

    @Test
    void anArgumentSetCountsAsSharedOnlyForOneKindOfHappening() {
        // "would require more information" / "had been measuring the data wrongly": "information" and "data" are
        // one set, but with no event set in common two claims sharing only that set are not looked up together.
        assertFalse(matcher.same(claim(List.of("verb:require"), "noun:information"),
                claim(List.of("verb:measure"), "noun:datum")));
    }

    @Test
    void risesOfAmountsMatchOnlyWithinOneStory() {
        // "would not raise its offer" / "has increased its offer to 5 percent": one rise between two articles on
        // the firm Keverne; between articles of two stories, prices and offers rise all the time.
        PortableSignature raise = claim(List.of("verb:raise"), "noun:offer", "noun:union");
        PortableSignature increase = claim(List.of("verb:increase"), "noun:offer", "noun:percent");
        assertTrue(matcher.same(raise, increase, w -> false, Set.of("keverne")));
        assertFalse(matcher.same(raise, increase, w -> false, Set.of()));
    }

    @Test
    void aWordOfASharedSetCoversItselfAsAThing() {
        // "workers joined the 48-hour strike" / "warehouse workers will strike": the strike named as a thing is the
        // happening the other claim states.
        PortableSignature joined = claim(List.of("verb:join"), "noun:worker", "noun:strike", "noun:hour");
        PortableSignature strike = claim(List.of("verb:strike"), "noun:worker", "noun:warehouse");
        assertTrue(matcher.same(joined, strike, w -> false, Set.of("keverne")));
        // A set word the claim also states as its event is one word, not a thing besides it: "the unit could sell"
        // (parsed with "sell" as verb and noun) is not "the purchase of the production unit by Rosneft".
        assertFalse(matcher.same(claim(List.of("verb:sell"), "noun:unit", "noun:sell"),
                claim(List.of("noun:purchase"), "noun:unit", "noun:production", "noun:firm", "name:rosneft")));
    }

    @Test
    void aPersonsNameAnchorsTwoClaimsOfOneKindOfHappening() {
        // "Whitlow would not resign" / "Whitlow had stepped down with immediate effect": one resignation.
        java.util.function.Predicate<String> whitlow = w -> w.equals("whitlow");
        PortableSignature resign = claim(List.of("verb:resign"), "name:whitlow");
        assertTrue(matcher.same(resign, claim(List.of("verb:step down"), "name:whitlow", "noun:effect"), whitlow));
        // Any other event of the same person still needs a shared thing beside the name.
        assertFalse(matcher.same(claim(List.of("verb:win"), "name:whitlow"),
                claim(List.of("verb:win"), "name:whitlow", "noun:delegate"), whitlow));
        // A given name is no anchor: "John Smith would resign" / "John Doe stepped down" are two stories.
        assertFalse(matcher.same(claim(List.of("verb:resign"), "name:john"),
                claim(List.of("verb:step down"), "name:john", "noun:effect"), w -> w.equals("john")));
    }

    @Test
    void storyNamesAreNamesWordNetDoesNotList() {
        // Countries and well-known bodies appear in many stories; a firm's name tells one.
        assertEquals(Set.of("brenvik"), matcher.storyNames(claim(List.of("verb:cut"), "name:brenvik", "name:china",
                "name:imf", "noun:job")));
    }

    @Test
    void anOpeningNamesItsStoryInNamesWordNetDoesNotList() {
        // Capitalised common words and well-known places fall out as story names do; a possessive is the name.
        assertEquals(Set.of("harwick"), matcher.openingNames(
                "Doctors at Harwick's hospital in London warned on Monday.\nHundreds marched."));
        // The capital of a word the opening also writes in lower case, or of a sentence's first word of grammar or
        // of WordNet's, marks no name; a name may start a sentence.
        assertEquals(Set.of("dunlow", "varrow"), matcher.openingNames(
                "Talks Of Dunlow Plant Stall\nVarrow's talks with Dunlow stalled, the union said.\nTheir end is near."));
        assertEquals(Set.of(), matcher.openingNames("However, talks stalled.\nThe union said so."));
        // A word of grammar in a title-case headline, or first after an opening quotation mark, is no name either.
        assertEquals(Set.of("dunlow"), matcher.openingNames(
                "Regulator Looks Into Dunlow Plant\n\u201cWe will appeal,\u201d the firm said."));
    }

    @Test
    void aNameBothOpeningsUseAnchorsAsOneBothClaimsUseButRelatesNoRisesOrFalls() {
        // "Harwick Royal Hospital will close its maternity unit" / "the unit would close as planned".
        PortableSignature close = claim(List.of("verb:close"), "noun:unit", "noun:maternity");
        PortableSignature closeAgain = claim(List.of("verb:close"), "noun:unit", "noun:plan");
        assertFalse(matcher.same(close, closeAgain, w -> false, Set.of(), Set.of()));
        assertTrue(matcher.same(close, closeAgain, w -> false, Set.of(), Set.of("harwick")));
        // A firm and its supplier are both named in the openings of each one's story; the rises and falls of
        // amounts relate claims only when the claims themselves name the story.
        PortableSignature raise = claim(List.of("verb:raise"), "noun:offer", "noun:union");
        PortableSignature increase = claim(List.of("verb:increase"), "noun:offer", "noun:percent");
        assertFalse(matcher.same(raise, increase, w -> false, Set.of(), Set.of("keverne")));
    }

    @Test
    void aVerbThatIsAKindOfTheOtherIsOneEventOfOneStoryOnly() {
        // "Pellory Water would fund the repair of the weir" / "the firm would pay for the repair of the weir":
        // funding is a way of paying, which WordNet files a level below "pay" and not as its synonym.
        PortableSignature fund = claim(List.of("verb:fund"), "noun:repair", "noun:weir", "name:pellory");
        PortableSignature pay = claim(List.of("verb:pay"), "noun:repair", "noun:weir", "noun:firm");
        assertTrue(matcher.same(fund, pay, w -> false, Set.of(), Set.of("pellory")));
        // Two stories: paying is said of wages, fines and bills alike.
        assertFalse(matcher.same(fund, pay, w -> false, Set.of(), Set.of()));
        // "The council turned down the Marrow quay plan" / "the council refused the plan for the quay": turning
        // down is a way of refusing.
        PortableSignature turnedDown = claim(List.of("verb:turn down"), "noun:council", "noun:plan", "noun:quay");
        PortableSignature refused = claim(List.of("verb:refuse"), "noun:council", "noun:plan", "noun:quay");
        assertTrue(matcher.same(turnedDown, refused, w -> false, Set.of(), Set.of("marrow")));
        // With one thing in common the kind says more: "had bribed officials" is not "had paid officials 2 million
        // euros", which need not have been a bribe.
        assertFalse(matcher.same(claim(List.of("verb:bribe"), "noun:official", "noun:contract", "noun:quay"),
                claim(List.of("verb:pay"), "noun:official", "noun:euro"), w -> false, Set.of(), Set.of("marrow")));
        // The roots every verb tree ends in relate nothing: scrapping is a change, but "the timetable would
        // change" is no scrapping of it.
        PortableSignature scrap = claim(List.of("verb:scrap"), "noun:timetable", "noun:ferry");
        PortableSignature change = claim(List.of("verb:change"), "noun:timetable", "noun:ferry");
        assertFalse(matcher.same(scrap, change, w -> false, Set.of(), Set.of("marrow")));
    }

    @Test
    void aNounOfOneStoryStandsForItsKindHoweverManySensesTheKindHas() {
        // "the blaze at the Tullow mill had been started deliberately" / "the fire had been started deliberately": a
        // blaze is a fire, which WordNet lists with too many senses for "related" to read the two as one thing.
        PortableSignature blaze = claim(List.of("verb:start"), "noun:blaze");
        PortableSignature fire = claim(List.of("verb:start"), "noun:fire");
        assertTrue(matcher.same(blaze, fire, w -> false, Set.of(), Set.of("tullow")));
        // Not across stories, where a fire is any fire.
        assertFalse(matcher.same(blaze, fire, w -> false, Set.of(), Set.of()));
        // Two kinds of one thing are two things: a lorry and a bus are both vehicles.
        assertFalse(matcher.same(claim(List.of("verb:start"), "noun:lorry"), claim(List.of("verb:start"), "noun:bus"),
                w -> false, Set.of(), Set.of("tullow")));
    }

    @Test
    void aNounThatTheCommonestSenseOfTheOtherListsNamesOneThingOfOneStory() {
        // "replacement buses would run between Tolly and Marsk" / "Brenlow would keep running coaches until trains
        // return": WordNet's first sense of "bus" lists "coach", whose own first sense is a trainer.
        PortableSignature buses = claim(List.of("verb:run"), "noun:bus", "noun:replacement", "noun:town");
        PortableSignature coaches = claim(List.of("verb:run"), "noun:coach", "name:brenlow");
        assertTrue(matcher.same(buses, coaches, w -> false, Set.of(), Set.of("brenlow")));
        // Not across stories, where a coach is as often the one who trains a team.
        assertFalse(matcher.same(buses, coaches, w -> false, Set.of(), Set.of()));
        // Nor nouns whose commonest senses share no word: "trainer" is in the first sense of "coach", not of "bus".
        assertFalse(matcher.same(buses, claim(List.of("verb:run"), "noun:trainer", "name:brenlow"), w -> false,
                Set.of(), Set.of("brenlow")));
        // Nor nouns of many readings: the first sense of "job" lists "line", yet "Brenlow would cut the line" is no
        // cutting of jobs.
        assertFalse(matcher.same(claim(List.of("verb:cut"), "noun:job", "noun:branch"),
                claim(List.of("verb:cut"), "noun:line", "name:brenlow"), w -> false, Set.of(), Set.of("brenlow")));
    }

    @Test
    void claimsOfOneStoryNeedNoSharedArgumentWordWhenAThingOfOneIsAThingOfTheOther() {
        // "the hamlet would be snowed in all week" / "Ostrey is snowed in until the roads clear": no argument word in
        // common, but "hamlet" and "village" are one kind of place, and both articles' openings name Ostrey.
        PortableSignature hamlet = claim(List.of("verb:snow in"), "noun:hamlet", "noun:week");
        PortableSignature village = claim(List.of("verb:snow in"), "noun:village", "name:ostrey");
        assertFalse(matcher.same(hamlet, village, w -> false, Set.of(), Set.of()));
        assertTrue(matcher.same(hamlet, village, w -> false, Set.of(), Set.of("ostrey")));
        // A name both articles' claims use but neither opening gives may be only of one beat: not enough.
        assertFalse(matcher.same(hamlet, village, w -> false, Set.of("ostrey"), Set.of()));
        // Within one story, the same event of things that have nothing to do with each other stays two claims.
        assertFalse(matcher.same(hamlet, claim(List.of("verb:snow in"), "noun:lorry", "noun:driver"), w -> false,
                Set.of(), Set.of("ostrey")));
        // Without a shared word the event must be the same, not merely close: "surround" is related to "encircle"
        // only through its gloss. With the shared word, the close event is enough, as between any two articles.
        PortableSignature encircled = claim(List.of("verb:encircle"), "noun:hamlet", "noun:patrol");
        assertFalse(matcher.same(encircled, claim(List.of("verb:surround"), "noun:village", "noun:night"),
                w -> false, Set.of(), Set.of("ostrey")));
        assertTrue(matcher.same(encircled, claim(List.of("verb:surround"), "noun:hamlet", "noun:patrol"),
                w -> false, Set.of(), Set.of("ostrey")));
    }

    @Test
    void claimsOfOneStorySharingAThingMatchOnEventsOfOneFirstSense() {
        // "the trawler disappeared near the harbour" / "the trawler vanished off the harbour": one first WordNet
        // sense, but no derivation or gloss relates the words.
        PortableSignature disappeared = claim(List.of("verb:disappear"), "noun:trawler", "noun:harbour");
        PortableSignature vanished = claim(List.of("verb:vanish"), "noun:trawler", "noun:harbour");
        assertTrue(matcher.same(disappeared, vanished, w -> false, Set.of(), Set.of("ostrey")));
        assertTrue(matcher.same(disappeared, vanished, w -> false, Set.of("ostrey"), Set.of()));
        // Between articles naming no story in common, the events must be closer than that.
        assertFalse(matcher.same(disappeared, vanished));
        // Within one story, other events of the same things stay apart.
        assertFalse(matcher.same(disappeared, claim(List.of("verb:sink"), "noun:trawler", "noun:harbour"),
                w -> false, Set.of(), Set.of("ostrey")));
        // Paraphrase sets' names are no words of one sense: cutting jobs is not closing a plant.
        PortableSignature cuts = claim(List.of("verb:cut"), "noun:job", "name:torvane", "name:kelby");
        PortableSignature closure = claim(List.of("verb:close"), "noun:plant", "name:torvane", "name:ashmoor");
        assertFalse(matcher.same(cuts, closure, w -> false, Set.of("torvane", "kelby", "ashmoor"), Set.of()));
    }

    @Test
    void whatCausedAThingAndWhatIsToBlameForItAreOneClaim() {
        // "a worn valve caused the blaze" / "a worn valve was to blame", two articles whose openings name Velmont.
        PortableSignature caused = read("cause", ClaimSignature.Pos.VERB, "noun:valve", "noun:blaze", "noun:part");
        PortableSignature blamed = read("blame", ClaimSignature.Pos.VERB, "noun:valve");
        assertTrue(matcher.same(caused, blamed, w -> false, Set.of(), Set.of("velmont")));
        // Another cause of a blaze, in articles naming no story in common, is another claim. (Between articles of
        // one story, "a storm was to blame for the blaze" would still join: a claim's words carry no roles, and
        // half of them have their counterpart, as with two claims both saying "caused".)
        assertFalse(matcher.same(caused, read("blame", ClaimSignature.Pos.VERB, "noun:storm", "noun:blaze")));
    }

    @Test
    void puttingSomeoneAtRiskIsEndangeringThem() {
        // "the cuts would put pupils and staff at risk" (read as the risk) / "the cuts would endanger pupils and staff".
        PortableSignature risk = read("risk", ClaimSignature.Pos.NOUN, "noun:pupil", "noun:staff", "noun:cut");
        assertTrue(matcher.same(risk, read("endanger", ClaimSignature.Pos.VERB, "noun:pupil", "noun:staff")));
        // Endangering other people is another claim.
        assertFalse(matcher.same(risk, read("endanger", ClaimSignature.Pos.VERB, "noun:driver", "noun:cyclist")));
    }

    @Test
    void aSuspensionIsABan() {
        // "Doe faces a two-year suspension" (read as the suspension) / "Doe would be banned from competition".
        java.util.function.Predicate<String> doe = w -> w.equals("doe");
        assertTrue(matcher.same(read("suspension", ClaimSignature.Pos.NOUN, "name:doe"),
                read("ban", ClaimSignature.Pos.VERB, "name:doe", "noun:competition"), doe));
    }

    @Test
    void fightingABanIsAppealingAgainstIt() {
        // "Doe would appeal against the ban" / "Doe will fight her three-year ban": one kind of happening, one person.
        java.util.function.Predicate<String> doe = w -> w.equals("doe");
        PortableSignature appeal = read("appeal", ClaimSignature.Pos.VERB, "noun:ban", "name:doe");
        assertTrue(matcher.same(appeal, read("fight", ClaimSignature.Pos.VERB, "noun:ban", "name:doe"), doe));
        // Fighting anything but a decision is no appeal: "Doe will fight the fire".
        assertFalse(matcher.same(read("appeal", ClaimSignature.Pos.VERB, "noun:fire", "name:doe", "noun:decision"),
                read("fight", ClaimSignature.Pos.VERB, "noun:fire", "name:doe"), doe));
    }

    @Test
    void aPhrasalVerbIsNotNamedInAGlossThroughItsBareVerb() {
        // "seek: try to get or reach" names "reach", a word of "reach out" (to communicate), not the phrase.
        assertFalse(matcher.same(claim(List.of("verb:seek", "verb:consolidate"), "noun:voter"),
                claim(List.of("verb:reach out"), "noun:voter")));
    }

    @Test
    void adjectivesWordNetMarksSimilarStateOneProperty() {
        // "authentic" is a satellite of "genuine" in WordNet; "counterfeit" is its antonym and stays apart.
        PortableSignature genuine = claim(List.of("adjective:genuine"), "noun:document", "noun:memo");
        assertTrue(matcher.same(genuine, claim(List.of("adjective:authentic"), "noun:document", "noun:memo")));
        assertFalse(matcher.same(genuine, claim(List.of("adjective:counterfeit"), "noun:document", "noun:memo")));
    }

    @Test
    void nounsCloseBelowOneHypernymAreOneParticipant() {
        // "fare" and "price" lie one and two steps below "cost"; "troops" and "prices" meet only far up.
        PortableSignature fares = claim(List.of("verb:rise"), "noun:fare", "noun:ferry");
        assertTrue(matcher.same(fares, claim(List.of("verb:rise"), "noun:price", "noun:ferry")));
        assertFalse(matcher.same(claim(List.of("verb:rise"), "noun:troops", "noun:border"),
                claim(List.of("verb:rise"), "noun:price", "noun:border")));
    }

    @Test
    void oneSharedThingAnchorsOnlyWhenNearlyEveryWordHasItsCounterpart() {
        PortableSignature stolen = claim(List.of("verb:steal"), "noun:data");
        assertTrue(matcher.same(claim(List.of("verb:steal"), "noun:hacker", "noun:data"), stolen));
        PortableSignature longer = claim(List.of("verb:steal"), "noun:hacker", "noun:data", "noun:server");
        assertTrue(matcher.overlap(longer, stolen) < CrossArticleMatcher.CLOSE_OVERLAP);
        assertFalse(matcher.same(longer, stolen));
        // Two shared things anchor without a name.
        assertTrue(matcher.same(longer, claim(List.of("noun:theft"), "noun:data", "noun:server")));
    }

    @Test
    void aNounPhraseJoinsAcrossStoriesOnlyInTheSameWords() {
        // Both wordings' terms are only "strike" and the place; the second goes on to say something of the strike.
        PortableSignature strike = claim(List.of("noun:strike"), "name:kellsbridge");
        String topic = "The strike at Kellsbridge";
        String verdict = "The strike at Kellsbridge as a shameful betrayal of the town's apprentices";
        assertTrue(matcher.same(strike, strike));
        assertFalse(matcher.same(strike, topic, strike, verdict, w -> false, Set.of(), Set.of()));
        assertTrue(matcher.same(strike, topic, strike, topic, w -> false, Set.of(), Set.of()));
        // A noun of a paraphrase set names a happening told of someone ("faces calls for his resignation").
        PortableSignature resignation = claim(List.of("noun:resignation"), "name:kellsbridge");
        assertTrue(matcher.same(resignation, "The resignation of the Kellsbridge chairman", resignation,
                "Kellsbridge's chairman faces growing calls for his resignation after the audit", w -> false,
                Set.of(), Set.of()));
        // A statement, not a noun phrase, keeps its name anchor.
        PortableSignature strikes = claim(List.of("verb:strike"), "name:kellsbridge");
        assertTrue(matcher.same(strikes, "Workers at Kellsbridge will strike", strikes,
                "Kellsbridge staff would strike on Monday over a pay freeze", w -> false, Set.of(), Set.of()));
    }

    @Test
    void oneSharedThingAcrossStoriesNeedsWordingsThatAgree() {
        // Only the main clause is in the terms: "the rule should be changed" of two quite different proposals.
        PortableSignature ferries = claim(List.of("verb:change"), "noun:rule");
        PortableSignature pensions = claim(List.of("verb:change"), "noun:rule");
        String ferryWords = "The rule should be changed to let island ferries carry livestock on Sundays";
        String pensionWords = "Any change to the rule on pensions for retired miners would anger the unions";
        assertTrue(matcher.same(ferries, pensions));
        assertFalse(matcher.same(ferries, ferryWords, pensions, pensionWords, w -> false, Set.of(), Set.of()));
        // The same words in two reports still join, and so do two reports of one story, which need no wordings.
        assertTrue(matcher.same(ferries, ferryWords, pensions, ferryWords, w -> false, Set.of(), Set.of()));
        assertTrue(matcher.same(ferries, ferryWords, pensions, pensionWords, w -> false, Set.of("kellsbridge"),
                Set.of()));
        assertTrue(matcher.same(claim(List.of("verb:steal"), "noun:hacker", "noun:data"), "Hackers stole the data",
                claim(List.of("verb:steal"), "noun:data"), "The data had been stolen", w -> false, Set.of(),
                Set.of()));
    }

    @Test
    void generalWordsAndTitlesAnchorNothing() {
        assertFalse(matcher.same(claim(List.of("verb:want"), "noun:person"),
                claim(List.of("verb:want"), "noun:person", "noun:change")));
        assertFalse(matcher.same(claim(List.of("verb:lead"), "name:mr.", "name:doe"),
                claim(List.of("verb:lead"), "name:mr.", "name:roe")));
        // A name in one claim and the same word as a common noun in the other ("the Liberal Party", "the party").
        assertFalse(matcher.same(claim(List.of("verb:move"), "name:liberal", "name:party", "noun:way"),
                claim(List.of("verb:move"), "noun:party")));
    }

    @Test
    void eventsRelatedOnlyThroughOtherWordsOfTheirSensesDoNotMatch() {
        // WordNet derives "energize" from "energy", in a sense that also holds "campaign"; "basis" is in the gloss
        // of "sexist" and derived from "base". Within an article such links may help; across articles they mislead.
        assertFalse(matcher.same(claim(List.of("noun:energy"), "noun:president", "name:doe"),
                claim(List.of("noun:campaign"), "name:doe", "noun:president")));
        assertFalse(matcher.same(claim(List.of("verb:base"), "noun:discussion", "noun:remark"),
                claim(List.of("adjective:sexist"), "noun:remark", "noun:discussion")));
    }

    @Test
    void aShortClaimDoesNotMatchALongOneWhoseWordsItMostlyLacks() {
        // Two shared arguments, but most words of the longer claim have no counterpart.
        PortableSignature short_ = claim(List.of("verb:win"), "noun:general", "noun:election");
        PortableSignature long_ = claim(List.of("verb:put", "verb:win", "verb:consider", "noun:measure"),
                "noun:general", "noun:election", "noun:money", "noun:donor", "noun:candidate", "name:doe");
        assertTrue(matcher.overlap(short_, long_) < CrossArticleMatcher.MIN_OVERLAP);
        assertFalse(matcher.same(short_, long_));
    }

    @Test
    void overlapIsTheShareOfWordsWithACounterpart() {
        PortableSignature a = claim(List.of("verb:steal"), "noun:data", "noun:customer");
        assertEquals(1.0, matcher.overlap(a, a));
        PortableSignature b = claim(List.of("verb:steal"), "noun:data", "noun:customer", "noun:billing", "noun:april");
        // Events 1 + 1 and arguments 2 + 2 of 1 + 1 + 2 + 4 words.
        assertEquals(6 / 8.0, matcher.overlap(a, b), 1e-9);
        assertTrue(matcher.same(a, b));
    }

    @Test
    void everyPairItAcceptsSharesAKey() {
        List<List<String>> events = List.of(List.of("verb:steal"), List.of("noun:theft"), List.of("verb:rob"),
                List.of("verb:encircle"), List.of("verb:surround"), List.of("verb:win"), List.of("noun:victory"),
                List.of("verb:resign"), List.of("noun:resignation"));
        List<String[]> arguments = List.of(new String[] {"noun:data", "noun:customer"},
                new String[] {"noun:data", "noun:customer", "noun:bank"}, new String[] {"noun:data", "noun:bank"},
                new String[] {"name:doe", "noun:election"}, new String[] {"name:doe", "noun:election", "noun:state"});
        int accepted = 0;
        for (List<String> e1 : events) {
            for (String[] a1 : arguments) {
                for (List<String> e2 : events) {
                    for (String[] a2 : arguments) {
                        PortableSignature x = claim(e1, a1);
                        PortableSignature y = claim(e2, a2);
                        if (matcher.same(x, y)) {
                            accepted++;
                            Set<String> shared = new HashSet<>(matcher.keys(x));
                            shared.retainAll(matcher.keys(y));
                            assertTrue(shared.size() >= CrossArticleMatcher.MIN_SHARED_KEYS, x + " / " + y);
                        }
                    }
                }
            }
        }
        // Not vacuous: related events in other words (steal / theft / rob, win / victory) are accepted too.
        assertTrue(accepted > events.size() * arguments.size(), "accepted pairs: " + accepted);
    }

    @Test
    void claimsStatingDifferentFiguresOrMonthsAreNotJoined() {
        // "UK house prices fell 0.4% in October" ~ "UK house prices fell 0.7% in December": one beat, two facts.
        PortableSignature october = withDetails(read("fall", ClaimSignature.Pos.VERB, "noun:price", "noun:house",
                "name:uk"), "figure:0.4", "month:october");
        PortableSignature sameWords = read("fall", ClaimSignature.Pos.VERB, "noun:price", "noun:house", "name:uk");
        assertTrue(matcher.same(october, withDetails(sameWords, "figure:0.4")));
        assertTrue(matcher.same(october, sameWords));
        assertFalse(matcher.same(october, withDetails(sameWords, "figure:0.7", "month:december")));
        assertFalse(matcher.same(october, withDetails(sameWords, "month:december")));
    }

    @Test
    void theNewsroomsRequestsForCommentAreNoClaimToJoin() {
        // "did not respond to a request for comment", in two stories: two requests, not one proposition.
        PortableSignature request = read("request", ClaimSignature.Pos.NOUN, "noun:comment");
        assertFalse(matcher.same(request, read("request", ClaimSignature.Pos.NOUN, "noun:comment")));
    }

    private static PortableSignature withDetails(PortableSignature s, String... details) {
        return new PortableSignature(s.events(), s.arguments(), Set.of(details));
    }

    @Test
    void aClaimWithoutEventsHasNoKeyAndMatchesNothing() {
        PortableSignature none = new PortableSignature(Set.of(), Set.of("noun:data", "noun:customer"));
        assertTrue(none.isEmpty());
        assertTrue(matcher.keys(none).isEmpty());
        assertFalse(matcher.same(none, none));
    }

    private static PortableSignature read(String event, ClaimSignature.Pos pos, String... arguments) {
        Set<ClaimSignature.Term> args = new HashSet<>();
        for (String a : arguments) {
            String[] parts = a.split(":");
            args.add(new ClaimSignature.Term(parts[1], parts[1], ClaimSignature.Pos.valueOf(parts[0].toUpperCase())));
        }
        ClaimSignature sig = new ClaimSignature(ClaimSignature.Kind.SUBSTANTIVE,
                Set.of(new ClaimSignature.Term(event, event, pos)), args, false, "");
        return PortableSignature.of(EventParaphrases.enrich(sig));
    }

    @Test
    void eventsOfOneParaphraseSetMatchButOnlyWithTheArgumentTheSetNeeds() {
        // "would cost jobs at Ashford" ~ "jobs could go at the Ashford plant": WordNet does not link the verbs.
        PortableSignature cost = read("cost", ClaimSignature.Pos.VERB, "noun:job", "name:ashford");
        assertTrue(matcher.same(cost, read("go", ClaimSignature.Pos.VERB, "noun:job", "name:ashford", "noun:plant")));
        // "layoffs at Ashford" carries the jobs in itself.
        assertTrue(matcher.same(cost, read("layoff", ClaimSignature.Pos.NOUN, "name:ashford")));
        // "go" is a job loss only when jobs go: "workers go on strike at Ashford" is another claim.
        assertFalse(matcher.same(cost, read("go", ClaimSignature.Pos.VERB, "noun:worker", "noun:strike",
                "name:ashford")));
        // Antonyms are no paraphrases: prices rising and prices falling are two claims.
        assertFalse(matcher.same(read("rise", ClaimSignature.Pos.VERB, "noun:price", "name:ashford"),
                read("fall", ClaimSignature.Pos.VERB, "noun:price", "name:ashford")));
    }

    @Test
    void wordsOfOneParaphraseSetCoverEachOtherInTheOverlap() {
        // "hackers stole the data of customers" ~ "criminals had taken customer records": the verbs are one theft,
        // the nouns one thing (argument-paraphrases.tsv); with customers as the second shared thing, they match.
        PortableSignature stole = read("steal", ClaimSignature.Pos.VERB, "noun:datum", "noun:customer", "noun:hacker");
        PortableSignature taken = read("take", ClaimSignature.Pos.VERB, "noun:record", "noun:customer",
                "noun:criminal");
        assertEquals(6 / 8.0, matcher.overlap(stole, taken), 1e-9);
        assertTrue(matcher.same(stole, taken));
        // "take" of money is no theft of data: no set is shared, and "take" covers nothing.
        PortableSignature money = read("take", ClaimSignature.Pos.VERB, "noun:money", "noun:customer",
                "noun:criminal");
        assertTrue(matcher.overlap(stole, money) < matcher.overlap(stole, taken));
        assertFalse(matcher.same(stole, money));
    }

    @Test
    void argumentsNewsUsesForOneThingAreRelated() {
        WordNet wordNet = new WordNet();
        SignatureMatcher words = new SignatureMatcher(wordNet);
        assertTrue(words.related(noun("datum"), noun("record"), false));
        assertTrue(words.related(noun("company"), noun("firm"), false));
        // Not as events, and not for words left out of the sets on purpose ("a group of voters").
        assertFalse(words.related(noun("datum"), noun("record"), true));
        assertFalse(words.related(noun("company"), noun("group"), false));
    }

    private static ClaimSignature.Term noun(String lemma) {
        return new ClaimSignature.Term(lemma, lemma, ClaimSignature.Pos.NOUN);
    }

    @Test
    void aPersonAloneDoesNotAnchorClaimsAboutWhatThatPersonDoes() {
        // "Doe wins" and "Doe won every county": the same person and event, not the same proposition.
        PortableSignature wins = claim(List.of("verb:win"), "name:doe");
        PortableSignature county = claim(List.of("verb:win"), "name:doe", "noun:county");
        assertTrue(matcher.same(wins, county), "without knowing Doe is a person, the name anchors");
        assertFalse(matcher.same(wins, county, "doe"::equals));
        // A person with something else the two claims share still anchors them.
        // (A treaty: "bill" and "tax" are nouns of many articles' claims, which anchor nothing.)
        PortableSignature treaty = claim(List.of("verb:sign"), "name:doe", "noun:treaty", "noun:border");
        assertTrue(matcher.same(treaty, claim(List.of("verb:sign"), "name:doe", "noun:treaty", "noun:border",
                "noun:state"), "doe"::equals));
        // A name that is no person's surname anchors as before: "sold to Acme".
        assertTrue(matcher.same(claim(List.of("verb:sell"), "name:acme"),
                claim(List.of("verb:sell"), "name:acme", "noun:dairy"), "doe"::equals));
    }

    @Test
    void nounsInTheClaimsOfManyArticlesAnchorNothing() {
        // "sales rose" in two business stories: two companies' sales, however alike the words.
        assertFalse(matcher.same(claim(List.of("verb:rise"), "noun:sale"), claim(List.of("verb:rise"), "noun:sale")));
        assertFalse(matcher.same(claim(List.of("verb:remain"), "noun:growth"),
                claim(List.of("verb:remain"), "noun:growth", "noun:force")));
        // A thing few claims name still anchors, and a frequent noun still counts among the shared words.
        assertTrue(matcher.same(claim(List.of("verb:afford"), "noun:carrier"),
                claim(List.of("verb:afford"), "noun:carrier")));
        assertTrue(matcher.same(claim(List.of("verb:rise"), "noun:cost", "noun:borrowing"),
                claim(List.of("noun:rise"), "noun:cost", "noun:borrowing")));
        assertEquals(1.0, matcher.overlap(claim(List.of("verb:rise"), "noun:sale"),
                claim(List.of("verb:rise"), "noun:sale")));
        // The country a beat reports on is such a word among names; another name still anchors.
        assertFalse(matcher.same(claim(List.of("verb:increase"), "name:us", "noun:production"),
                claim(List.of("verb:increase"), "name:us", "noun:support")));
        assertTrue(matcher.same(claim(List.of("verb:increase"), "name:acme", "noun:production"),
                claim(List.of("verb:increase"), "name:acme", "noun:support")));
    }

    @Test
    void theTermsOnWhichASourceSpeaksAnchorNothing() {
        // "spoke on condition of anonymity", read as a claim in two stories, is boilerplate, not one topic.
        PortableSignature terms = claim(List.of("noun:condition"), "noun:anonymity");
        assertFalse(matcher.same(terms, claim(List.of("noun:condition"), "noun:anonymity")));
    }

    @Test
    void peopleAloneDoNotAnchorEvenByFullOrSeveralNames() {
        // "If Jane Doe wins" and "Jane Doe's win over John Roe": only people's names, no shared thing.
        PortableSignature wins = claim(List.of("verb:win"), "name:jane", "name:doe");
        PortableSignature over = claim(List.of("noun:win"), "name:jane", "name:doe", "name:john", "name:roe");
        java.util.Set<String> names = java.util.Set.of("jane", "doe", "john", "roe");
        assertTrue(matcher.same(wins, over), "without knowing they are persons, the names anchor");
        assertFalse(matcher.same(wins, over, names::contains));
        // One name that is no person's (a place) still anchors.
        assertTrue(matcher.same(claim(List.of("verb:win"), "name:jane", "name:ohio"),
                claim(List.of("noun:win"), "name:jane", "name:doe", "name:ohio"), names::contains));
    }

    // The same sale told from the seller's side and as the buyer's bid: no WordNet relation between "sell" and
    // "prepare" (an offer), which the sentence model rates 0.86.
    private static final PortableSignature SOLD = claim(List.of("verb:sell"), "noun:bakery", "noun:chain",
            "name:vasterra");
    private static final String SOLD_WORDS = "The bakery chain would be sold to Vasterra";
    private static final PortableSignature BID = claim(List.of("verb:prepare"), "noun:offer", "noun:bakery",
            "noun:chain", "name:vasterra");
    private static final String BID_WORDS = "Vasterra was preparing an offer for the bakery chain";

    @Test
    void claimsOfOneStoryInWordsWordNetDoesNotRelateMatchOnTheSentenceModel() {
        assertFalse(matcher.same(SOLD, BID, w -> false, Set.of("vasterra"), Set.of()));
        assertTrue(matcher.sameInOtherWords(SOLD, SOLD_WORDS, BID, BID_WORDS, w -> false, Set.of("vasterra"),
                Set.of()));
        // Opening names tell one story as well as the claims' names do.
        assertTrue(matcher.sameInOtherWords(SOLD, SOLD_WORDS, BID, BID_WORDS, w -> false, Set.of(),
                Set.of("vasterra")));
    }

    @Test
    void theSentenceModelJoinsNothingOutsideOneStory() {
        assertFalse(matcher.sameInOtherWords(SOLD, SOLD_WORDS, BID, BID_WORDS, w -> false, Set.of(), Set.of()));
    }

    @Test
    void theSentenceModelJoinsNoOppositesNoOtherFiguresNoClaimTellingMoreOfTheOther() {
        // "rise" / "fall": 0.94 by the model, opposite directions of change by the lexicon.
        PortableSignature rise = claim(List.of("verb:rise"), "noun:bread", "noun:price", "name:vasterra");
        PortableSignature fall = claim(List.of("verb:fall"), "noun:bread", "noun:price", "name:vasterra");
        assertFalse(matcher.sameInOtherWords(rise, "Bread prices at Vasterra would rise", fall,
                "Bread prices at Vasterra would fall", w -> false, Set.of("vasterra"), Set.of()));
        // "sold" / "close": 0.87 by the model; only the closing states a direction of change.
        PortableSignature closed = claim(List.of("verb:close"), "noun:bakery", "noun:chain", "name:vasterra");
        assertFalse(matcher.sameInOtherWords(SOLD, SOLD_WORDS, closed, "Vasterra would close the bakery chain",
                w -> false, Set.of("vasterra"), Set.of()));
        PortableSignature soldIn2024 = new PortableSignature(SOLD.events(), SOLD.arguments(), Set.of("year:2024"));
        PortableSignature bidIn2025 = new PortableSignature(BID.events(), BID.arguments(), Set.of("year:2025"));
        assertFalse(matcher.sameInOtherWords(soldIn2024, SOLD_WORDS, bidIn2025, BID_WORDS, w -> false,
                Set.of("vasterra"), Set.of()));
        // The repayment names the overcharging it repays (0.82 by the model): it says more of it, not the same.
        PortableSignature overcharged = claim(List.of("verb:overcharge"), "noun:tenant", "name:vasterra");
        PortableSignature repaid = claim(List.of("verb:get"), "noun:money", "noun:tenant", "name:vasterra");
        assertFalse(matcher.sameInOtherWords(overcharged, "Vasterra had overcharged some tenants", repaid,
                "Every tenant Vasterra had overcharged would get their money back", w -> false, Set.of("vasterra"),
                Set.of()));
    }
}
