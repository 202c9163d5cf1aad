package org.claimgraph.date;

import java.time.LocalDate;
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

    /**
     * The date a TIMEX3 value names, if it names a day, a month or a year; weeks ("2025-W11"), seasons,
     * durations ("P2Y"), unresolved values ("XXXX-10") and references ("PRESENT_REF") name none.
     */
    public static Optional<StatementDate> fromTimex(String value) {
        if (value == null) {
            return Optional.empty();
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

    /** The day, for a date of day precision. */
    public Optional<LocalDate> day() {
        return precision == Precision.DAY ? Optional.of(LocalDate.parse(value)) : Optional.empty();
    }
}
