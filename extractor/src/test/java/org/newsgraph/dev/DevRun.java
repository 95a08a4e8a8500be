package org.newsgraph.dev;

import java.io.*;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.regex.*;
import org.newsgraph.extract.*;
import org.newsgraph.fact.*;
import org.newsgraph.mention.*;
import org.newsgraph.source.*;

/** Dev harness: extracts a folder, prints facts, writes score.py CSVs with a crude cross-article merge. */
public final class DevRun {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]); Path out = Path.of(args[1]); boolean verbose = args.length > 2;
        Files.createDirectories(out);
        PipelineExtractor px = PipelineExtractor.standard();
        List<Extraction> all = new ArrayList<>();
        List<Path> files; try (var st = Files.list(dir)) { files = st.filter(p -> p.toString().endsWith(".txt")).sorted().toList(); }
        for (Path f : files) {
            String text = Files.readString(f);
            Path meta = Path.of(f.toString().replace(".txt", ".meta.json"));
            Optional<LocalDate> pub = Optional.empty();
            if (Files.exists(meta)) { Matcher m = Pattern.compile("\"published\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})").matcher(Files.readString(meta)); if (m.find()) pub = Optional.of(LocalDate.parse(m.group(1))); }
            String id = f.getFileName().toString().replace(".txt", "");
            Article a = new Article(id, f.getFileName().toString(), text, new ArticleMeta(pub, Optional.empty(), Optional.empty(), Optional.empty()), "x");
            Extraction e = px.extract(a);
            all.add(e);
            if (verbose) {
                System.out.println("=== " + id);
                for (PersonEntity p : e.persons()) System.out.println("  P " + p.localId() + " " + p.name() + " " + p.aliases());
                for (Fact fct : e.facts()) System.out.println("  " + describe(e, fct));
                if (System.getenv("SENT") != null) for (int i = 0; i < e.sentences().size(); i++) { String st = e.sentences().get(i).of(text); if (st.contains(System.getenv("SENT"))) System.out.println("  SENT[" + i + "] " + st.replace('\n', ' ')); }
            }
        }
        // crude cross-article person merge
        List<List<String>> globalNames = new ArrayList<>();
        Map<String, Integer> gid = new HashMap<>();
        for (Extraction e : all) for (PersonEntity p : e.persons()) {
            List<String> w = List.of(p.name().split(" "));
            int found = -1;
            for (int i = 0; i < globalNames.size(); i++) {
                List<String> g = globalNames.get(i);
                if (w.size() > 1 && g.size() > 1 ? PersonNames.sameFullName(g, w) || (last(g).equalsIgnoreCase(last(w)) && g.get(0).charAt(0) == w.get(0).charAt(0))
                        : PersonNames.singleWordMatch(w.size() == 1 ? w.get(0) : last(w), g) == 2 || PersonNames.singleWordMatch(g.size() == 1 ? g.get(0) : last(g), w) == 2) { found = i; break; }
            }
            if (found < 0) { globalNames.add(w); found = globalNames.size() - 1; }
            else if (w.size() > globalNames.get(found).size()) globalNames.set(found, w);
            gid.put(e.article().id() + "/" + p.localId(), found);
        }
        try (PrintWriter pw = new PrintWriter(out.resolve("persons.csv").toFile())) {
            pw.println("person,name,alias");
            Map<Integer, Set<String>> aliases = new TreeMap<>();
            for (Extraction e : all) for (PersonEntity p : e.persons()) { int g = gid.get(e.article().id() + "/" + p.localId()); aliases.computeIfAbsent(g, k -> new TreeSet<>()).add(p.name()); aliases.get(g).addAll(p.aliases()); }
            for (var en : aliases.entrySet()) for (String al : en.getValue()) pw.println("p" + en.getKey() + "," + q(String.join(" ", globalNames.get(en.getKey()))) + "," + q(al));
        }
        try (PrintWriter pw = new PrintWriter(out.resolve("positions.csv").toFile())) {
            pw.println("person,name,role,organization");
            Set<String> seen = new HashSet<>();
            for (Extraction e : all) for (Fact f : e.facts()) if (f instanceof PositionFact p) {
                int g = gid.get(e.article().id() + "/" + p.person());
                String row = "p" + g + "," + q(String.join(" ", globalNames.get(g))) + "," + q(p.role()) + "," + q(p.of().map(EntityRef::label).orElse(""));
                if (seen.add(row)) pw.println(row);
            }
        }
        try (PrintWriter pw = new PrintWriter(out.resolve("meetings.csv").toFile())) {
            pw.println("meeting,status,date,place,participant,name");
            Map<String, String[]> meetings = new LinkedHashMap<>();
            for (Extraction e : all) for (Fact f : e.facts()) if (f instanceof MeetingFact m) {
                TreeSet<Integer> ps = new TreeSet<>(); for (String p : m.participants()) ps.add(gid.get(e.article().id() + "/" + p));
                String date = m.date().map(d -> d.value().lexicalForm()).orElse("");
                String key = ps + "|" + m.status() + "|" + date;
                meetings.putIfAbsent(key, new String[]{m.status().notation(), date, m.place().map(EntityRef::label).orElse(""), ps.toString()});
                String[] cur = meetings.get(key); if (cur[2].isEmpty()) cur[2] = m.place().map(EntityRef::label).orElse("");
            }
            int n = 0;
            for (var en : meetings.entrySet()) { n++; String[] v = en.getValue();
                for (String p : v[3].replaceAll("[\\[\\] ]", "").split(",")) { int g = Integer.parseInt(p); pw.println("m" + n + "," + v[0] + "," + v[1] + "," + q(v[2]) + ",p" + g + "," + q(String.join(" ", globalNames.get(g)))); } }
        }
        try (PrintWriter pw = new PrintWriter(out.resolve("stances.csv").toFile())) {
            pw.println("holder,name,stance,topic");
            Set<String> seen = new HashSet<>();
            for (Extraction e : all) for (Fact f : e.facts()) if (f instanceof StanceFact s) {
                int g = gid.get(e.article().id() + "/" + s.holder());
                String row = "p" + g + "," + q(String.join(" ", globalNames.get(g))) + "," + s.polarity().notation() + "," + q(s.topic());
                if (seen.add(row)) pw.println(row);
            }
        }
    }
    static String last(List<String> w) { return w.get(w.size() - 1); }
    static String q(String s) { return "\"" + s.replace("\"", "\"\"") + "\""; }
    static String describe(Extraction e, Fact f) {
        java.util.function.Function<String, String> n = id -> e.persons().stream().filter(p -> p.localId().equals(id)).map(PersonEntity::name).findFirst().orElse(id);
        return switch (f) {
            case PositionFact p -> "POS " + n.apply(p.person()) + " | " + p.role() + " | " + p.of().map(EntityRef::label).orElse("-") + (p.former() ? " (former)" : "");
            case MeetingFact m -> "MEET " + m.status() + " " + m.participants().stream().map(n).toList() + " " + m.date().map(d -> d.value().lexicalForm()).orElse("-") + " " + m.place().map(EntityRef::label).orElse("-") + " " + m.kind() + " trig=" + m.evidence().mentions().stream().filter(x -> x.kind() == MentionKind.TRIGGER).map(Mention::text).toList() + "  <" + e.article().text().substring(e.sentences().get(m.evidence().sentence()).begin(), Math.min(e.sentences().get(m.evidence().sentence()).end(), e.sentences().get(m.evidence().sentence()).begin() + 90)).replace('\n', ' ') + ">";
            case StanceFact s -> "STANCE " + n.apply(s.holder()) + " " + s.polarity() + " " + s.topic() + " trig=" + s.evidence().mentions().get(0).text();
        };
    }
}
