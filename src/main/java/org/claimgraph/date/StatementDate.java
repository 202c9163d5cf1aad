package org.claimgraph.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a statement was made, as precisely as the text allows: a day, a month or a year.
 *
 * @param value     ISO form: {@code 2025-03-14}, {@code 2024-10} or {@code 2023}
 * @param precision which of the three it is
 */
public record StatementDate(String value, Precision precision) {

    /** How precise a date is; each maps to one XML Schema type. */
    public enum Precision {
        /** {@code xsd:date}. */
        DAY,
        /** {@code xsd:gYearMonth}. */
        MONTH,
        /** {@code xsd:gYear}. */
        YEAR
    }

    /** A calendar date, optionally followed by a time or a part of day ("2025-03-14TMO"), which is dropped. */
    private static final Pattern TIMEX_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");

    /** An ISO week as SUTime writes it ("last week" in an article of 17 March 2025 is 2025-W11). */
    private static final Pattern TIMEX_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    /**
     * The date a TIMEX3 value names, if it names a day, a month or a year; a week names the month it lies in
     * ("2025-W11" is 2025-03), and none when it straddles two; seasons, durations ("P2Y"), unresolved values
     * ("XXXX-10") and references ("PRESENT_REF") name none.
     */
    public static Optional<StatementDate> fromTimex(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher week = TIMEX_WEEK.matcher(value);
        if (week.matches()) {
            return monthOfWeek(Integer.parseInt(week.group(1)), Integer.parseInt(week.group(2)));
        }
        Matcher m = TIMEX_DATE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(3) != null) {
            return Optional.of(new StatementDate(m.group(1) + "-" + m.group(2) + "-" + m.group(3), Precision.DAY));
        }
        if (m.group(2) != null) {
            return Optional.of(new StatementDate(m.group(1) + "-" + m.group(2), Precision.MONTH));
        }
        return Optional.of(new StatementDate(m.group(1), Precision.YEAR));
    }

    /** The month holding all seven days of an ISO week, if one does: xsd has no type for a week. */
    private static Optional<StatementDate> monthOfWeek(int year, int week) {
        LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        if (monday.getMonth() != sunday.getMonth()) {
            return Optional.empty();
        }
        return Optional.of(new StatementDate(YearMonth.from(monday).toString(), Precision.MONTH));
    }

    /** The day, for a date of day precision. */
    public Optional<LocalDate> day() {
        return precision == Precision.DAY ? Optional.of(LocalDate.parse(value)) : Optional.empty();
    }
}
