package org.claimgraph.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** TIMEX3 values to statement dates: days, months and years are dates; weeks, durations and references are not. */
class StatementDateTest {

    @Test
    void daysMonthsAndYearsKeepTheirPrecision() {
        assertEquals(Optional.of(new StatementDate("2025-03-14", StatementDate.Precision.DAY)),
                StatementDate.fromTimex("2025-03-14"));
        assertEquals(Optional.of(new StatementDate("2024-10", StatementDate.Precision.MONTH)),
                StatementDate.fromTimex("2024-10"));
        assertEquals(Optional.of(new StatementDate("2023", StatementDate.Precision.YEAR)),
                StatementDate.fromTimex("2023"));
    }

    @Test
    void aWeekWithinOneMonthIsThatMonth() {
        // Week 11 of 2025 runs from Monday 10 to Sunday 16 March.
        assertEquals(Optional.of(new StatementDate("2025-03", StatementDate.Precision.MONTH)),
                StatementDate.fromTimex("2025-W11"));
    }

    @Test
    void aTimeOrPartOfDayIsDropped() {
        assertEquals(Optional.of(new StatementDate("2025-03-14", StatementDate.Precision.DAY)),
                StatementDate.fromTimex("2025-03-14TMO"));
        assertEquals(Optional.of(new StatementDate("2025-03-14", StatementDate.Precision.DAY)),
                StatementDate.fromTimex("2025-03-14T10:30"));
    }

    @Test
    void valuesThatNameNoDateAreIgnored() {
        for (String v : new String[] {"2025-W01", "2025-W05", "P2Y", "PRESENT_REF", "PAST_REF", "XXXX-10", "2025-SU", "2025-Q1",
                "XXXX-WXX-5", "", null}) {
            assertTrue(StatementDate.fromTimex(v).isEmpty(), v);
        }
    }
}
