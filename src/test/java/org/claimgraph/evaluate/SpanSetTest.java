package org.claimgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.QuoteKind;
import org.junit.jupiter.api.Test;

class SpanSetTest {

    private static SpanSet.Range r(int begin, int end) {
        return new SpanSet.Range(begin, end);
    }

    @Test
    void codePointsCountCharactersOutsideTheBasicPlaneOnce() {
        // The emoji is two UTF-16 units but one code point, as brat counts.
        CodePoints text = new CodePoints("🌉 Ann said no");
        assertEquals(13, text.length());
        assertEquals(3, text.charIndex(2));
        assertEquals(2, text.codePointOffset(3));
        assertEquals("Ann", text.slice(2, 5));
        assertEquals(0, text.codePointOffset(1), "inside the surrogate pair");
    }

    @Test
    void predictionsConvertFromCharIndicesToCodePoints() {
        String s = "𝐀 and 🌉: Ann said the bridge opens.";
        CodePoints text = new CodePoints(s);
        int ann = s.indexOf("Ann");
        Attribution a = new Attribution(Optional.of(new Mention(new CharSpan(ann, ann + 3), 0, 1)),
                new CharSpan(ann + 4, ann + 8), "say", List.of(new CharSpan(ann + 9, s.length() - 1)),
                QuoteKind.INDIRECT, 0);
        PredictedAttribution p = PredictedAttribution.of(a, text);
        assertEquals(SpanSet.of(ann - 2, ann + 1), p.source());
        assertEquals("Ann", p.source().text(text));
        assertEquals("said", p.cue().text(text));
        assertEquals("the bridge opens", p.content().text(text));
    }

    @Test
    void normalisingTrimsWhitespaceAndMergesFragmentsSplitOnlyBySpace() {
        CodePoints text = new CodePoints(" the plan\n\u00a0works, he said ");
        SpanSet raw = SpanSet.of(List.of(r(11, 17), r(0, 9), r(9, 11)));
        assertEquals(SpanSet.of(1, 17), raw.normalised(text), "the plan, line break, no-break space, works,");
        SpanSet apart = SpanSet.of(List.of(r(1, 9), r(18, 20)));
        assertEquals(apart, apart.normalised(text), "a gap with words in it stays a gap");
        assertTrue(SpanSet.of(0, 1).normalised(text).isEmpty());
    }

    @Test
    void tokensAreRunsOfLettersAndDigitsIdentifiedByPosition() {
        CodePoints text = new CodePoints("O’Malley’s 40-day plan 𝐀𝐁!");
        TokenSet all = SpanSet.of(0, text.length()).tokens(text);
        assertEquals(7, all.size(), "O, Malley, s, 40, day, plan, and the two bold letters (outside the BMP)");
        TokenSet part = SpanSet.of(List.of(r(2, 8), r(23, 25))).tokens(text);
        assertEquals(2, all.shared(part));
        assertEquals(0, all.shared(SpanSet.of(3, 8).tokens(text)), "a cut word is a different token");
        assertEquals(0, SpanSet.EMPTY.tokens(text).size());
    }

    @Test
    void overlapIsAnySharedCodePoint() {
        SpanSet a = SpanSet.of(List.of(r(0, 5), r(10, 15)));
        assertTrue(a.overlaps(SpanSet.of(14, 20)));
        assertFalse(a.overlaps(SpanSet.of(5, 10)));
        assertFalse(a.overlaps(SpanSet.EMPTY));
    }

    @Test
    void bratOffsetsJoinFragmentsWithSemicolons() {
        assertEquals("1 4;6 9", SpanSet.of(List.of(r(1, 4), r(6, 9))).bratOffsets());
    }
}
