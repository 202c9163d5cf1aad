package org.claimgraph.group;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.convert.SharedConverter;
import org.claimgraph.rdf.CG;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;

/** A claim's definite description of a body ("the group") is read as the body the article named before it. */
class DescribedBodiesTest {

    /** The argument terms of every claim of the converted text. */
    private static Set<String> arguments(String text) {
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        Set<String> out = new HashSet<>();
        g.listResourcesWithProperty(RDF.type, CG.Claim).forEachRemaining(c ->
                c.listProperties(CG.argumentTerm).forEachRemaining(p -> out.add(p.getString())));
        return out;
    }

    @Test
    void theGroupIsTheBodyNamedBeforeIt() {
        Set<String> args = arguments("Vantor Group chief executive Jane Roe confirmed on Monday that the group "
                + "intends to acquire the brewer Kellmark.");
        assertTrue(args.contains("name:vantor"), args.toString());
        assertFalse(args.contains("noun:group"), args.toString());
    }

    @Test
    void aNameBeforeAnOfficeOnlyBodiesHoldIsABodys() {
        // The tagger may take a made-up firm's name for a person's; only a body has a chief executive.
        Set<String> args = arguments("Brandvik chief executive Jane Roe confirmed on Monday that the group "
                + "intends to acquire Northwind.");
        assertTrue(args.contains("name:brandvik"), args.toString());
    }

    @Test
    void aCompanyIsNotTheUnionNamedBeforeIt() {
        Set<String> args = arguments("A leader of the Transport Workers Union said on Monday that the company "
                + "would cut wages in March.");
        assertFalse(args.contains("name:union"), args.toString());
        assertTrue(args.contains("noun:company"), args.toString());
    }

    @Test
    void aFirmIsTheGroupNamedBeforeIt() {
        // A group in a name is a business group: "the firm" is the Kessler Group, not the corporation before it.
        Set<String> args = arguments("The Vantor Corporation sold two brands to the Kessler Group last year. "
                + "A founder of the Kessler Group said on Monday that the firm would buy more brands in March.");
        assertTrue(args.contains("name:kessler"), args.toString());
        assertFalse(args.contains("name:vantor"), args.toString());
    }

    @Test
    void aNewsOutletIsNotTheCompanyTheStoryDescribes() {
        Set<String> args = arguments("Jane Roe told Reuters on Monday that the company would close the plant in "
                + "March.");
        assertFalse(args.contains("name:reuters"), args.toString());
        assertTrue(args.contains("noun:company"), args.toString());
    }

    @Test
    void aDescriptionThatSaysWhichBodyItIsKeepsItsWords() {
        // "the operator of the plant" names its body by what follows the noun; "the combined group" is a new body.
        Set<String> args = arguments("Vantor Group said on Monday that the operator of the plant had broken "
                + "the rules. Vantor Group said on Tuesday that the combined group would control the market.");
        assertFalse(args.contains("name:vantor"), args.toString());
        assertTrue(args.contains("noun:operator"), args.toString());
        assertTrue(args.contains("noun:group"), args.toString());
    }

    @Test
    void claimsNamingAndDescribingOneBodyMatchAcrossArticles() {
        CrossArticleMatcher matcher = new CrossArticleMatcher();
        PortableSignature described = signature("Vantor Group chief executive Jane Roe confirmed on Monday that "
                + "the group intends to acquire the brewer Kellmark.");
        PortableSignature named = signature("The union questioned whether the takeover by Vantor would go ahead.");
        assertTrue(matcher.same(described, named), described + " / " + named);
    }

    /** The signature of the text's first claim with an event, as stored. */
    private static PortableSignature signature(String text) {
        Model g = SharedConverter.get().convert(Article.ofText("t", text)).graph();
        for (var c : g.listResourcesWithProperty(RDF.type, CG.Claim).toList()) {
            Set<String> events = strings(c.listProperties(CG.eventTerm).mapWith(p -> p.getObject()).toSet());
            if (!events.isEmpty()) {
                return new PortableSignature(events,
                        strings(c.listProperties(CG.argumentTerm).mapWith(p -> p.getObject()).toSet()));
            }
        }
        throw new AssertionError("no claim with an event in: " + text);
    }

    private static Set<String> strings(Set<RDFNode> nodes) {
        Set<String> out = new HashSet<>();
        nodes.forEach(n -> out.add(n.asLiteral().getString()));
        return out;
    }
}
