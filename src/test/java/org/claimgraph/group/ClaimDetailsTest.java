package org.claimgraph.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.claimgraph.extract.CharSpan;
import org.junit.jupiter.api.Test;

class ClaimDetailsTest {

    private static Set<String> of(String text) {
        return ClaimDetails.of(text, List.of(new CharSpan(0, text.length())));
    }

    @Test
    void readsFiguresAndMonthsAsWritten() {
        assertEquals(Set.of("figure:0.4", "month:october"), of("house prices fell 0.4% in October"));
        assertEquals(Set.of("figure:146000", "month:january", "year:2005"),
                of("firms added only 146,000 jobs in January 2005"));
        assertEquals(Set.of("month:september"), of("the vote was put off to Sept. or later"));
    }

    @Test
    void numbersInsideWordsAndLowerCaseMayAreNoDetails() {
        // "G8" is a name, "may" a modal verb: neither tells one fact from another.
        assertEquals(Set.of(), of("the G8 summit may approve the plan"));
    }

    @Test
    void readsOnlyTheClaimsSpans() {
        String text = "On 3 May the firm said profits rose.";
        assertEquals(Set.of(), ClaimDetails.of(text, List.of(new CharSpan(text.indexOf("profits"), text.length()))));
    }

    @Test
    void differentFiguresOrMonthsConflictButAMissingDetailDoesNot() {
        Set<String> october = of("prices fell 0.4% in October");
        assertTrue(ClaimDetails.conflict(october, of("prices fell 0.7% in October")));
        assertTrue(ClaimDetails.conflict(october, of("prices fell 0.4% in December")));
        assertFalse(ClaimDetails.conflict(october, of("prices fell 0.4% last month")));
        assertFalse(ClaimDetails.conflict(october, of("prices fell in October, by 0.4%, to a low of 180,000")));
        assertFalse(ClaimDetails.conflict(october, of("prices fell")));
        // A year is no figure: the same year with different figures is two facts, the same figure in it one.
        Set<String> profits = of("profits fell 37% in 2004");
        assertTrue(ClaimDetails.conflict(profits, of("profits fell 15% in 2004")));
        assertTrue(ClaimDetails.conflict(profits, of("profits fell 37% in 2003")));
        assertFalse(ClaimDetails.conflict(profits, of("a 37% fall in profits")));
    }

    @Test
    void whetherADeedWasMeantIsADetailThatAReportMayNotLeaveOut() {
        // One may admit "the supplier overcharged homes" and deny "… overcharged homes deliberately".
        Set<String> meant = of("the supplier had overcharged homes deliberately");
        assertEquals(Set.of("intent:deliberate"), meant);
        assertEquals(Set.of("intent:accidental"), of("the files were deleted by mistake"));
        assertTrue(ClaimDetails.conflict(meant, of("the supplier had overcharged homes")));
        assertTrue(ClaimDetails.conflict(meant, of("the supplier overcharged homes by accident")));
        assertFalse(ClaimDetails.conflict(meant, of("the supplier knowingly overcharged homes")));
        // A word that only contains one is none: "purposely" is, "purposelessly" is not.
        assertEquals(Set.of(), of("the team played purposelessly"));
    }
}
