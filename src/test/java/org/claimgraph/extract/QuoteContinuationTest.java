package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quotations that go on from a frame, and the kind of the content that receives them. */
class QuoteContinuationTest {

    @Test
    void writersWordsThatReceiveAHandedBackQuotationAreMixed() {
        String text = "\u201CTaxes will rise,\u201D Roe replied.\nLee asked whether the plan was costed. \u201CWho pays?\u201D";
        CharSpan firstQuote = span(text, "\u201CTaxes will rise,\u201D");
        CharSpan secondQuote = span(text, "\u201CWho pays?\u201D");
        Attribution roe = new Attribution(Optional.of(new Mention(span(text, "Roe"), 0, 1)), span(text, "replied"),
                "reply", List.of(firstQuote, secondQuote), QuoteKind.DIRECT, 0);
        Attribution lee = new Attribution(Optional.of(new Mention(span(text, "Lee"), 1, 1)), span(text, "asked"),
                "ask", List.of(span(text, "whether the plan was costed")), QuoteKind.INDIRECT, 1);

        List<Attribution> out = QuoteContinuation.apply(text, List.of(firstQuote, secondQuote), List.of(roe, lee));

        assertEquals(List.of(span(text, "whether the plan was costed"), secondQuote), out.get(1).content());
        assertEquals(QuoteKind.MIXED, out.get(1).kind());
        assertEquals(QuoteKind.DIRECT, out.get(0).kind());
    }

    /** The span of the first occurrence of the words in the text. */
    private static CharSpan span(String text, String words) {
        int begin = text.indexOf(words);
        return new CharSpan(begin, begin + words.length());
    }
}
