package org.claimgraph.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.convert.SharedConverter;
import org.claimgraph.rdf.CG;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;

/** Claims within one article: the same proposition in other words is one claim; another proposition is not. */
class ClaimGrouperTest {

    private static Map<String, Resource> claimByCue(Model g) {
        return byCue(g, CG.claim);
    }

    private static Map<String, Resource> stanceByCue(Model g) {
        return byCue(g, CG.stance);
    }

    /** The value of a statement's property by the statement's cue. */
    private static Map<String, Resource> byCue(Model g, org.apache.jena.rdf.model.Property property) {
        Map<String, Resource> out = new java.util.HashMap<>();
        g.listResourcesWithProperty(RDF.type, CG.Statement).forEachRemaining(s ->
                out.put(s.getProperty(CG.cue).getString(), s.getPropertyResourceValue(property)));
        return out;
    }

    /** Asserts that the "insisted" statement denies, by its opposite, the claim the "claimed" statement asserts. */
    private static Map<String, Resource> assertInsistedDeniesClaimed(String text) {
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        Map<String, Resource> claims = claimByCue(g);
        assertEquals(claims.get("claimed"), claims.get("insisted"), claims.toString());
        assertEquals(CG.Deny, stanceByCue(g).get("insisted"));
        assertEquals(CG.Assert, stanceByCue(g).get("claimed"));
        return claims;
    }

    @Test
    void statingTheOppositeEventDeniesTheClaim() {
        Map<String, Resource> claims = assertInsistedDeniesClaimed(
                "Fishermen claimed that the council had opened the harbour gates on Sunday. "
                + "The mayor announced that the museum would reopen in May. "
                + "A council engineer insisted that the harbour gates had stayed shut on Sunday.");
        assertNotEquals(claims.get("claimed"), claims.get("announced"), claims.toString());
        // Across articles the claim is matched by its own event, not by the words of the opposite.
        List<String> events = claims.get("claimed").listProperties(CG.eventTerm).mapWith(p -> p.getString()).toList();
        assertTrue(events.stream().noneMatch(e -> e.contains("shut") || e.contains("stay")), events.toString());
    }

    @Test
    void keepingThingsAsTheyAreDeniesTheChangeToldAfterIt() {
        assertInsistedDeniesClaimed(
                "Norvik chief Lena Tamm insisted that the company would keep its factory in Dalby open. "
                + "The mayor announced that the museum would reopen in May. "
                + "A union official claimed that Norvik would close its factory in Dalby.");
    }

    @Test
    void anAccidentDeniesADeedClaimedDeliberate() {
        assertInsistedDeniesClaimed(
                "Brokers claimed that the blaze at the Ostrava depot had been started deliberately. "
                + "The mayor announced that the museum would reopen in May. "
                + "The depot's owner insisted that the blaze was an accident.");
    }

    @Test
    void stayingDeniesLeavingToldAfterIt() {
        assertInsistedDeniesClaimed(
                "Party leader Tove Brask insisted that the Farmers' League would stay in the coalition. "
                + "The mayor announced that the museum would reopen in May. "
                + "A rival claimed that the Farmers' League would leave the coalition.");
    }

    /** Asserts that the statements of the two cues have claims of their own; returns the stances by cue. */
    private static Map<String, Resource> assertApart(String text, String cue, String otherCue) {
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        assertNotEquals(claimByCue(g).get(cue), claimByCue(g).get(otherCue), claimByCue(g).toString());
        return stanceByCue(g);
    }

    @Test
    void oppositeEventsOfDifferentlyNamedThingsStayApart() {
        Map<String, Resource> stances = assertApart("A union official claimed that Norvik would close its factory in "
                + "Dalby. Norvik chief Lena Tamm insisted that the company would keep its factory in Hesby open.",
                "claimed", "insisted");
        assertEquals(CG.Assert, stances.get("insisted"));
    }

    @Test
    void denialsOfOppositeEventsContradictNothing() {
        assertApart("The agency denied that rents in Dalby had risen. "
                + "The minister rejected claims that rents in Dalby had fallen.", "denied", "rejected");
    }

