package org.newsgraph.resolve;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsgraph.date.DateBasis;
import org.newsgraph.date.DateMention;
import org.newsgraph.date.DateValue;
import org.newsgraph.fact.MeetingFact;

/**
 * Completes the dates of articles that never give a year. An article that says only "on November 5" (no year
 * anywhere, no sidecar) reports the same meeting as other articles that do give one; such an article takes the
 * year those articles give for the same persons on the same month and day, and then all its month-day meeting
 * dates are read in that year. Only a clear vote counts: when the articles disagree on the year, nothing is
 * completed. Stateless.
 *
 * <pre>{@code
 * 000: "Blinken met Abbas on November 5 ... meets Fidan on November 6"     (no year anywhere)
 * 004: "Blinken ... met Abbas ... on Sunday" (Sunday = 2023-11-05)
 * => 000 is read in 2023: 2023-11-05 and 2023-11-06
 * }</pre>
 */
final class ArticleYears {
    private ArticleYears() {
    }

    static List<MeetingResolver.Input> complete(List<MeetingResolver.Input> inputs,
                                                Map<String, Optional<LocalDate>> referenceDates) {
        Map<String, TreeMap<Integer, Integer>> votes = new HashMap<>();
        for (MeetingResolver.Input in : inputs) {
            String article = in.report().articleId();
            if (referenceDates.getOrDefault(article, Optional.empty()).isPresent() || !monthDay(in)) {
                continue;
            }
            DateValue d = in.date().orElseThrow();
            for (MeetingResolver.Input other : inputs) {
                if (other.report().articleId().equals(article) || other.fullDate().isEmpty()) {
                    continue;
                }
                LocalDate full = other.fullDate().get();
                boolean sameDay = full.getMonthValue() == d.month().get() && full.getDayOfMonth() == d.day().get();
                boolean sharesPair = other.pairs().stream().anyMatch(in.pairs()::contains);
                if (sameDay && sharesPair) {
                    votes.computeIfAbsent(article, k -> new TreeMap<>()).merge(full.getYear(), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> years = new HashMap<>();
        votes.forEach((article, byYear) -> {
            if (byYear.size() == 1) {
                years.put(article, byYear.firstKey());
            }
        });
        if (years.isEmpty()) {
            return inputs;
        }
        List<MeetingResolver.Input> out = new ArrayList<>(inputs.size());
        for (MeetingResolver.Input in : inputs) {
            Integer year = years.get(in.report().articleId());
            out.add(year != null && monthDay(in) ? withYear(in, year) : in);
        }
        return out;
    }

    private static boolean monthDay(MeetingResolver.Input in) {
        return in.date().filter(d -> d.year().isEmpty() && d.month().isPresent() && d.day().isPresent()).isPresent();
    }

    private static MeetingResolver.Input withYear(MeetingResolver.Input in, int year) {
        MeetingFact f = in.report().fact();
        DateMention d = f.date().orElseThrow();
        DateValue full;
        try {
            full = DateValue.of(LocalDate.of(year, d.value().month().get(), d.value().day().get()));
        } catch (DateTimeException e) {
            return in;   // 29 February in a common year: leave it partial
        }
        DateMention completed = new DateMention(d.span(), d.sentence(), d.text(), full, DateBasis.YEAR_FROM_CONTEXT);
        MeetingFact fact = new MeetingFact(f.participants(), f.status(), f.kind(), Optional.of(completed), f.place(),
                f.evidence());
        Report<MeetingFact> r = in.report();
        return new MeetingResolver.Input(new Report<>(r.articleId(), r.factIndex(), fact, r.observedOn(), r.source(),
                r.confidence()), in.participants());
    }
}
