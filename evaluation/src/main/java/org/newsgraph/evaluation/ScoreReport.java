package org.newsgraph.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link Scores} as score.py prints them: the default text report, and {@code json.dumps(..., indent=1)}
 * with Python's defaults (ASCII only, {@code ", "} and {@code ": "} separators, floats as their shortest
 * {@code repr}). The key order is score.py's. Not API; stateless, thread-safe.
 */
final class ScoreReport {
    private ScoreReport() {
    }

    /** score.py's {@code out} dict, in its key order. */
    static Map<String, Object> out(Scores s) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> persons = prf(s.persons());
        persons.put("fragments", s.personFragments());
        persons.put("false_positives", s.personFalsePositives());
        out.put("persons", persons);
        Map<String, Object> positions = prf(s.positions());
        positions.put("false_positives", s.positionFalsePositives());
        out.put("positions", positions);
        Map<String, Object> pairs = prf(s.meetingPairs());
        pairs.put("false_positives", s.meetingPairFalsePositives());
        out.put("meeting_pairs", pairs);
        Map<String, Object> meetings = prf(s.meetings());
        meetings.put("fragments", s.meetingFragments());
        out.put("meetings", meetings);
        out.put("meeting_dates", count(s.meetingDates()));
        out.put("meeting_places", count(s.meetingPlaces()));
        out.put("non_meetings_reported", s.nonMeetingsReported());
        Map<String, Object> stances = prf(s.stances());
        stances.put("false_positives", s.stanceFalsePositives());
        out.put("stances", stances);
        return out;
    }

    /** score.py's {@code missed} dict, in its key order. */
    static Map<String, List<String>> missed(Scores s) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        Scores.Missed x = s.missed();
        m.put("persons", x.persons());
        m.put("positions", x.positions());
        m.put("meeting_pairs", x.meetingPairs());
        m.put("meetings", x.meetings());
        m.put("meeting_dates", x.meetingDates());
        m.put("meeting_places", x.meetingPlaces());
        m.put("stances", x.stances());
        return m;
    }

    private static Map<String, Object> prf(Scores.Prf p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tp", p.tp());
        m.put("system", p.system());
        m.put("gold", p.gold());
        m.put("precision", p.precision());
        m.put("recall", p.recall());
        m.put("f1", p.f1());
        return m;
    }

    private static Map<String, Object> count(Scores.Count c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("correct", c.correct());
        m.put("of", c.of());
        return m;
    }

    static String text(Scores s) {
        StringBuilder b = new StringBuilder();
        Map<String, Object> out = out(s);
        out.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m && m.containsKey("f1")) {
                b.append(pad15(k)).append(" P=").append(PyText.fixed2((Double) m.get("precision")))
                        .append(" R=").append(PyText.fixed2((Double) m.get("recall")))
                        .append(" F1=").append(PyText.fixed2((Double) m.get("f1")))
                        .append("  (").append(m.get("tp")).append(" of ").append(m.get("gold")).append(" gold, ")
                        .append(m.get("system")).append(" reported")
                        .append(m.containsKey("fragments") ? ", " + m.get("fragments") + " duplicate nodes)" : ")");
            } else if (v instanceof Map<?, ?> m) {
                b.append(pad15(k)).append(' ').append(m.get("correct")).append('/').append(m.get("of"));
            } else {
                b.append(pad15(k)).append(' ').append(PyText.repr(strings(v)));
            }
            b.append('\n');
        });
        missed(s).forEach((k, v) -> {
            if (!v.isEmpty()) {
                b.append("missed ").append(k).append(": ").append(join(v)).append('\n');
            }
        });
        out.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m && m.get("false_positives") instanceof List<?> fp && !fp.isEmpty()) {
                b.append("extra ").append(k).append(": ").append(join(strings(fp))).append('\n');
            }
        });
        return b.toString();
    }

    private static String pad15(String k) {
        return k.length() >= 15 ? k : k + " ".repeat(15 - k.length());
    }

    private static String join(List<String> items) {
        List<String> shown = new ArrayList<>();
        for (String i : items) {
            shown.add(PyText.str(i));
        }
        return String.join("; ", shown);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    static String json(Scores s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scores", out(s));
        root.put("missed", missed(s));
        StringBuilder b = new StringBuilder();
        write(b, root, 0);
        return b.append('\n').toString();
    }

    private static void write(StringBuilder b, Object v, int level) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String str) {
            quote(b, str);
        } else if (v instanceof Integer i) {
            b.append(i);
        } else if (v instanceof Double d) {
            b.append(PyText.repr(d));
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append("{\n");
            int n = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (n++ > 0) {
                    b.append(",\n");
                }
                b.append(" ".repeat(level + 1));
                quote(b, (String) e.getKey());
                b.append(": ");
                write(b, e.getValue(), level + 1);
            }
            b.append('\n').append(" ".repeat(level)).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                b.append("[]");
                return;
            }
            b.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(",\n");
                }
                b.append(" ".repeat(level + 1));
                write(b, l.get(i), level + 1);
            }
            b.append('\n').append(" ".repeat(level)).append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass());
        }
    }

    /** A JSON string as Python's json module writes it with {@code ensure_ascii=True}. */
    private static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < ' ' || c > '~') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