    @Test
    void anAmountWithAFigureIsNoOppositeOfOneWithout() {
        assertApart("Norvik claimed that it would cut its stake in Dalby Mills to 40%. "
                + "A banker insisted that the deal would raise the stake in Dalby Mills.", "claimed", "insisted");
    }

    @Test
    void aDeedDoneIsNoOppositeOfItsReversalToCome() {
        Map<String, Resource> stances = assertApart("The operator said that it had shut the Dalby line after a "
                + "landslide. A manager claimed that the Dalby line would reopen by June.", "said", "claimed");
        assertEquals(CG.Assert, stances.get("claimed"));
    }

    @Test
    void oppositeChangesInOtherYearsStayApart() {
        Map<String, Resource> stances = assertApart("The agency said that rents in Dalby rose in 2023. "
                + "The minister claimed that rents in Dalby fell in 2024.", "said", "claimed");
        assertEquals(CG.Assert, stances.get("claimed"));
    }

    @Test
    void aDenialOfTheSameEventInOtherWordsSharesTheClaim() {
        String text = "Police said that the prisoner escaped from the jail on Sunday. "
                + "The governor denied the escape of the prisoner. "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("said"), claims.get("denied"), claims.toString());
        assertNotEquals(claims.get("said"), claims.get("announced"), claims.toString());
    }

    @Test
    void usingStolenThingsStatesTheirTheft() {
        String text = "Voltra said that the design of its new battery had been copied by a rival. "
                + "In a court filing, Voltra alleged that Brisk engineers had used stolen designs to build the Nova cell. "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("said"), claims.get("alleged"), claims.toString());
        assertNotEquals(claims.get("said"), claims.get("announced"), claims.toString());
    }

    @Test
    void aBareDefiniteEventNounIsTheEventToldBefore() {
        String text = "The Gazette reported that the council had sold the old harbour to a developer. "
                + "The mayor announced that the museum would reopen in May. "
                + "The council leader denied the sale.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("reported"), claims.get("denied"), claims.toString());
        assertNotEquals(claims.get("announced"), claims.get("denied"), claims.toString());
    }

    @Test
    void claimsStatingDifferentFiguresAreDifferentFacts() {
        String text = "The council said that the contractor was paid $30,000 for the roof. "
                + "An auditor claimed that the architect was paid $125,000 for the roof. "
                + "The contractor denied that he was paid $30,000 for the roof.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertNotEquals(claims.get("said"), claims.get("claimed"), claims.toString());
        assertEquals(claims.get("said"), claims.get("denied"), claims.toString());
    }

    @Test
    void anIntentionIsReadThroughToWhatIsIntended() {
        String text = "The minister confirmed that the company intends to close the factory in Dover. "
                + "A union leader insisted that the company would close the factory. "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("confirmed"), claims.get("insisted"), claims.toString());
        assertNotEquals(claims.get("confirmed"), claims.get("announced"), claims.toString());
    }

    @Test
    void anInfinitiveHungOnTheVerbTakingAPlanIsWhatIsPlanned() {
        // The parser hangs "to sell" on "drawn up", not on "plans": the plan is still to sell the harbour.
        String text = "The Daily Courier reported that council officials had drawn up plans to sell the harbour "
                + "to a developer. Mayor Anna Lind denied that the council was planning to sell the harbour. "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("reported"), claims.get("denied"), claims.toString());
        assertNotEquals(claims.get("reported"), claims.get("announced"), claims.toString());
    }

    @Test
    void aSpeakerStandingByItsStoryRestatesItsOwnClaim() {
        // "its story" is the paper's own report, not the union's warning made just before it.
        String text = "The Evening Gazette reported that the paper mill in Elmford would close in June. "
                + "The owner denied that the mill would close. "
                + "A union leader warned that the pensions of retired workers were at risk. "
                + "The Gazette said it stood by its story.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("reported"), claims.get("said"), claims.toString());
        assertNotEquals(claims.get("warned"), claims.get("said"), claims.toString());
    }

    @Test
    void aNumberOfMembersIsTheMembers() {
        // "about 450 of its members" names members, as "thousands of troops" names troops.
        String text = "The union warned that its members at Dunmore Freight would strike next week in a row "
                + "over pay. Its leader, Ada Frey, said about 450 of its members would walk out for two days. "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("warned"), claims.get("said"), claims.toString());
        assertNotEquals(claims.get("warned"), claims.get("announced"), claims.toString());
    }

    @Test
    void jobLossesWordedDifferentlyShareTheClaim() {
        String text = "The union warned that the closure would cost hundreds of jobs in Leeds. "
                + "A manager said up to 300 jobs could go in Leeds. "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("warned"), claims.get("said"), claims.toString());
        assertNotEquals(claims.get("warned"), claims.get("announced"), claims.toString());
    }

    @Test
    void aPhrasalVerbIsReadAsWordNetListsIt() {
        // "go up" is matched through its own first sense, which holds "rise"; the bare "go" is no synonym of it.
        String text = "The operator said that ticket prices would go up in June. "
                + "The minister denied that ticket prices would rise. "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("said"), claims.get("denied"), claims.toString());
        assertNotEquals(claims.get("said"), claims.get("announced"), claims.toString());
    }

    @Test
    void aDeniedBreachOfSystemsIsTheTheftOfTheirData() {
        String text = "Analysts said that hackers stole the data of 2 million customers. "
                + "The bank insisted that its systems had not been breached. "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("said"), claims.get("insisted"), claims.toString());
        assertNotEquals(claims.get("said"), claims.get("announced"), claims.toString());
    }

    @Test
    void aBodysItIsTheBodyItself() {
        // Without "it" read as Dorrington, the denial names only the buyer and the report only the target.
        String text = "Two bankers said that a rival would buy Dorrington. "
                + "Dorrington, which employs 900 people, is based in Leeds. Dorrington denied that it was being sold to Halbeck. "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("said"), claims.get("denied"), claims.toString());
        assertNotEquals(claims.get("said"), claims.get("announced"), claims.toString());
    }

    @Test
    void aBareDemonstrativeJudgementSharesTheClaimBeforeIt() {
        String text = "The mayor announced that the museum would reopen in May. "
                + "The minister claimed that the bridge had collapsed. "
                + "\"That is not true,\" the engineer said.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("claimed"), claims.get("said"), claims.toString());
        assertNotEquals(claims.get("announced"), claims.get("said"), claims.toString());
    }

    @Test
    void whatATakeoverWouldLeadToIsTheClaimNotTheLeading() {
        // "lead to job cuts" is about job cuts, as "layoffs" and "jobs could go" are; "fears of layoffs" too.
        String text = "The union warned that the merger would lead to job cuts in Leeds. "
                + "The chairman dismissed fears of layoffs in Leeds. "
                + "The mayor announced that the merger would lead to a new museum in Leeds.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("warned"), claims.get("dismissed"), claims.toString());
        assertNotEquals(claims.get("warned"), claims.get("announced"), claims.toString());
    }

    @Test
    void anEveryTimeClauseOnlySaysWhen() {
        // The parser makes "buys" the head of the first quote; the claim is that layoffs follow, not the purchase.
        String text = "\"Every time Norberg buys a company, the layoffs follow within a year,\" said the union leader. "
                + "The minister confirmed that Norberg would buy the company Fjell.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertNotEquals(claims.get("said"), claims.get("confirmed"), claims.toString());
    }

    @Test
    void aSpeakerWhoIsAlsoTheSubjectOfTheClaimStaysInIt() {
        // "would consider it" is read as a nested statement by the board; the board still received the approach.
        String text = "Fjell chairman Ole Berg said the board had received the approach and would consider it "
                + "carefully. Norberg chief executive Anna Lie told reporters that the group had made an approach to "
                + "the board of Fjell. The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("said"), claims.get("told"), claims.toString());
        assertNotEquals(claims.get("said"), claims.get("announced"), claims.toString());
    }

    @Test
    void copyingCustomersNamesIsStealingTheirData() {
        String text = "The operator admitted that criminals had stolen customer records from its servers. "
                + "It confirmed that the names of two million customers had been copied. "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("admitted"), claims.get("confirmed"), claims.toString());
        assertNotEquals(claims.get("admitted"), claims.get("announced"), claims.toString());
    }

    @Test
    void theClaimRefersBackPastCitedEvidence() {
        // The documents are what the union cites, not a claim of theirs: "the claim" is that jobs could go.
        String text = "The union said up to 300 jobs could go at the Leeds plant, citing internal documents seen by "
                + "the union. Norberg called the claim baseless. "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("said"), claims.get("called"), claims.toString());
        assertNotEquals(claims.get("said"), claims.get("announced"), claims.toString());
    }

    @Test
    void wordsWhoseFirstSensesAreOneMeaningShareTheClaim() {
        // "close" has many senses, "shut" few; their first senses are one synset.
        String text = "A council report said the museum would close in June. "
                + "The mayor denied that the museum would shut. "
                + "The minister announced that the bridge would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("said"), claims.get("denied"), claims.toString());
        assertNotEquals(claims.get("said"), claims.get("announced"), claims.toString());
    }

    @Test
    void workersMadeRedundantAndJobsAtRiskAreJobLosses() {
        String text = "The union said that 40 workers could lose their jobs at the plant. "
                + "The manager insisted that no worker would be made redundant. "
                + "A union official warned that jobs were at risk. "
                + "The minister announced that the bridge would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("said"), claims.get("insisted"), claims.toString());
        assertEquals(claims.get("said"), claims.get("warned"), claims.toString());
        assertNotEquals(claims.get("said"), claims.get("announced"), claims.toString());
    }

    @Test
    void thePartOfATimeIsNoArgument() {
        String text = "The council said the museum would close at the end of the year.";
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        Resource claim = claimByCue(g).get("said");
        java.util.Set<String> arguments = new java.util.TreeSet<>();
        claim.listProperties(CG.argumentTerm).forEachRemaining(st -> arguments.add(st.getString()));
        assertEquals(java.util.Set.of("noun:museum"), arguments);
    }

    @Test
    void aVerbTheTaggerCallsANounStillGivesTheEvent() {
        // The tagger reads "axe" after "would" as a noun; the parser still gives it the modal and an object.
        String text = "The union said the firm would axe the night shifts.";
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        Resource claim = java.util.Objects.requireNonNull(claimByCue(g).get("said"));
        java.util.List<String> events = g.listObjectsOfProperty(claim, CG.eventTerm).mapWith(n -> n.toString()).toList();
        assertEquals(java.util.List.of("verb:axe"), events);
    }

    @Test
    void whatIsHadOrThereIsStandsForTheEvent() {
        // "had" and "there were" are light verbs that match nothing; the thing held or there is the claim's event.
        String text = "The agency said it had no files about the suspects. "
                + "A detective added that there were no witnesses at the depot.";
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        Map<String, Resource> claims = claimByCue(g);
        assertEquals(java.util.Set.of("said", "added"), claims.keySet());
        assertEquals(java.util.List.of("noun:file"),
                g.listObjectsOfProperty(claims.get("said"), CG.eventTerm).mapWith(n -> n.toString()).toList());
        assertEquals(java.util.List.of("noun:witness"),
                g.listObjectsOfProperty(claims.get("added"), CG.eventTerm).mapWith(n -> n.toString()).toList());
    }

    @Test
    void speakersRepeatingWhatTheySaidBeforeMakeTheClaimAgain() {
        // "We said last week that P" claims P again; the parser roots the quoted sentence at its opening mark.
        String text = "Analysts said that hackers stole the data of 2 million customers. "
                + "“We said last week that no data was lost. I am sorry,” the chief executive said. "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = new java.util.HashMap<>();
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        g.listResourcesWithProperty(RDF.type, CG.Statement).forEachRemaining(st -> claims.put(
                st.getProperty(CG.cue).getString() + ":" + st.getProperty(CG.contentText).getString(),
                st.getPropertyResourceValue(CG.claim)));
        Resource analysts = claims.get("said:that hackers stole the data of 2 million customers");
        Resource repeated = claims.entrySet().stream().filter(e -> e.getKey().contains("no data was lost"))
                .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError(claims.toString()));
        assertEquals(analysts, repeated, claims.toString());
        assertNotEquals(analysts, claims.get("announced:that the museum would reopen in May"), claims.toString());
    }

    @Test
    void whatWorkHasShownIsTheClaimNotTheShowing() {
        // Both speak of surveys showing something; what they claim is a slowdown and that surveys add value.
        String text = "The economist argued that surveys show a sharp slowdown in wage growth. "
                + "The governor noted that recent work has shown that surveys add value to the forecasts. "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertNotEquals(claims.get("argued"), claims.get("noted"), claims.toString());
    }
    @Test
    void aParticleHungAsAnAdverbStillMakesThePhrasalVerb() {
        // The parser hangs "out" on "walk" as an adverb; "walk out" (to go on strike) is the event, not "walk".
        String text = "The union said that its members would walk out for 48 hours from Monday.";
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        Resource claim = java.util.Objects.requireNonNull(claimByCue(g).get("said"));
        java.util.Set<String> events = g.listObjectsOfProperty(claim, CG.eventTerm).mapWith(n -> n.toString()).toSet();
        assertEquals(java.util.Set.of("verb:walk out", "verb:set:strike"), events);
    }

    /** The event terms of the claim of the statement with the given cue. */
    private static java.util.Set<String> eventsOf(String text, String cue) {
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        Resource claim = java.util.Objects.requireNonNull(claimByCue(g).get(cue));
        return g.listObjectsOfProperty(claim, CG.eventTerm).mapWith(n -> n.toString()).toSet();
    }

    @Test
    void aParticleFoldedIntoATwoWordPrepositionStillMakesThePhrasalVerb() {
        // The parser reads "out of" as the preposition of "pond"; "let out" is the event, active or passive.
        assertTrue(eventsOf("The warden said that the ducks were let out of the pond at dawn.", "said")
                .contains("verb:let out"));
        assertTrue(eventsOf("The warden said that she had let the ducks out of the pond.", "said")
                .contains("verb:let out"));
    }

    @Test
    void aBareVerbMakingOneEntryWithTheVerbIsItsParticle() {
        // "be let go" is one WordNet verb, not "let": it must not meet every other "let".
        java.util.Set<String> events = eventsOf("The bakery said that forty bakers would be let go in June.", "said");
        assertTrue(events.contains("verb:let go"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.equals("verb:let")), events.toString());
    }

    @Test
    void whatMustBeDoneIsTheEventNotAHaving() {
        // "would have to refund": without the obligation reading, "have" held nothing and the claim had no event.
        String text = "The regulator said the supplier would have to refund the customers.";
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        Resource claim = java.util.Objects.requireNonNull(claimByCue(g).get("said"));
        java.util.Set<String> events = g.listObjectsOfProperty(claim, CG.eventTerm).mapWith(n -> n.toString()).toSet();
        assertEquals(java.util.Set.of("verb:refund", "verb:set:refund"), events);
    }

    @Test
    void oneEventDoneToUnrelatedObjectsIsTwoClaims() {
        // The same loss by the same singer, of a record deal and of a festival slot: two facts, not one.
        String text = "Her agent said that the singer Mira Sol had lost her record deal after the concert. "
                + "The promoter confirmed that the singer had lost her slot at the festival. "
                + "The label admitted that Mira Sol had lost the record deal.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertNotEquals(claims.get("said"), claims.get("confirmed"), claims.toString());
        assertEquals(claims.get("said"), claims.get("admitted"), claims.toString());
    }

    @Test
    void dyingAndBeingKilledAreOneDeath() {
        String text = "Thousands of trout have died in the River Lune, the water agency reported on Tuesday. "
                + "Its officer, Ruth Dale, said at least 3,000 trout had been killed along the river. "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("reported"), claims.get("said"), claims.toString());
        assertNotEquals(claims.get("said"), claims.get("announced"), claims.toString());
    }

    @Test
    void anObjectsCompoundRelatesItToAnotherObject() {
        // "his taxes" and "his tax returns": one release, whatever the stance.
        String text = "Mr Vale said he was not releasing his taxes because they were being audited. "
                + "His lawyer promised that Vale would release his tax returns after the audit.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("said"), claims.get("promised"), claims.toString());
    }

    @Test
    void aClaimNounWithTheTimeOfItsRejectionStillRefersBack() {
        // The parser hangs "on Friday" on "claims": a time is no topic, so the claims still stand alone.
        String text = "The mayor announced that the museum would reopen in May. "
                + "Activists claimed that the Morrow tannery had poisoned the river. "
                + "The tannery's owner rejected the claims on Friday.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("claimed"), claims.get("rejected"), claims.toString());
        assertNotEquals(claims.get("announced"), claims.get("rejected"), claims.toString());
    }

    @Test
    void anAllegationIsTheClaimThatWasAlleged() {
        // Another claim comes between the allegation and its denial: the noun says which one is denied.
        String text = "Opposition members alleged that the minister had leaked the budget to a bank. "
                + "The finance office said the budget would be published in March. "
                + "The minister told reporters that the allegation was baseless.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("alleged"), claims.get("told"), claims.toString());
        assertNotEquals(claims.get("said"), claims.get("told"), claims.toString());
    }

    @Test
    void aDenialIsTheClaimThatWasDenied() {
        // "deny" and "denial" are written alike though "denial" does not begin with the whole of "deny".
        String text = "The bakery denied that it had cut the wages of its drivers. "
                + "The union said a strike would begin on Monday. "
                + "A union official told reporters that the denial was false.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("denied"), claims.get("told"), claims.toString());
        assertNotEquals(claims.get("said"), claims.get("told"), claims.toString());
    }

    @Test
    void aReportIsTheClaimOfTheReportThatMadeIt() {
        String text = "A report by the auditors found that the hospital had lost patient records. "
                + "The health board said a new ward would open in June. "
                + "The hospital's director disputed the report.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("found"), claims.get("disputed"), claims.toString());
        assertNotEquals(claims.get("said"), claims.get("disputed"), claims.toString());
    }

    @Test
    void anotherThingOfAKindIsAnotherClaim() {
        // "a second invoice" had also been forged: not the invoice the firm denied forging.
        String text = "The auditor said the invoice from Harlow Supplies had been forged. "
                + "The auditor added that a second invoice had also been forged. "
                + "The firm denied that the invoice had been forged.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("said"), claims.get("denied"), claims.toString());
        assertNotEquals(claims.get("added"), claims.get("denied"), claims.toString());
    }

    @Test
    void noPlansAfterHaveAreAboutWhatIsPlanned() {
        // The parser hangs "to close" on "have", not on "plans": the denial is still of the closures.
        String text = "The Gazette reported that the bakery chain Hollin plans to close 30 of its shops. "
                + "A spokeswoman for Hollin said: \"We have no plans to close shops.\" "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("reported"), claims.get("said:"), claims.toString());
        assertNotEquals(claims.get("reported"), claims.get("announced"), claims.toString());
    }

    @Test
    void theCriticismStandingAloneIsTheClaimBeforeIt() {
        String text = "Critics of the survey told the Gazette: \"It is an artefact of the software.\" "
                + "Dr Lenz rejected the criticism. "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("told the Gazette:"), claims.get("rejected"), claims.toString());
        assertNotEquals(claims.get("rejected"), claims.get("announced"), claims.toString());
    }

    @Test
    void theIdeaThatSomethingHappenedIsAboutWhatHappened() {
        String text = "The auditors rejected the idea that the fund had lost money in the crash. "
                + "Mr Dunn said the fund had lost money. "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("rejected"), claims.get("said"), claims.toString());
        assertNotEquals(claims.get("said"), claims.get("announced"), claims.toString());
    }

    @Test
    void oneSpeakersWeIsAnotherSpeakersThey() {
        // The climbers say "they" of themselves; their leader says "we": one group, one claim.
        String text = "The climbers, who say they reached the summit, were praised by the club. "
                + "Their leader, Ms Orr, said: \"We reached the summit.\" "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("say"), claims.get("said:"), claims.toString());
        assertNotEquals(claims.get("said:"), claims.get("announced"), claims.toString());
    }

    @Test
    void theOwnerOfAThingIsAnArgumentAsItsOfPhraseIs() {
        // "the factory's gates" are the factory's, as "the gates of the factory" would be: both claims close it.
        String text = "Workers said the factory had been closed before the strike. "
                + "The owner dismissed reports that it had closed the factory's gates on Monday. "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertEquals(claims.get("said"), claims.get("dismissed"), claims.toString());
        assertNotEquals(claims.get("said"), claims.get("announced"), claims.toString());
    }

    @Test
    void whatCausedAnEventToldBeforeIsNotTheEvent() {
        // "the rise" was told before: the analyst states its cause, not a rise to meet the supplier's price rise.
        String text = "The regulator reported that electricity bills rose 15 percent last year. "
                + "An analyst argued that higher gas costs had caused the rise. "
                + "A consumer group warned that the supplier Norvik would raise its prices in March.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertNotEquals(claims.get("argued"), claims.get("warned"), claims.toString());
        assertNotEquals(claims.get("argued"), claims.get("reported"), claims.toString());
    }

    @Test
    void anIdeaStandingAloneIsNoClaimToReferBackTo() {
        // "proposed the idea" is about a plan, not the claim told just before it.
        String text = "The chancellor said the agreement would save poor countries 3 billion pounds a year. "
                + "Mr Brandt first proposed the idea earlier this week. "
                + "The mayor announced that the museum would reopen in May.";
        Map<String, Resource> claims = claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
        assertNotNull(claims.get("first proposed"), claims.toString());
        assertNotEquals(claims.get("said"), claims.get("first proposed"), claims.toString());
    }

    /** The claims by cue of an article of four paragraphs: a claim, a rejection and the words after it, and more. */
    private static Map<String, Resource> claimsAfterRejection(String claim, String rejection, String more) {
        String text = claim + "\n\n" + rejection + "\n\n" + more;
        return claimByCue(SharedConverter.get().convert(Article.ofText("t", text)).graph());
    }

    @Test
    void theDenialRightAfterARejectionIsOfTheRejectedClaim() {
        // "He told reporters" gives the grounds of the rejection: it denies, in other words, what was rejected.
        Map<String, Resource> claims = claimsAfterRejection(
                "A campaign group claimed that Harlan Water lost a fifth of its supply through broken mains.",
                "The firm's director, Mark Tolley, rejected the claims. "
                + "He told reporters that the network was not leaking on anything like that scale.",
                "The mayor announced that the museum would reopen in May.");
        assertNotNull(claims.get("told"), claims.toString());
        assertEquals(claims.get("rejected"), claims.get("told"), claims.toString());
        assertEquals(claims.get("claimed"), claims.get("rejected"), claims.toString());
        assertNotEquals(claims.get("rejected"), claims.get("announced"), claims.toString());
    }

    @Test
    void whatARejecterAssertsOrAsksNextKeepsItsOwnClaim() {
        // An appeal announced, or a doubt raised, after a rejection is a claim of its own, not the rejection's grounds.
        Map<String, Resource> claims = claimsAfterRejection(
                "A campaign group claimed that Harlan Water lost a fifth of its supply through broken mains.",
                "The firm's director, Mark Tolley, rejected the claims. "
                + "He told reporters that the firm would appeal to the regulator.",
                "A councillor doubted that promise. She said the new depot would hire fewer drivers.");
        assertNotNull(claims.get("told"), claims.toString());
        assertNotEquals(claims.get("rejected"), claims.get("told"), claims.toString());
        assertNotEquals(claims.get("doubted"), claims.get("said"), claims.toString());
    }

    @Test
    void theNextPointAfterAClaimJudgedFalseKeepsItsOwnClaim() {
        // "said the posts were false" judges the claim in the speaker's own words, one point of several; the next
        // denial is another point, not the grounds of a rejection, though it too denies something.
        Map<String, Resource> claims = claimsAfterRejection(
                "Bloggers claimed that the Vexa cough syrup causes liver damage in children.",
                "The drug agency said the posts were false. "
                + "It told reporters that no serious side effects had been recorded among the children treated.",
                "The mayor announced that the museum would reopen in May.");
        assertNotNull(claims.get("told"), claims.toString());
        assertEquals(claims.get("claimed"), claims.get("said"), claims.toString());
        assertNotEquals(claims.get("said"), claims.get("told"), claims.toString());
    }
}
