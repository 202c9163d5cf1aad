package org.claimgraph.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.annotate.NlpPipeline;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.AttributionExtractor;
import org.claimgraph.extract.CueLexicon;
import org.claimgraph.read.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stance and positive claim wording from the cue and the content, on one-sentence articles through the real
 * CoreNLP pipeline. Each row: sentence | lemma of the cue to read | stance | claim label.
 */
class StanceClassifierTest {

    private final StanceClassifier classifier = new StanceClassifier(CueLexicon.standard());

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "The company denied that it had broken the law.|deny|DENY|It had broken the law",
        "The union rejected claims that the strike was illegal.|reject|DENY|Claims that the strike was illegal",
        "The mayor dismissed the reports.|dismiss|DENY|The reports",
        "Scientists refuted the theory that the virus escaped from a lab.|refute|DENY"
                + "|The theory that the virus escaped from a lab",
        "The agency debunked the rumours about the closure.|debunk|DENY|The rumours about the closure",
        "The spokesman brushed off the accusations.|brush|DENY|The accusations",
        "Analysts doubted that the merger would succeed.|doubt|QUESTION|The merger would succeed",
        "Critics questioned the figures.|question|QUESTION|The figures",
        "Reporters asked whether the bridge was safe.|ask|QUESTION|The bridge was safe",
        "The senator asked the governor to resign.|ask|ASSERT|The governor should resign",
        "The union asked for a pay rise.|ask|ASSERT|A pay rise",
        "The coach insisted that the team was ready.|insist|ASSERT|The team was ready",
        "The police confirmed that two men were arrested.|confirm|ASSERT|Two men were arrested",
        "The president reaffirmed that the treaty remains in force.|reaffirm|ASSERT|The treaty remains in force",
        "The company maintained that its products were safe.|maintain|ASSERT|Its products were safe",
        // Challenging a finding disputes it; challenging someone to act dares them.
        "The rival team challenged the findings of the survey.|challenge|DENY|The findings of the survey",
        "The senator challenged the governor to explain the cuts.|challenge|ASSERT|The governor should explain the cuts",
    })
    void cueGivesTheDefaultStance(String sentence, String cue, Stance expected, String claim) {
        check(sentence, cue, expected, claim);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "The ministry did not deny that the factory had closed.|deny|QUESTION|The factory had closed",
        "The police did not confirm that the suspect was arrested.|confirm|QUESTION|The suspect was arrested",
        "The ministry refused to confirm that the factory had closed.|confirm|QUESTION|The factory had closed",
        "The minister did not say whether the factory would close.|say|QUESTION|The factory would close",
        "The mayor never doubted that the plan would work.|doubt|ASSERT|The plan would work",
        "The mayor did not think that the bridge would close.|think|DENY|The bridge would close",
        "The mayor was not sure that the plan would work.|sure|QUESTION|The plan would work",
        // Knowing is factive: not knowing that P holds P true; not knowing whether P leaves it open.
        "The police did not know that the driver was armed.|know|ASSERT|The driver was armed",
        "The police did not know whether the driver was armed.|know|QUESTION|The driver was armed",
        "The senator would not support the bill.|support|ASSERT|The bill",
        // A negative quantifier as the cue's subject negates the cue as "not" does.
        "Nobody denied that the factory had closed.|deny|QUESTION|The factory had closed",
        "No official confirmed that the suspect was arrested.|confirm|QUESTION|The suspect was arrested",
        "Nobody doubted that the plan would work.|doubt|ASSERT|The plan would work",
    })
    void aNegatedVerbOfSayingCommitsToNothing(String sentence, String cue, Stance expected, String claim) {
        check(sentence, cue, expected, claim);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        // A phrasal cue takes its stance from the verb with its particle; the bare verb is no cue.
        "The coach ruled out a return to the old club.|rule|DENY|A return to the old club",
        "The chairman played down the losses.|play|DENY|The losses",
        "The engineer pointed out the flaws in the design.|point|ASSERT|The flaws in the design",
        // Not ruling out a deal leaves it open: a negated denial commits to nothing.
        "The minister did not rule out a tax rise.|rule|QUESTION|A tax rise",
        "The mayor would not rule out a second vote.|rule|QUESTION|A second vote",
        "The mayor ruled out raising taxes.|rule|DENY|Raising taxes",
    })
    void aPhrasalCueTakesTheStanceOfItsParticle(String sentence, String cue, Stance expected, String claim) {
        check(sentence, cue, expected, claim);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "The minister said that no school would close.|say|DENY|Some school would close",
        "The general said that the troops were not encircled.|say|DENY|The troops were encircled",
        "The firm said nobody was hurt.|say|DENY|Somebody was hurt",
        "“He is going nowhere,” the director said.|say|DENY|He is going somewhere",
        "“At no point was anyone in danger,” the manager said.|say|DENY|Was someone in danger",
        "The firm said that none of the workers were fired.|say|DENY|Some of the workers were fired",
        "The mayor said the city can't afford the stadium.|say|DENY|The city can afford the stadium",
        "The general said the army did not lose any tanks.|say|DENY|The army did lose some tanks",
        "“There will be no plan to raise taxes,” the minister said.|say|DENY|There will be some plan to raise taxes",
        // The parser hangs "said" below "affected" and "passwords" on "said": the verb still heads the content.
        "It said passwords and payment details were not affected.|say|DENY"
                + "|Passwords and payment details were affected",
        // One negation, with a second one only in a relative clause: still a denial.
        "The mayor said no worker who did not strike was fired.|say|DENY|Some worker who did not strike was fired",
        "The hospital said no patient was sent home.|say|DENY|Some patient was sent home",
        "The general said that no unit is encircled.|say|DENY|Some unit is encircled",
    })
    void negationOfTheMainClauseDeniesThePositiveClaim(String sentence, String cue, Stance expected, String claim) {
        check(sentence, cue, expected, claim);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "The officer said that the soldiers who did not retreat were captured.|say|ASSERT"
                + "|The soldiers who did not retreat were captured",
        "The official said that the plan, which nobody liked, was approved.|say|ASSERT"
                + "|The plan, which nobody liked, was approved",
        "The coach said that not only the players but also the fans were tired.|say|ASSERT"
                + "|Not only the players but also the fans were tired",
        "“We have not moved any units, but the situation is difficult,” the general said.|say|ASSERT"
                + "|We have not moved any units, but the situation is difficult",
        "The government has done almost nothing with the money, the report said.|say|ASSERT"
                + "|The government has done almost nothing with the money",
        "He said he had done nothing more than ask a question.|say|ASSERT|He had done nothing more than ask a question",
        "The doctor said the cause was not the virus but the heat.|say|ASSERT|The cause was not the virus but the heat",
        // "without" and "un-" are negations only as the second of two: alone they change nothing.
        "The firm said the guards left without pay.|say|ASSERT|The guards left without pay",
        "The firm said the bridge is unsafe.|say|ASSERT|The bridge is unsafe",
        // The parser hangs the condition on the cue, outside the content; the claim is the clause after the cue.
        "If the demands are not met, the union leader warned, the workers plan to strike in March.|warn|ASSERT"
                + "|If the demands are not met, the workers plan to strike in March",
    })
    void negationOutsideTheMainClauseChangesNothing(String sentence, String cue, Stance expected, String claim) {
        check(sentence, cue, expected, claim);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "The mayor said the reports were false.|say|DENY|The reports",
        "The coach said that the rumours were not true.|say|DENY|The rumours",
        "The agency said the claims were baseless.|say|DENY|The claims",
        "The union said the reports were fabricated.|say|DENY|The reports",
        "The minister said that this claim did not correspond to reality.|say|DENY|This claim",
        "The official said it was not true that the factory had closed.|say|DENY|The factory had closed",
        "The minister called the report a lie.|call|DENY|The report",
        "The mayor called the allegation a smear.|call|DENY|The allegation",
        "The coach said the story was slander.|say|DENY|The story",
        "The minister did not call the report a lie.|call|QUESTION|The report",
        "The mayor denied the plan, calling a report on the subject “pure fabrication”.|call|DENY|A report",
        "The owner called the allegation “absurd and insulting”.|call|DENY|The allegation",
        "The lawyer said the accusation was “entirely without merit”.|say|DENY|The accusation",
        "The minister dismissed the report as fake news.|dismiss|DENY|The report",
        "The minister described the allegations as fabricated.|describe|DENY|The allegations",
        "The minister dismissed the report as not true.|dismiss|DENY|The report",
        "The senator said the story was wrong.|say|DENY|The story",
        "The senator said the decision was wrong.|say|ASSERT|The decision was wrong",
        "The senator said the polls were wrong.|say|DENY|The polls",
        "Critics said the senator lied about the deal.|say|ASSERT|The senator lied about the deal",
        "The senator described the plan as wrong.|describe|ASSERT|The plan as wrong",
        "The engineer said the device was invented in 1920.|say|ASSERT|The device was invented in 1920",
        "The curator said the vase was a fake.|say|ASSERT|The vase was a fake",
        "The bank said the notes had been faked.|say|ASSERT|The notes had been faked",
        "The coach said the story was fake.|say|DENY|The story",
    })
    void truthPredicatesJudgeTheClaim(String sentence, String cue, Stance expected, String claim) {
        check(sentence, cue, expected, claim);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "The minister spoke of the so-called encirclement of troops.|speak|QUESTION|The encirclement of troops",
        "The spokesman said the troops were allegedly encircled.|say|QUESTION|The troops were encircled",
        "The minister denied the alleged encirclement of the troops.|deny|DENY|The encirclement of the troops",
        "Police said the alleged attacker was arrested.|say|ASSERT|The attacker was arrested",
        "The police said the suspect was supposed to appear in court.|say|ASSERT"
                + "|The suspect was supposed to appear in court",
    })
    void reportedDistanceQuestionsWhatWouldBeAsserted(String sentence, String cue, Stance expected, String claim) {
        check(sentence, cue, expected, claim);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "The army denied that the troops were not encircled.|deny|ASSERT|The troops were encircled",
        "The army said it is not true that no unit was encircled.|say|ASSERT|Some unit was encircled",
        "The army said the reports were not untrue.|say|ASSERT|The reports",
        "The spokesman denied that the reports were false.|deny|ASSERT|The reports",
        // A negative quantifier with a second negation in its scope asserts the positive; the claim keeps both.
        "The hospital said no patient will be sent home without a bed.|say|ASSERT"
                + "|No patient will be sent home without a bed",
        "The minister said nobody could prove that the council had not warned them.|say|ASSERT"
                + "|Nobody could prove that the council had not warned them",
        "The owner said there is no risk that the plant will not reopen.|say|ASSERT"
                + "|There is no risk that the plant will not reopen",
        "The council said none of the staff will go unpaid.|say|ASSERT|None of the staff will go unpaid",
        "The mayor said no child in the town is unvaccinated.|say|ASSERT|No child in the town is unvaccinated",
        "The owner said there is no chance the plant will not reopen.|say|ASSERT"
                + "|There is no chance the plant will not reopen",
        "The coach said the club never signs a player without a medical.|say|ASSERT"
                + "|The club never signs a player without a medical",
        "The board said it is not true that the club never paid.|say|ASSERT|The club paid",
        "The mayor said nothing was left unrepaired.|say|ASSERT|Nothing was left unrepaired",
        // A truth predicate's prefix is read by the predicate, not counted again: "never unfounded" is well founded.
        "The mayor said the claims were never unfounded.|say|ASSERT|The claims",
        "The mayor dismissed the report as never unfounded.|dismiss|ASSERT|The report",
        // A completion whose own negations cancel is no second negation: the quantifier alone denies.
        "The mayor said nobody could prove that no patient went home without a bed.|say|DENY"
                + "|Somebody could prove that no patient went home without a bed",
    })
    void doubleNegationsCancel(String sentence, String cue, Stance expected, String claim) {
        check(sentence, cue, expected, claim);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "“Why would we leave?” the general said.|say|QUESTION|Why would we leave?",
        "Residents wondered whether the plant would reopen.|wonder|QUESTION|The plant would reopen",
        "“I have no idea whether the plant will reopen,” the mayor said.|say|QUESTION"
                + "|I have no idea whether the plant will reopen",
        "The senator says if elected president “I will work very closely with leaders in Congress.”|say|ASSERT"
                + "|I will work very closely with leaders in Congress",
    })
    void questionsInTheContentQuestion(String sentence, String cue, Stance expected, String claim) {
        check(sentence, cue, expected, claim);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "“We have moved some units, but no unit is encircled,” the general said.|say"
                + "|ASSERT: We have moved some units|DENY: Some unit is encircled",
        "“The plant is not closing. We will hire more staff,” the manager said.|say"
                + "|DENY: The plant is closing|ASSERT: We will hire more staff",
    })
    void aContentHoldingAnAssertionAndADenialGivesOneReadingEach(String text, String cue, String first,
                                                                  String second) {
        List<StanceReading> readings = read(text, cue);
        assertEquals(List.of(first, second),
                readings.stream().map(r -> r.stance() + ": " + r.claimLabel()).toList(), text);
        assertTrue(readings.get(0).contentSpans().get(0).end() <= readings.get(1).contentSpans().get(0).begin(),
                "the parts do not overlap");
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        // "has yet to" says the act has not happened so far: a denial that it happened, as "has not refunded".
        "The airline said it has yet to refund the passengers.|say|DENY|It has begun to refund the passengers",
        "The mayor said the two sides had yet to agree on a date.|say|DENY"
                + "|The two sides had begun to agree on a date",
        "The ministry said the contract had yet to be signed.|say|DENY|The contract had been signed",
        "The mayor said residents were yet to be convinced.|say|DENY|Residents were convinced",
        // An open question, not a denial.
        "The mayor said it was yet to be seen if the plan would work.|say|ASSERT"
                + "|It was yet to be seen if the plan would work",
        "The chairman stopped short of confirming that the plant would close.|confirm|QUESTION"
                + "|The plant would close",
        "The ministry declined to confirm that the ship had sunk.|confirm|QUESTION|The ship had sunk",
        "The club would neither confirm nor deny that the striker had signed.|confirm|QUESTION"
                + "|The striker had signed",
        "The governor said the crisis was far from over.|say|DENY|The crisis was over",
        "The coach said the season had been anything but easy.|say|DENY|The season had been easy",
        // "unable to" as "could not": the claim is that they were able to.
        "The alliance said shopkeepers were unable to take card payments.|say|DENY"
                + "|Shopkeepers were able to take card payments",
        // A place, not a negation: "far from" before a noun phrase.
        // "be not to" negates the predicate, though the parser hangs "not" on the infinitive.
        "The engineer said the pump was not to blame for the fire.|say|DENY|The pump was to blame for the fire",
        "Engineer Tom Vale of Corran College said the pump was not to blame for the flood.|say|DENY"
                + "|The pump was to blame for the flood",
        "The company said the new plant was built far from the city.|say|ASSERT"
                + "|The new plant was built far from the city",
        "The police said the car was found far from where its owner lived.|say|ASSERT"
                + "|The car was found far from where its owner lived",
        // "no doubt" holds the clause true: it negates the doubt, not the claim.
        "The senator said there was no doubt that the bridge would reopen.|say|ASSERT"
                + "|There was no doubt that the bridge would reopen",
        "The inspector said she had no doubt that the fire was started deliberately.|say|ASSERT"
                + "|She had no doubt that the fire was started deliberately",
        "The coach said there was no question that Dana Reyes would be fit.|say|ASSERT"
                + "|There was no question that Dana Reyes would be fit",
        // Judging the saying of P judges P: "it is wrong to say that P" denies P.
        "The council stated it was wrong to say that the library would close.|state|DENY|The library would close",
        "The council stated it was not wrong to say that the library would close.|state|ASSERT"
                + "|The library would close",
        // An infinitive that asks whether P leaves P open: "too early to say whether P".
        "The engineer told reporters it was too early to say whether the dam had cracked.|tell|QUESTION"
                + "|The dam had cracked",
        // Finding it hard to believe P doubts P as not believing P does; hard to say whether P leaves P open.
        "The auditors found it hard to believe that the accounts were complete.|believe|DENY"
                + "|The accounts were complete",
        "The auditors found it hard to believe that the accounts were not altered.|believe|ASSERT"
                + "|The accounts were altered",
        "The engineer found it difficult to say whether the bridge would reopen.|say|QUESTION"
                + "|The bridge would reopen",
        // Talks that failed amid claims, not a failure to claim: only a gerund is negated through "of" or "amid".
        "The talks failed amid claims by the union that the firm had lied.|claim|ASSERT"
                + "|The firm had lied",
        // Not until a time is when it happens; not before a time stays a denial of the earlier time.
        "Ms Park said the shop would not open until next week.|say|ASSERT|The shop would not open until next week",
        "The union said that the mine would not reopen before spring.|say|DENY|The mine would reopen before spring",
        "The new model is not expected to go on sale until 2031, the maker said.|say|ASSERT"
                + "|The new model is not expected to go on sale until 2031",
        // A negation inside a quoted condition is the content's, though the parser may hang it on the cue.
        "\"If you are not on the agency's portal you are going to pay heavy listing fees,\" she said.|say|ASSERT"
                + "|You are not on the agency's portal you are going to pay heavy listing fees",
        // A compound adjective written as words negates nothing of the clause.
        "Mr Reed said this was a not for profit venture.|say|ASSERT|This was a not for profit venture",
    })
    void hedgesAndNegativeIdiomsReadAsAnAnalystWould(String sentence, String cue, Stance expected, String claim) {
        check(sentence, cue, expected, claim);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        // The parser takes "no" for an interjection, "Nobody" for part of a compound noun, "nothing" for the cue's
        // object; opening the clause, each is its subject all the same and negates it.
        "He said no jobs would be lost, as branch staff would move to the bank's new advice centres.|say|DENY"
                + "|Some jobs would be lost, as branch staff would move to the bank's new advice centres",
        "The firm issued a statement saying no customer had paid to leave because of the change.|say|DENY"
                + "|Some customer had paid to leave because of the change",
        "\"Nobody set fire to my barn,\" Tom Hale said.|say|DENY|Somebody set fire to my barn",
        "The lawyer said nothing in the contracts allows the firm to change the price.|say|DENY"
                + "|Something in the contracts allows the firm to change the price",
        // "No," answering, and "no" in a set phrase, quantify nothing.
        "\"No, the plant is open,\" she said.|say|ASSERT|No, the plant is open",
        "She said no wonder the shares fell.|say|ASSERT|No wonder the shares fell",
        // A second negation cancels the quantifier wherever the parser hung it.
        "\"No plan goes through the council without a full debate being held,\" she said.|say|ASSERT"
                + "|No plan goes through the council without a full debate being held",
        // The parser inverts the sentence, taking "said" for the subject of "wrong" and "reports" for its object.
        "The director said reports that the depot would be sold were \"simply wrong\".|say|DENY"
                + "|Reports that the depot would be sold",
    })
    void aNegationOrJudgementTheParserHungAwayFromItsClauseStillCounts(String sentence, String cue,
                                                                      Stance expected, String claim) {
        check(sentence, cue, expected, claim);
    }

    private void check(String sentence, String cue, Stance expected, String claim) {
        List<StanceReading> readings = read(sentence, cue);
        assertEquals(1, readings.size(), () -> "readings of " + sentence + ": " + readings);
        assertEquals(expected, readings.get(0).stance(), sentence);
        assertEquals(claim, readings.get(0).claimLabel(), sentence);
    }

    private List<StanceReading> read(String text, String cue) {
        Article article = Article.ofText("test", text);
        ParsedArticle doc = new ParsedArticle(article, NlpPipeline.shared().annotate(article));
        List<Attribution> found = new AttributionExtractor().extract(doc).stream()
                .filter(a -> a.cueLemma().equals(cue)).toList();
        assertEquals(1, found.size(), () -> "attributions with cue " + cue + " in: " + text + " " + found);
        return classifier.classify(doc, found.get(0));
    }
}
