package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();

    private List<String> quotes(String text) {
        return finder.find(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void findsCurlyAndStraightQuotes() {
        assertEquals(List.of("“We will win,”", "\"It is over.\""),
                quotes("“We will win,” she said. He replied: \"It is over.\""));
    }

    @Test
    void aQuoteLeftOpenAtAParagraphEndStopsThere() {
        String text = "“We start now.\n\n“And we finish later,” he said.";
        assertEquals(List.of("“We start now.", "“And we finish later,”"), quotes(text));
    }

    @Test
    void aSecondOpenerRestartsAnUnclosedQuote() {
        assertEquals(List.of("“one", "“two”"), quotes("“one “two” three"));
    }

    @Test
    void closersOfEitherStyleCloseAQuote() {
        assertEquals(List.of("“We won,\"", "\"Now we govern.”"),
                quotes("“We won,\" she said. \"Now we govern.”"));
    }

    @Test
    void anOpenerAfterTheLastCommaClosesTheQuote() {
        assertEquals(List.of("“Not yet,“", "“Soon.”"), quotes("“Not yet,“ he said. “Soon.”"));
    }

    @Test
    void textWithoutQuotesHasNone() {
        assertEquals(List.of(), quotes("No quotation here."));
    }

    @Test
    void aStraightOpenerAfterAFinishedSentenceReopensTheQuote() {
        String text = "Rita Moss added: \"The pier will reopen. \"We owe the town that much,\" she said. Work starts soon.";
        assertEquals(List.of("\"The pier will reopen.", "\"We owe the town that much,\""), quotes(text));
    }
}
