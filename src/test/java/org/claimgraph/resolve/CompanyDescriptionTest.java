package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "The company" and "the firm" refer back to a business the article named, never to a union or a public body. */
class CompanyDescriptionTest {

    @Test
    void theCompanyIsTheFirmNamedBeforeItSpoke() {
        String text = "Bread to cost more\n\n"
                + "Halvern Foods will raise the price of its bread by 5 percent from June.\n\n"
                + "The company said on Monday that flour had become more expensive.";
        ResolvedText resolved = ResolvedText.of("article.txt", text);
        assertEquals("Halvern Foods", resolved.speakerOfContent("flour had become more expensive").label());
    }

    @Test
    void theCompanyIsNoUnionThatSpokeLast() {
        String text = "Bakery strike\n\n"
                + "Halvern Foods will close its bakery in Dunport, the Bakers Union said on Monday.\n\n"
                + "The company said the bakery had lost money for three years.";
        ResolvedText resolved = ResolvedText.of("article.txt", text);
        assertEquals("Halvern Foods", resolved.speakerOfContent("had lost money").label());
    }
}
