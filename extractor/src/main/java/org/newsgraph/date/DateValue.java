package org.newsgraph.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * A calendar date, possibly partial: year-month-day, year-month, month-day ("November 5" whose year is unknown)
 * or a year alone. Immutable; validated on construction ({@code month=13} or {@code --02-30} are rejected).
 * In RDF a full date is an {@code xsd:date}, the others {@code xsd:gYearMonth}, {@code xsd:gMonthDay} or
 * {@code xsd:gYear}.
 */
public record DateValue(Optional<Integer> year, Optional<Integer> month, Optional<Integer> day) {
    public DateValue {
        if (year.isEmpty() && month.isEmpty()) {
            throw new IllegalArgumentException("a date needs at least a year or a month");
        }
        if (day.isPresent() && month.isEmpty()) {
            throw new IllegalArgumentException("a day without a month: day=" + day.get());
        }
        if (month.isPresent() && (month.get() < 1 || month.get() > 12)) {
            throw new IllegalArgumentException("month=" + month.get() + " is not a month");
        }
        if (day.isPresent()) {
            try {
                if (year.isPresent()) {
                    LocalDate.of(year.get(), month.get(), day.get());
                } else {
                    MonthDay.of(month.get(), day.get());
                }
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("not a calendar date: " + year.map(String::valueOf).orElse("-")
                        + "-" + month.get() + "-" + day.get(), e);
            }
        }
    }

    public static DateValue of(LocalDate d) {
        return new DateValue(Optional.of(d.getYear()), Optional.of(d.getMonthValue()), Optional.of(d.getDayOfMonth()));
    }

    public static DateValue monthDay(int month, int day) {
        return new DateValue(Optional.empty(), Optional.of(month), Optional.of(day));
    }

    public static DateValue yearMonth(int year, int month) {
        return new DateValue(Optional.of(year), Optional.of(month), Optional.empty());
    }

    public boolean isComplete() {
        return year.isPresent() && day.isPresent();
    }

    /** The full date, when year, month and day are all known. */
    public Optional<LocalDate> toLocalDate() {
        return isComplete() ? Optional.of(LocalDate.of(year.get(), month.get(), day.get())) : Optional.empty();
    }

    /** The XML Schema lexical form: {@code 2023-11-05}, {@code 2023-11}, {@code --11-05} or {@code 2023}. */
    public String lexicalForm() {
        if (isComplete()) {
            return toLocalDate().orElseThrow().toString();
        }
        if (year.isPresent() && month.isPresent()) {
            return String.format("%04d-%02d", year.get(), month.get());
        }
        if (month.isPresent() && day.isPresent()) {
            return String.format("--%02d-%02d", month.get(), day.get());
        }
        if (year.isPresent()) {
            return String.format("%04d", year.get());
        }
        return String.format("--%02d", month.get());
    }

    /** The local name of the XML Schema datatype of {@link #lexicalForm()}: date, gYearMonth, gMonthDay, gYear, gMonth. */
    public String xsdType() {
        if (isComplete()) {
            return "date";
        }
        if (year.isPresent()) {
            return month.isPresent() ? "gYearMonth" : "gYear";
        }
        return day.isPresent() ? "gMonthDay" : "gMonth";
    }

    @Override
    public String toString() {
        return lexicalForm();
    }
}
