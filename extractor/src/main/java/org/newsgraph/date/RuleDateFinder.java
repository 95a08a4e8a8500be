package org.newsgraph.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Tense;
import org.newsgraph.nlp.TenseClassifier;
import org.newsgraph.source.Article;
import org.newsgraph.text.ArticleLayout;
import org.newsgraph.text.Dateline;
import org.newsgraph.text.Span;
import org.newsgraph.text.TextNormalizer;

/**
 * The standard {@link DateFinder}: finds the date expressions of the annotated sentences (headlines, body and
 * captions) with rules and word lists ({@code org/newsgraph/date/*.txt}), and resolves them. Immutable and
 * thread-safe; {@link #standard()} is the shared instance.
 *
 * <p>How values are resolved:
 * <ul>
 * <li>explicit dates ("Nov. 5, 2023", "5 November 2023", "2023-11-05", "5/23/2000" in US order, "21.08.2019" in
 *     European order), month-years ("March 2023") and years after a cue word ("in 1967") are taken as written
 *     ({@link DateBasis#EXPLICIT});</li>
 * <li>the <em>anchor</em> is the sidecar's published date; without one, the dateline's date when it has a year;
 *     else the latest explicit full date of the article, captions included. Boilerplate (a crawl date in a page
 *     header) is never annotated, so it is never an anchor;</li>
 * <li>a day and month ("November 5", "Nov. 5", "5 November", "November 7-8": the first day) get the year that puts
 *     them nearest the anchor, whatever the tense ({@link DateBasis#YEAR_FROM_CONTEXT}); with no anchor they stay
 *     a month-day ({@link DateBasis#PARTIAL});</li>
 * <li>a month alone ("in March") gets the year by tense: past, the latest such month up to the anchor's; future,
 *     the next from the anchor's; otherwise the nearest. "In May this year" takes the anchor's year;</li>
 * <li>"today", "yesterday", "last night", "tomorrow", "last month", "this year" count from the anchor, and so do
 *     weekdays: a future clause ("will", "is to", "due to", "expected to", "later on Friday", "next Friday") takes
 *     the next such day on or after the anchor, any other the latest on or before it (the anchor day itself when
 *     it is that weekday); "last Friday" is strictly before. ({@link DateBasis#RELATIVE_TO_PUBLISHED});</li>
 * <li>"the same day", "the next day", "a day earlier", "two days later" count from the date stated last before
 *     them ({@link DateBasis#RELATIVE_TO_TEXT});</li>
 * <li>unknown stays unknown: with no anchor, weekdays and "yesterday" give no mention at all, and "last week" or
 *     "next week" never give one, rather than a guessed day.</li>
 * </ul>
 *
 * <pre>{@code
 * ArticleLayout layout = RuleTextCleaner.standard().layout(article.text());
 * List<Sentence> sentences = OpenNlpAnnotator.shared().annotate(article.text(), layout);
 * for (DateMention d : RuleDateFinder.standard().find(article, layout, sentences)) {
 *     System.out.println(d.text() + " = " + d.value() + " (" + d.basis() + ")");   // "on Sunday" = 2023-11-05 ...
 * }
 * }</pre>
 */
public final class RuleDateFinder implements DateFinder {
    private final DateScanner scanner;
    private final TenseClassifier tenses;

    /** A finder with the word lists shipped in {@code org/newsgraph/date/} and the standard tense rules. */
    public RuleDateFinder() {
        scanner = new DateScanner(new DateLexicon());
        tenses = TenseClassifier.standard();
    }

    private static final class Holder {
        static final RuleDateFinder STANDARD = new RuleDateFinder();
    }

    /** The shared instance. */
    public static RuleDateFinder standard() {
        return Holder.STANDARD;
    }

    private record Found(Sentence sentence, DateScanner.Expression expression) {
    }

