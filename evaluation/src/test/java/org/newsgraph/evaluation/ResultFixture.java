package org.newsgraph.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of four result tables as a test builds them, written as CSV files the way a SPARQL endpoint might write
 * them (or, on purpose, in other ways score.py also reads: other line ends, every field quoted, {@code ?} before
 * the column names, a missing column, a missing file). Mutable; one per test case.
 */
final class ResultFixture {
    static final String BASE = "http://localhost:3030/id/";
    static final Map<String, List<String>> COLUMNS = Map.of(
            "persons", List.of("person", "name", "alias"),
            "positions", List.of("person", "name", "role", "organization"),
            "meetings", List.of("meeting", "status", "date", "place", "participant", "name"),
            "stances", List.of("holder", "name", "stance", "topic"));

    /** One table: its columns (in file order) and its rows (a row may hold values of columns not written). */
    static final class Table {
        final List<String> columns;
        final List<Map<String, String>> rows = new ArrayList<>();

        Table(List<String> columns) {
            this.columns = new ArrayList<>(columns);
        }

        Table copy() {
            Table t = new Table(columns);
            rows.forEach(r -> t.rows.add(new LinkedHashMap<>(r)));
            return t;
        }

        void add(String... keyValues) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < keyValues.length; i += 2) {
                row.put(keyValues[i], keyValues[i + 1]);
            }
            rows.add(row);
        }
    }

    final Map<String, Table> tables = new LinkedHashMap<>();
    final Set<String> missingFiles = new HashSet<>();
    String lineEnd = "\r\n";
    boolean quoteAll;
    String headerPrefix = "";
    boolean bom;

    ResultFixture() {
        for (String t : List.of("persons", "positions", "meetings", "stances")) {
            tables.put(t, new Table(COLUMNS.get(t)));
        }
    }

    ResultFixture copy() {
        ResultFixture f = new ResultFixture();
        tables.forEach((k, v) -> f.tables.put(k, v.copy()));
        f.missingFiles.addAll(missingFiles);
        f.lineEnd = lineEnd;
        f.quoteAll = quoteAll;
        f.headerPrefix = headerPrefix;
        f.bom = bom;
        return f;
    }

    Table t(String name) {
        return tables.get(name);
    }

    /** The result a perfect system would give: every gold fact once, planned and not-held meetings with their status. */
    static ResultFixture perfect(Gold gold) {
        ResultFixture f = new ResultFixture();
        Map<String, String> ids = new HashMap<>();
        int n = 0;
        for (Gold.Person p : gold.persons()) {
            String id = ids.get(p.name());
            if (id == null) {
                id = BASE + "person/p" + n++;
                ids.put(p.name(), id);
            }
            f.t("persons").add("person", id, "name", p.name(), "alias", "");
            for (String a : p.aliases()) {
                f.t("persons").add("person", id, "name", p.name(), "alias", a);
            }
        }
        for (Gold.Position gp : gold.positions()) {
            f.t("positions").add("person", personId(ids, gp.person()), "name", gp.person(), "role", gp.role(),
                    "organization", gp.of() == null ? "" : gp.of());
        }
        int m = 0;
        for (String status : List.of("occurred", "planned", "refused")) {
            List<Gold.Meeting> list = switch (status) {
                case "occurred" -> gold.meetings();
                case "planned" -> gold.plannedMeetings();
                default -> gold.nonMeetings();
            };
            for (Gold.Meeting gm : list) {
                String mid = BASE + "meeting/m" + m++;
                for (String who : gm.participants()) {
                    f.t("meetings").add("meeting", mid, "status", status, "date", gm.date() == null ? "" : gm.date(),
                            "place", gm.place() == null ? "" : gm.place(), "participant", personId(ids, who),
                            "name", who);
                }
            }
        }
        for (Gold.Stance s : gold.stances()) {
            f.t("stances").add("holder", personId(ids, s.holder()), "name", s.holder(), "stance", s.stance(),
                    "topic", s.topic());
        }
        return f;
    }

    private static String personId(Map<String, String> ids, String name) {
        return ids.getOrDefault(name, BASE + "person/" + IriSlug.of(name));
    }

    /** Writes the four files (those not marked missing) into a folder. */
    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, Table> e : tables.entrySet()) {
            if (!missingFiles.contains(e.getKey())) {
                Files.writeString(dir.resolve(e.getKey() + ".csv"), csv(e.getValue()), StandardCharsets.UTF_8);
            }
        }
    }

    String csv(Table t) {
        StringBuilder b = new StringBuilder();
        if (bom) {
            b.append('\uFEFF');
        }
        List<String> header = t.columns.stream().map(c -> headerPrefix + c).toList();
        line(b, header);
        for (Map<String, String> row : t.rows) {
            line(b, t.columns.stream().map(c -> row.getOrDefault(c, "")).toList());
        }
        return b.toString();
    }

    private void line(StringBuilder b, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String v = values.get(i);
            boolean quote = quoteAll || v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                    || v.indexOf('\r') >= 0;
            b.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        b.append(lineEnd);
    }

    /** Slugs for the IRIs of persons the gold names but does not list. */
    static final class IriSlug {
        private IriSlug() {
        }

        static String of(String s) {
            return s.replaceAll("[^A-Za-z0-9]+", "-");
        }
    }
}
