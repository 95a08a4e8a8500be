package org.newsgraph.resolve;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.fact.Fact;
import org.newsgraph.fact.MeetingFact;
import org.newsgraph.fact.PositionFact;
import org.newsgraph.fact.StanceFact;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionKind;

/**
 * Confidence of claims and facts, as the ontology's {@code ng:confidence} documents it. A claim's confidence
 * {@code e} is 0.5, plus 0.2 when its evidence holds the words that state it (a trigger for a meeting or stance, a
 * title for a position), plus 0.1 when every person of the fact is named in the evidence, plus 0.1 when the fact
 * is complete (a meeting with a date, a position with its country or body, a stance with its topic words). A
 * fact's confidence is the noisy-or over its independent sources, {@code 1 - PRODUCT(1 - e_o)}, {@code e_o} the
 * best claim of source {@code o}, capped at 0.999 and rounded to three decimals. Stateless.
 */
public final class Confidence {
    private static final BigDecimal BASE = new BigDecimal("0.5");
    private static final BigDecimal STATED = new BigDecimal("0.2");
    private static final BigDecimal BONUS = new BigDecimal("0.1");
    private static final BigDecimal CAP = new BigDecimal("0.999");

    private Confidence() {
    }

    /** The confidence of one claim, from how it was extracted. */
    public static BigDecimal ofClaim(Fact fact) {
        List<Mention> evidence = fact.evidence().mentions();
        BigDecimal e = BASE;
        switch (fact) {
            case PositionFact p -> {
                e = e.add(has(evidence, MentionKind.TITLE) ? STATED : BigDecimal.ZERO);
                e = e.add(names(evidence, List.of(p.person())) ? BONUS : BigDecimal.ZERO);
                e = e.add(p.of().isPresent() ? BONUS : BigDecimal.ZERO);
            }
            case MeetingFact m -> {
                e = e.add(has(evidence, MentionKind.TRIGGER) ? STATED : BigDecimal.ZERO);
                e = e.add(names(evidence, m.participants()) ? BONUS : BigDecimal.ZERO);
                e = e.add(m.date().isPresent() ? BONUS : BigDecimal.ZERO);
            }
            case StanceFact s -> {
                e = e.add(has(evidence, MentionKind.TRIGGER) ? STATED : BigDecimal.ZERO);
                e = e.add(names(evidence, List.of(s.holder())) ? BONUS : BigDecimal.ZERO);
                e = e.add(has(evidence, MentionKind.TOPIC) ? BONUS : BigDecimal.ZERO);
            }
        }
        return e;
    }

    /** The support of a fact from its reports: article and outlet counts, and the noisy-or confidence. */
    public static Support ofFact(Collection<? extends Report<?>> reports) {
        Map<String, BigDecimal> bestBySource = new HashMap<>();
        for (Report<?> r : reports) {
            bestBySource.merge(r.source(), r.confidence(), BigDecimal::max);
        }
        BigDecimal doubt = BigDecimal.ONE;
        for (BigDecimal e : bestBySource.values()) {
            doubt = doubt.multiply(BigDecimal.ONE.subtract(e));
        }
        BigDecimal c = BigDecimal.ONE.subtract(doubt).min(CAP).setScale(3, RoundingMode.HALF_UP);
        int articles = (int) reports.stream().map(Report::articleId).distinct().count();
        return new Support(articles, bestBySource.size(), c);
    }

    private static boolean has(List<Mention> evidence, MentionKind kind) {
        return evidence.stream().anyMatch(m -> m.kind() == kind);
    }

    private static boolean names(List<Mention> evidence, List<String> persons) {
        return persons.stream().allMatch(p -> evidence.stream()
                .anyMatch(m -> m.kind() == MentionKind.PERSON && m.ref().equals(p)));
    }
}