    @Override
    public List<DateMention> find(Article article, ArticleLayout layout, List<Sentence> sentences) {
        String text = article.text();
        String norm = TextNormalizer.normalize(text);
        List<Found> found = new ArrayList<>();
        for (Sentence s : sentences) {
            for (DateScanner.Expression e : scanner.scan(norm, s)) {
                found.add(new Found(s, e));
            }
        }
        Optional<LocalDate> anchor = anchor(article, layout, found);
        List<DateMention> out = new ArrayList<>();
        DateValue lastDay = null;
        for (Found f : found) {
            Resolved r = resolve(f, anchor.orElse(null), lastDay);
            if (r == null) {
                continue;
            }
            Span span = f.expression().span();
            out.add(new DateMention(span, f.sentence().index(), span.of(text), r.value(), r.basis()));
            if (r.value().day().isPresent()) {
                lastDay = r.value();
            }
        }
        return out;
    }

    /**
     * The date the article's relative dates count from: the sidecar's published date; else the dateline's date when
     * it has a year; else the latest explicit full date in the article.
     */
    private static Optional<LocalDate> anchor(Article article, ArticleLayout layout, List<Found> found) {
        if (article.meta().published().isPresent()) {
            return article.meta().published();
        }
        Optional<Span> datelineDate = layout.dateline().flatMap(Dateline::date);
        LocalDate latest = null;
        for (Found f : found) {
            DateScanner.Expression e = f.expression();
            if (e.kind() != DateScanner.Kind.FULL) {
                continue;
            }
            LocalDate d = LocalDate.of(e.year(), e.month(), e.day());
            if (datelineDate.isPresent() && datelineDate.get().overlaps(e.span())) {
                return Optional.of(d);
            }
            latest = latest == null || d.isAfter(latest) ? d : latest;
        }
        return Optional.ofNullable(latest);
    }

    private record Resolved(DateValue value, DateBasis basis) {
    }

    private Resolved resolve(Found f, LocalDate anchor, DateValue lastDay) {
        DateScanner.Expression e = f.expression();
        return switch (e.kind()) {
            case FULL -> new Resolved(DateValue.of(LocalDate.of(e.year(), e.month(), e.day())), DateBasis.EXPLICIT);
            case YEAR_MONTH -> new Resolved(DateValue.yearMonth(e.year(), e.month()), DateBasis.EXPLICIT);
            case YEAR -> new Resolved(new DateValue(Optional.of(e.year()), Optional.empty(), Optional.empty()),
                    DateBasis.EXPLICIT);
            case MONTH_DAY -> {
                LocalDate d = anchor == null ? null : nearest(anchor, e.month(), e.day());
                yield d == null ? new Resolved(DateValue.monthDay(e.month(), e.day()), DateBasis.PARTIAL)
                        : new Resolved(DateValue.of(d), DateBasis.YEAR_FROM_CONTEXT);
            }
            case MONTH -> anchor == null ? new Resolved(monthOnly(e.month()), DateBasis.PARTIAL)
                    : new Resolved(DateValue.yearMonth(monthYear(anchor, e.month(), e.modifier(), tense(f)),
                    e.month()), DateBasis.YEAR_FROM_CONTEXT);
            case MONTH_OF_RELATIVE_YEAR -> anchor == null ? new Resolved(monthOnly(e.month()), DateBasis.PARTIAL)
                    : new Resolved(DateValue.yearMonth(anchor.getYear() + e.offset(), e.month()),
                    DateBasis.RELATIVE_TO_PUBLISHED);
            case WEEKDAY -> anchor == null ? null
                    : new Resolved(DateValue.of(weekday(anchor, e.weekday(), e.modifier(), tense(f))),
                    DateBasis.RELATIVE_TO_PUBLISHED);
            case DAY_FROM_PUBLISHED -> anchor == null ? null
                    : new Resolved(DateValue.of(anchor.plusDays(e.offset())), DateBasis.RELATIVE_TO_PUBLISHED);
            case MONTH_FROM_PUBLISHED -> {
                if (anchor == null) {
                    yield null;
                }
                YearMonth ym = YearMonth.from(anchor).plusMonths(e.offset());
                yield new Resolved(DateValue.yearMonth(ym.getYear(), ym.getMonthValue()),
                        DateBasis.RELATIVE_TO_PUBLISHED);
            }
            case YEAR_FROM_PUBLISHED -> anchor == null ? null
                    : new Resolved(new DateValue(Optional.of(anchor.getYear() + e.offset()), Optional.empty(),
                    Optional.empty()), DateBasis.RELATIVE_TO_PUBLISHED);
            case DAY_FROM_TEXT -> lastDay == null ? null : new Resolved(plusDays(lastDay, e.offset()),
                    DateBasis.RELATIVE_TO_TEXT);
        };
    }

