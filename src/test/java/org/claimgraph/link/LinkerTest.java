package org.claimgraph.link;

import static org.claimgraph.link.Articles.actor;
import static org.claimgraph.link.Articles.article;
import static org.claimgraph.link.Articles.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CG;
import org.junit.jupiter.api.Test;

/** The links graph as articles come, go and come back: groups, canonical members, no stale links, any order. */
class LinkerTest {

    private final Linker linker = new Linker();
    private final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();

    // One story told by three outlets on three days, with a claim of its own in the second.
    private static final Articles MONDAY = article("mon", "2025-05-05")
            .claim("c1", "verb:steal", "noun:hacker", "noun:data", "noun:customer").person("Jane Doe");
    private static final Articles TUESDAY = article("tue", "2025-05-06")
            .claim("c1", "noun:theft", "noun:data", "noun:customer")
            .claim("c2", "verb:resign", "noun:director").person("Doe");
    private static final Articles WEDNESDAY = article("wed", "2025-05-07")
            .claim("c7", "verb:steal", "noun:data", "noun:customer").anonymousPerson("a source");

    private void load(Articles a) {
        Txn.executeWrite(dsg, () -> linker.replaceArticle(dsg, a.name(), a.graph()));
    }

    /** The links, as "subject -> object" lines with the common base cut off, sorted. */
    private Set<String> links() {
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.find(LinksGraph.NAME, Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(q ->
                    out.add(brief(q.getSubject()) + " -> " + brief(q.getObject())));
            return out;
        });
    }

    private static String brief(Node n) {
        return n.getURI().substring(Articles.ID.length());
    }

    @Test
    void theSameClaimInOtherWordsJoinsTheFirstReport() {
        load(TUESDAY);
        load(MONDAY);
        assertEquals(Set.of("actor/doe -> actor/jane-doe", "claim/tue/c1 -> claim/mon/c1"), links());
        load(WEDNESDAY);
        assertEquals(Set.of("actor/doe -> actor/jane-doe", "claim/tue/c1 -> claim/mon/c1",
                "claim/wed/c7 -> claim/mon/c1"), links());
    }

    @Test
    void everyOrderOfLoadingGivesTheSameLinks() {
        List<List<Articles>> orders = List.of(List.of(MONDAY, TUESDAY, WEDNESDAY), List.of(WEDNESDAY, TUESDAY, MONDAY),
                List.of(TUESDAY, WEDNESDAY, MONDAY));
        Set<String> first = null;
        for (List<Articles> order : orders) {
            DatasetGraph fresh = DatasetGraphFactory.createTxnMem();
            order.forEach(a -> Txn.executeWrite(fresh, () -> linker.replaceArticle(fresh, a.name(), a.graph())));
            Set<String> found = Txn.calculateRead(fresh, () -> {
                Set<String> out = new TreeSet<>();
                fresh.find(LinksGraph.NAME, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.toString()));
                return out;
            });
            if (first == null) {
                first = found;
            }
            assertEquals(first, found, "order " + order.stream().map(Articles::iri).toList());
        }
        assertEquals(3, first.size());
    }

    @Test
    void reloadingTheFirstReportWithoutTheClaimHandsTheGroupToTheNextAndLeavesNoStaleLink() {
        load(MONDAY);
        load(TUESDAY);
        load(WEDNESDAY);
        load(article("mon", "2025-05-05").claim("c1", "verb:win", "noun:election").person("Jane Doe"));
        assertEquals(Set.of("actor/doe -> actor/jane-doe", "claim/wed/c7 -> claim/tue/c1"), links());
        load(MONDAY);
        assertEquals(Set.of("actor/doe -> actor/jane-doe", "claim/tue/c1 -> claim/mon/c1",
                "claim/wed/c7 -> claim/mon/c1"), links());
    }

    @Test
    void reloadingAnArticleUnchangedChangesNoLink() {
        load(MONDAY);
        load(TUESDAY);
        Set<String> before = links();
        load(TUESDAY);
        load(MONDAY);
        assertEquals(before, links());
    }

    @Test
    void aClaimJoinsAGroupOnlyIfItMatchesEveryMember() {
        load(article("a", "2025-01-01").claim("c1", "verb:steal", "noun:data", "noun:customer", "noun:bank"));
        load(article("b", "2025-01-02").claim("c1", "verb:steal", "noun:data", "noun:customer"));
        // Same event, but it shares enough arguments with only one member of the group.
        load(article("c", "2025-01-03").claim("c1", "verb:steal", "noun:customer", "noun:bank", "noun:car"));
        assertEquals(Set.of("claim/b/c1 -> claim/a/c1"), links());
    }

    @Test
    void aGroupHoldsAtMostOneClaimOfEachArticle() {
        load(article("a", "2025-01-01").claim("c1", "verb:steal", "noun:data", "noun:customer"));
        // The article's own grouping kept these two apart: linking does not join them through another article.
        load(article("b", "2025-01-02").claim("c1", "verb:steal", "noun:data", "noun:customer")
                .claim("c2", "noun:theft", "noun:data", "noun:customer"));
        assertEquals(Set.of("claim/b/c1 -> claim/a/c1"), links());
    }

    @Test
    void claimsOfArticlesMonthsApartAreNotCompared() {
        load(article("a", "2025-01-01").claim("c1", "verb:steal", "noun:data", "noun:customer"));
        load(article("b", "2025-03-01").claim("c1", "verb:steal", "noun:data", "noun:customer"));
        assertEquals(Set.of(), links());
        // Within the window, the same claim is joined to the first report.
        load(article("c", "2025-01-20").claim("c1", "verb:steal", "noun:data", "noun:customer"));
        assertEquals(Set.of("claim/c/c1 -> claim/a/c1"), links());
    }

    @Test
    void claimsStatingDifferentFiguresAreNotJoinedOnceStored() {
        // "hackers stole the data of 40,000 customers" and of 90,000: two breaches, read back from the store.
        load(article("a", "2025-01-01").claim("c1", "verb:steal", "noun:data", "noun:customer")
                .details("c1", "figure:40000"));
        load(article("b", "2025-01-02").claim("c1", "verb:steal", "noun:data", "noun:customer")
                .details("c1", "figure:90000"));
        assertEquals(Set.of(), links());
        load(article("c", "2025-01-03").claim("c1", "verb:steal", "noun:data", "noun:customer")
                .details("c1", "figure:40000", "month:may"));
        assertEquals(Set.of("claim/c/c1 -> claim/a/c1"), links());
    }

    @Test
    void aNameBothOpeningsUseAnchorsClaimsThatNameNothing() {
        // "its maternity unit will close" ... "the unit would close": only the articles' openings name the hospital.
        // A text's date header is no sentence of its opening.
        String first = "date 2025-01-01\nThe maternity unit will close in May, the trust said. Staff of Harwick Royal "
                + "Hospital were told on Monday. The union has called a meeting.";
        String later = "Hundreds marched in Harwick on Saturday against the closure. Nurses joined them.";
        Articles a = article("a", "2025-01-01").text(first).claim("c1", "verb:close", "noun:unit", "noun:maternity");
        load(a);
        load(article("b", "2025-01-09").text(later).claim("c1", "verb:close", "noun:unit", "noun:plan"));
        assertEquals(Set.of("claim/b/c1 -> claim/a/c1"), links());
        // The same claims in articles whose openings name different stories stay apart.
        DatasetGraph other = DatasetGraphFactory.createTxnMem();
        Articles c = article("c", "2025-01-09").text("Hundreds marched in Dunlow on Saturday.")
                .claim("c1", "verb:close", "noun:unit", "noun:plan");
        Txn.executeWrite(other, () -> linker.replaceArticle(other, a.name(), a.graph()));
        Txn.executeWrite(other, () -> linker.replaceArticle(other, c.name(), c.graph()));
        assertEquals(0, Txn.calculateRead(other, () -> other.getGraph(LinksGraph.NAME).size()));
    }

    @Test
    void aSurnameJoinsTheOneFullNameItFitsAndNoneWhenTwoFit() {
        load(article("a", "2025-01-01").person("Jane Doe"));
        load(article("b", "2025-01-02").person("Doe").person("J. Doe"));
        assertEquals(Set.of("actor/doe -> actor/jane-doe", "actor/j-doe -> actor/jane-doe"), links());
        Articles john = article("c", "2025-01-03").person("John Doe");
        load(john);
        // "Doe" could now be either; "J. Doe" too, initials being left out. Nobody is joined.
        assertEquals(Set.of(), links());
        load(article("c", "2025-01-03").person("Richard Roe"));
        assertEquals(Set.of("actor/doe -> actor/jane-doe", "actor/j-doe -> actor/jane-doe"), links());
    }

    @Test
    void anonymousSourcesAreNeverJoined() {
        load(article("a", "2025-01-01").anonymousPerson("a source").person("Source"));
        load(article("b", "2025-01-02").anonymousPerson("a source"));
        assertEquals(Set.of(), links());
    }

    @Test
    void everyLinkJoinsNodesThatAreStored() {
        load(MONDAY);
        load(TUESDAY);
        load(WEDNESDAY);
        load(article("tue", "2025-05-06"));
        Txn.executeRead(dsg, () -> dsg.find(LinksGraph.NAME, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            for (Node n : List.of(q.getSubject(), q.getObject())) {
                assertTrue(dsg.find(Node.ANY, n, RDF.type.asNode(), Node.ANY).hasNext(), "stale link " + q);
            }
        }));
        assertEquals(Set.of("claim/wed/c7 -> claim/mon/c1"), links());
        // "Doe" went with the reloaded article, and his link with him.
        assertFalse(Txn.calculateRead(dsg, () -> dsg.find(Node.ANY, actor("doe"), RDF.type.asNode(),
                CG.Person.asNode()).hasNext()));
        assertEquals(claim("mon", "c1"), Txn.calculateRead(dsg, () -> new LinksGraph(dsg).canonicalOf(claim("wed", "c7"))));
    }

    @Test
    void aClaimAboutOnlyWhatOnePersonDoesIsNotLinkedByThatPersonsName() {
        // "Doe wins" and "Doe won the county": Jane Doe is a person by her full name, so "doe" anchors nothing alone.
        load(article("a", "2025-05-05").claim("c1", "verb:win", "name:doe").person("Jane Doe"));
        load(article("b", "2025-05-06").claim("c1", "verb:win", "name:doe", "noun:county"));
        assertTrue(links().stream().noneMatch(l -> l.startsWith("claim/")), links().toString());
        // A one-word "person" (often a firm the tagger took for one) anchors as any name does: "sold to Acme".
        load(article("c", "2025-05-05").claim("c1", "verb:sell", "name:acme").person("Acme"));
        load(article("d", "2025-05-06").claim("c1", "verb:sell", "name:acme", "noun:dairy"));
        assertTrue(links().contains("claim/d/c1 -> claim/c/c1"), links().toString());
    }

    @Test
    void aFirstNameIsAPersonsNameToo() {
        // "If Jane wins" and "Jane won the county": Jane Doe is named in full, so "jane" anchors nothing alone either.
        load(article("a", "2025-05-05").claim("c1", "verb:win", "name:jane").person("Jane Doe"));
        load(article("b", "2025-05-06").claim("c1", "verb:win", "name:jane", "noun:county"));
        assertTrue(links().stream().noneMatch(l -> l.startsWith("claim/")), links().toString());
        // A name word no full name of a person holds still anchors: "Acme wins" / "Acme won the county".
        load(article("c", "2025-05-05").claim("c1", "verb:win", "name:acme").person("Jane Doe"));
        load(article("d", "2025-05-06").claim("c1", "verb:win", "name:acme", "noun:county"));
        assertTrue(links().contains("claim/d/c1 -> claim/c/c1"), links().toString());
    }

    @Test
    void onlyTheTwoArticlesComparedSayWhetherANameIsAPersons() {
        // Jane Doe is named in full in a third article only: what was stored before does not change the answer.
        load(article("x", "2025-05-04").person("Jane Doe"));
        load(article("f", "2025-05-05").claim("c1", "verb:win", "name:doe"));
        load(article("g", "2025-05-06").claim("c1", "verb:win", "name:doe", "noun:county"));
        assertTrue(links().contains("claim/g/c1 -> claim/f/c1"), links().toString());
    }

    @Test
    void claimsOfOneStoryInOtherWordsJoinOnTheirWording() {
        // "sell" and "prepare" (an offer) are unrelated in WordNet; the wordings say one thing (0.86 by the model).
        load(article("sale", "2025-06-02").worded("c1", "The bakery chain would be sold to Vasterra", "verb:sell",
                "noun:bakery", "noun:chain", "name:vasterra"));
        load(article("bid", "2025-06-03").worded("c1", "Vasterra was preparing an offer for the bakery chain",
                "verb:prepare", "noun:offer", "noun:bakery", "noun:chain", "name:vasterra"));
        assertEquals(Set.of("claim/bid/c1 -> claim/sale/c1"), links());
    }

    @Test
    void claimsOfOneStorySharingNoArgumentWordMeetThroughTheStoryAndInAnyOrder() {
        // "the hamlet would be snowed in" / "the village is snowed in": no argument word to find each other by; both
        // openings name Ostrey, so the claims are compared, and a story naming another place is not.
        Articles first = article("first", "2025-02-03").text("Snow closes roads around Ostrey\nThe hamlet would be "
                + "snowed in all week, the council said.").claim("c1", "verb:snow in", "noun:hamlet", "noun:week");
        Articles second = article("second", "2025-02-04").text("Ostrey waits for the ploughs\nThe village is snowed "
                + "in, a farmer said.").claim("c1", "verb:snow in", "noun:village");
        Articles elsewhere = article("elsewhere", "2025-02-04").text("Drifts block the road to Kelmby\nThe "
                + "settlement is snowed in, a farmer said.").claim("c1", "verb:snow in", "noun:settlement");
        Set<String> expected = Set.of("claim/second/c1 -> claim/first/c1");
        for (List<Articles> order : List.of(List.of(first, second, elsewhere), List.of(elsewhere, second, first))) {
            DatasetGraph fresh = DatasetGraphFactory.createTxnMem();
            order.forEach(a -> Txn.executeWrite(fresh, () -> linker.replaceArticle(fresh, a.name(), a.graph())));
            Set<String> found = Txn.calculateRead(fresh, () -> {
                Set<String> out = new TreeSet<>();
                fresh.find(LinksGraph.NAME, Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(q ->
                        out.add(brief(q.getSubject()) + " -> " + brief(q.getObject())));
                return out;
            });
            assertEquals(expected, found, "order " + order.stream().map(Articles::iri).toList());
        }
        // Converting them together links them as loading them one by one does.
        ConversionLinks together = new ConversionLinks(new Linker());
        List.of(elsewhere, first, second).forEach(a -> together.add(a.iri(), a.graph()));
        Set<String> converted = new TreeSet<>();
        together.links().find().forEachRemaining(t -> converted.add(brief(t.getSubject()) + " -> "
                + brief(t.getObject())));
        assertEquals(expected, converted);
    }

    // One story told by two outlets: residents say the sluices were opened, the water company that they stayed shut.
    private static final String FLOOD_OPENING = "Floods reach Brasswick\nWater poured into Brasswick overnight.";

    private static Articles sluicesOpened(String key, String date, org.apache.jena.rdf.model.Resource stance) {
        return article(key, date).text(FLOOD_OPENING)
                .claim("c1", "verb:open", "noun:sluice", "noun:reservoir").stated("c1", stance);
    }

    private static Articles sluicesShut(String key, String date, org.apache.jena.rdf.model.Resource stance) {
        return article(key, date).text(FLOOD_OPENING)
                .claim("c1", "verb:shut", "noun:sluice", "noun:reservoir").stated("c1", stance);
    }

    /** The claims joined as the opposite of their group's claim, as "member opposes canonical" lines. */
    private Set<String> opposing(DatasetGraph store) {
        return Txn.calculateRead(store, () -> {
            Set<String> out = new TreeSet<>();
            store.find(LinksGraph.NAME, Node.ANY, CG.opposes.asNode(), Node.ANY).forEachRemaining(q ->
                    out.add(brief(q.getSubject()) + " opposes " + brief(q.getObject())));
            return out;
        });
    }

    @Test
    void anAssertedOppositeOfOneStoryJoinsOnTheOtherSideInAnyOrderAndLeavesNoStaleLink() {
        Articles residents = sluicesOpened("residents", "2025-03-01", CG.Assert);
        Articles company = sluicesShut("company", "2025-03-02", CG.Assert);
        for (List<Articles> order : List.of(List.of(residents, company), List.of(company, residents))) {
            DatasetGraph fresh = DatasetGraphFactory.createTxnMem();
            order.forEach(a -> Txn.executeWrite(fresh, () -> linker.replaceArticle(fresh, a.name(), a.graph())));
            assertEquals(Set.of("claim/company/c1 opposes claim/residents/c1"), opposing(fresh));
        }
        load(residents);
        load(company);
        assertEquals(Set.of("claim/company/c1 -> claim/residents/c1"), links());
        // Reloaded as a denial of the shutting, the company agrees with no one's opposite: no link, no stance left.
        load(sluicesShut("company", "2025-03-02", CG.Deny));
        assertEquals(Set.of(), links());
        assertEquals(Set.of(), opposing(dsg));
        load(company);
        assertEquals(Set.of("claim/company/c1 opposes claim/residents/c1"), opposing(dsg));
        // Converting them together links them as loading them one by one does.
        ConversionLinks together = new ConversionLinks(new Linker());
        List.of(company, residents).forEach(a -> together.add(a.iri(), a.graph()));
        Set<String> converted = new TreeSet<>();
        together.links().find().forEachRemaining(t -> converted.add(brief(t.getSubject()) + " "
                + t.getPredicate().getLocalName() + " " + brief(t.getObject())));
        assertEquals(Set.of("claim/company/c1 sameAs claim/residents/c1",
                "claim/company/c1 opposes claim/residents/c1"), converted);
    }

    @Test
    void oppositeClaimsOfTwoStoriesStayApart() {
        load(sluicesOpened("residents", "2025-03-01", CG.Assert));
        // Another story: the same words of another town's reservoir.
        load(article("elsewhere", "2025-03-02").text("Dry spell in Kelmby\nKelmby rationed water.")
                .claim("c1", "verb:shut", "noun:sluice", "noun:reservoir").stated("c1", CG.Assert));
        assertEquals(Set.of(), links());
    }

    @Test
    void oppositeClaimsStayApartUnlessBothAreAsserted() {
        load(sluicesOpened("residents", "2025-03-01", CG.Deny));
        load(sluicesShut("company", "2025-03-02", CG.Assert));
        load(sluicesShut("council", "2025-03-03", CG.Question));
        // The residents' denial and the company's opposite agree; the council's question joins the company's claim.
        assertEquals(Set.of("claim/council/c1 -> claim/company/c1"), links());
        assertEquals(Set.of(), opposing(dsg));
    }

    @Test
    void whenTheFirstReportKeepsThingsAsTheyAreTheChangeIsTheClaim() {
        // "the plant will stay open" first, "will close the plant" after: keeping things as they are denies the
        // change, so the closure is the group's claim and the first report opposes it.
        String opening = "Jobs fear at Harnwick\nWorkers in Harnwick met on Monday.";
        load(article("kept", "2025-04-01").text(opening).claim("c1", "verb:stay", "noun:plant")
                .stated("c1", CG.Assert));
        load(article("closed", "2025-04-02").text(opening).claim("c1", "verb:close", "noun:plant")
                .stated("c1", CG.Assert));
        assertEquals(Set.of("claim/kept/c1 -> claim/closed/c1"), links());
        assertEquals(Set.of("claim/kept/c1 opposes claim/closed/c1"), opposing(dsg));
    }

    @Test
    void whenTheFirstReportLeavesItsGroupTheOthersStayOnOppositeSides() {
        load(sluicesOpened("residents", "2025-03-01", CG.Assert));
        load(sluicesShut("company", "2025-03-02", CG.Assert));
        load(sluicesOpened("witness", "2025-03-03", CG.Assert));
        assertEquals(Set.of("claim/company/c1 -> claim/residents/c1", "claim/witness/c1 -> claim/residents/c1"),
                links());
        load(article("residents", "2025-03-01").text(FLOOD_OPENING).claim("c1", "verb:win", "noun:election")
                .stated("c1", CG.Assert));
        // The company's is now the first report, so its side is the claim.
        assertEquals(Set.of("claim/witness/c1 -> claim/company/c1"), links());
        assertEquals(Set.of("claim/witness/c1 opposes claim/company/c1"), opposing(dsg));
    }
}
