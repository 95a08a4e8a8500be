package org.newsgraph.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What score.py reports for one graph against one gold: precision, recall and F1 for persons, positions, meeting
 * pairs, meetings and stances, the meeting dates and places that are right, the non-meetings reported as held, and
 * what was missed. Immutable, thread-safe.
 *
 * <p>{@link #format()} gives score.py's default text and {@link #toJson()} the text of {@code score.py --json},
 * character for character. As in score.py, the lists of false positives are sorted and cut at 40 entries.
 * {@link #plannedReportedAsHeld()} and {@link #nonMeetingsReportedAsHeld()} are not part of score.py's output: they
 * are the uncut, sorted false-positive pairs that the gold lists as planned, or as not having happened.
 *
 * @param persons                   persons; system = matched nodes + unmatched nodes (a duplicate node counts)
 * @param personFragments           person nodes beyond the first for the same gold person
 * @param personFalsePositives      names of the unmatched person nodes
 * @param positions                 positions, matched by person, role and organisation
 * @param positionFalsePositives    {@code name / role / organization} of the unmatched system positions
 * @param meetingPairs              participant pairs of held meetings
 * @param meetingPairFalsePositives unmatched pairs, marked {@code (planned, reported as held)} or
 *                                  {@code (text says this did NOT happen)} when the gold says so
 * @param meetings                  meeting nodes matched to gold meeting instances (pair and date)
 * @param meetingFragments          meeting nodes beyond the first for the same gold instance
 * @param meetingDates              matched dated gold instances whose date a matching node carries
 * @param meetingPlaces             matched placed gold instances whose place a matching node carries
 * @param nonMeetingsReported       pairs reported as held that the gold says did not happen
 * @param stances                   stances, by holder, stance and topic word
 * @param stanceFalsePositives      {@code name stance topic} of the unmatched system stances
 * @param missed                    what the gold has and the graph does not
 */
public record Scores(Prf persons, int personFragments, List<String> personFalsePositives,
                     Prf positions, List<String> positionFalsePositives,
                     Prf meetingPairs, List<String> meetingPairFalsePositives,
                     Prf meetings, int meetingFragments,
                     Count meetingDates, Count meetingPlaces, List<String> nonMeetingsReported,
                     Prf stances, List<String> stanceFalsePositives,
                     Missed missed,
                     List<String> plannedReportedAsHeld, List<String> nonMeetingsReportedAsHeld) {
    public Scores {
        personFalsePositives = nullable(personFalsePositives);
        positionFalsePositives = nullable(positionFalsePositives);
        meetingPairFalsePositives = nullable(meetingPairFalsePositives);
        nonMeetingsReported = nullable(nonMeetingsReported);
        stanceFalsePositives = nullable(stanceFalsePositives);
        plannedReportedAsHeld = nullable(plannedReportedAsHeld);
        nonMeetingsReportedAsHeld = nullable(nonMeetingsReportedAsHeld);
    }

    /** An immutable copy that may hold {@code null} (Python's None, as score.py can report an unnamed node). */
    private static List<String> nullable(List<String> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * Precision, recall and F1, rounded to three decimals (half to even on the exact value, as Python's
     * {@code round}); F1 is computed from the unrounded precision and recall.
     */
    public record Prf(int tp, int system, int gold, double precision, double recall, double f1) {
        /** score.py's {@code prf(tp, n_sys, n_gold)}. */
        public static Prf of(int tp, int system, int gold) {
            double p = system != 0 ? (double) tp / system : 0.0;
            double r = gold != 0 ? (double) tp / gold : 0.0;
            double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
            return new Prf(tp, system, gold, PyText.round3(p), PyText.round3(r), PyText.round3(f));
        }
    }

    /** {@code correct} of {@code of}: the matched gold meeting instances with the right date, or place. */
    public record Count(int correct, int of) {
        /** The share, 0 when there is nothing to count. */
        public double ratio() {
            return of == 0 ? 0.0 : (double) correct / of;
        }
    }

    /** What the gold has and the graph does not, one line per missed fact, as score.py words them. */
    public record Missed(List<String> persons, List<String> positions, List<String> meetingPairs,
                         List<String> meetings, List<String> meetingDates, List<String> meetingPlaces,
                         List<String> stances) {
        public Missed {
            persons = List.copyOf(persons);
            positions = List.copyOf(positions);
            meetingPairs = List.copyOf(meetingPairs);
            meetings = List.copyOf(meetings);
            meetingDates = List.copyOf(meetingDates);
            meetingPlaces = List.copyOf(meetingPlaces);
            stances = List.copyOf(stances);
        }
    }

    /**
     * Meeting dates as a share of the matched meetings rather than of all gold meetings: the dated gold instances
     * that some meeting node matched, and how many of those carry the right date. (score.py's
     * {@link #meetingDates()} counts against every dated gold instance, matched or not.)
     */
    public Count matchedMeetingDates() {
        return new Count(meetingDates.correct(), meetingDates.correct() + missed.meetingDates().size());
    }

    /** Meeting places as a share of the matched meetings; see {@link #matchedMeetingDates()}. */
    public Count matchedMeetingPlaces() {
        return new Count(meetingPlaces.correct(), meetingPlaces.correct() + missed.meetingPlaces().size());
    }

    /** score.py's default output: one line per figure, then what was missed, then what was extra. */
    public String format() {
        return ScoreReport.text(this);
    }

    /** The text of {@code score.py --json}: {@code {"scores": ..., "missed": ...}}, indented by one space. */
    public String toJson() {
        return ScoreReport.json(this);
    }
}