    private Tense tense(Found f) {
        int token = f.expression().token();
        return token < 0 ? tenses.of(f.sentence()) : tenses.at(f.sentence(), token);
    }

    /**
     * The date with this month and day nearest the anchor (in the anchor's year, the one before or after), or null
     * when none of the three years has that day (29 February).
     */
    static LocalDate nearest(LocalDate anchor, int month, int day) {
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            if (day > YearMonth.of(y, month).lengthOfMonth()) {
                continue;
            }
            LocalDate d = LocalDate.of(y, month, day);
            if (best == null || Math.abs(ChronoUnit.DAYS.between(anchor, d))
                    < Math.abs(ChronoUnit.DAYS.between(anchor, best))) {
                best = d;
            }
        }
        return best;
    }

    /**
     * The year of a month named alone: "last March" strictly before the anchor's month, "next March" strictly
     * after, "this March" in the anchor's year; else by tense: past up to the anchor's month, future from it,
     * otherwise the nearest.
     */
    static int monthYear(LocalDate anchor, int month, String modifier, Tense tense) {
        int ay = anchor.getYear();
        int am = anchor.getMonthValue();
        return switch (modifier) {
            case "last" -> month < am ? ay : ay - 1;
            case "next" -> month > am ? ay : ay + 1;
            case "this" -> ay;
            default -> switch (tense) {
                case PAST -> month <= am ? ay : ay - 1;
                case FUTURE -> month >= am ? ay : ay + 1;
                default -> Math.abs(month - am) <= 6 ? ay : month < am ? ay + 1 : ay - 1;
            };
        };
    }

    /**
     * The date of a weekday: "last Friday" strictly before the anchor, "next Friday" strictly after; "later on
     * Friday" or a future clause on or after the anchor; anything else on or before it.
     */
    static LocalDate weekday(LocalDate anchor, int weekday, String modifier, Tense tense) {
        int dow = anchor.getDayOfWeek().getValue();
        int back = (dow - weekday + 7) % 7;
        int ahead = (weekday - dow + 7) % 7;
        return switch (modifier) {
            case "last" -> anchor.minusDays(back == 0 ? 7 : back);
            case "next" -> anchor.plusDays(ahead == 0 ? 7 : ahead);
            case "later" -> anchor.plusDays(ahead);
            default -> tense == Tense.FUTURE ? anchor.plusDays(ahead) : anchor.minusDays(back);
        };
    }

    private static DateValue monthOnly(int month) {
        return new DateValue(Optional.empty(), Optional.of(month), Optional.empty());
    }

    /** {@code days} after a full date or a month-day (a month-day is counted in a leap year, so 28 Feb + 1 is 29 Feb). */
    private static DateValue plusDays(DateValue from, int days) {
        if (from.isComplete()) {
            return DateValue.of(from.toLocalDate().orElseThrow().plusDays(days));
        }
        LocalDate d = LocalDate.of(2000, from.month().orElseThrow(), from.day().orElseThrow()).plusDays(days);
        return DateValue.monthDay(d.getMonthValue(), d.getDayOfMonth());
    }
}
