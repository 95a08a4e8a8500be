package org.newsgraph.server.view;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * A date as the graph states it: a full day ({@code xsd:date}), a month ({@code xsd:gYearMonth}), a year
 * ({@code xsd:gYear}) or a day without a year ({@code xsd:gMonthDay}). {@link #first} and {@link #last} bound the days
 * it can mean (empty when the year is unknown). Immutable.
 */
public record DateValue(String lexical, Precision precision, LocalDate first, LocalDate last) implements Comparable<DateValue> {
    /** How much of a date is known. */
    public enum Precision { DAY, MONTH, YEAR, MONTH_DAY, UNPARSED }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** The date a literal states; an unknown datatype or a bad lexical form gives {@link Precision#UNPARSED}. */
    public static DateValue of(Node literal) {
        String lex = literal.getLiteralLexicalForm();
        String dt = literal.getLiteralDatatypeURI();
        try {
            if (XSDDatatype.XSDdate.getURI().equals(dt) || XSDDatatype.XSDdateTime.getURI().equals(dt)) {
                LocalDate d = LocalDate.parse(lex.length() >= 10 ? lex.substring(0, 10) : lex);
                return new DateValue(lex, Precision.DAY, d, d);
            }
            if (XSDDatatype.XSDgYearMonth.getURI().equals(dt)) {
                YearMonth ym = YearMonth.parse(lex.substring(0, 7));
                return new DateValue(lex, Precision.MONTH, ym.atDay(1), ym.atEndOfMonth());
            }
            if (XSDDatatype.XSDgYear.getURI().equals(dt)) {
                Year y = Year.parse(lex.substring(0, 4));
                return new DateValue(lex, Precision.YEAR, y.atDay(1), y.atMonth(12).atEndOfMonth());
            }
            if (XSDDatatype.XSDgMonthDay.getURI().equals(dt)) {
                MonthDay.parse(lex.substring(0, 7));
                return new DateValue(lex, Precision.MONTH_DAY, null, null);
            }
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            // falls through: shown as written
        }
        return new DateValue(lex, Precision.UNPARSED, null, null);
    }

    /** Whether the date can be placed on a time line (its year is known). */
    public boolean placed() {
        return first != null;
    }

    /** For people: {@code Sun 5 Nov 2023}, {@code Nov 2023}, {@code 2023}, {@code 5 Nov (year unknown)}. */
    public String display() {
        return switch (precision) {
            case DAY -> DAY.format(first);
            case MONTH -> MONTH.format(first);
            case YEAR -> String.valueOf(first.getYear());
            case MONTH_DAY -> MONTH_DAY.format(MonthDay.parse(lexical.substring(0, 7))) + " (year unknown)";
            case UNPARSED -> lexical;
        };
    }

    /** The ISO form for a {@code <time datetime>}: {@code 2023-11-05}, {@code 2023-11}, {@code 2023}, {@code 11-05}. */
    public String iso() {
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> lexical.substring(0, 7);
            case YEAR -> lexical.substring(0, 4);
            case MONTH_DAY -> lexical.substring(2, 7);
            case UNPARSED -> null;
        };
    }

    /** Placed dates in time order, then the others by their lexical form. */
    @Override
    public int compareTo(DateValue o) {
        if (placed() && o.placed()) {
            int c = first.compareTo(o.first);
            return c != 0 ? c : last.compareTo(o.last);
        }
        if (placed() != o.placed()) {
            return placed() ? -1 : 1;
        }
        return lexical.compareTo(o.lexical);
    }
}
