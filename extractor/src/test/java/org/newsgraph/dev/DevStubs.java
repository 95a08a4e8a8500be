package org.newsgraph.dev;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.*;
import java.util.regex.*;
import opennlp.tools.lemmatizer.*;
import opennlp.tools.postag.*;
import opennlp.tools.sentdetect.*;
import opennlp.tools.tokenize.*;
import org.newsgraph.date.*;
import org.newsgraph.mention.*;
import org.newsgraph.nlp.*;
import org.newsgraph.source.Article;
import org.newsgraph.text.*;

/** Throwaway stand-ins for stages being written elsewhere; dev runs only. */
public final class DevStubs {
    static InputStream r(String n) { return DevStubs.class.getResourceAsStream("/opennlp-en-ud-ewt-" + n + "-1.3-2.5.4.bin"); }

    public static TextCleaner cleaner() {
        Pattern furniture = Pattern.compile("(?i)^(advertisement|leave a (comment|reply)|related articles|share.*|subscribe.*|back to top|latest from.*|your email.*|enter your email.*|copyright.*|info_icon|\\d+ min read|.*no comments on.*|by [A-Z].*|\\(.*\\)|our standards.*)$");
        return text -> {
            List<Block> blocks = new ArrayList<>();
            int pos = 0; boolean first = true; boolean seenFurniture = false;
            for (String line : text.split("\n", -1)) {
                int b = pos, e = pos + line.length(); pos = e + 1;
                String t = line.strip();
                if (t.isEmpty()) continue;
                int lead = line.indexOf(t); Span sp = new Span(b + lead, b + lead + t.length());
                BlockKind k;
                if (furniture.matcher(t).matches() || seenFurniture) { k = BlockKind.BOILERPLATE; if (t.matches("(?i)leave a.*|related articles")) seenFurniture = true; }
                else if (t.matches(".*(Photo:|Image Credit|\\(Pool photo|Handout via).*")) k = BlockKind.CAPTION;
                else if (!t.matches(".*[.!?\"”’]$") && t.length() < 200) k = BlockKind.HEADLINE;
                else k = BlockKind.BODY;
                first = false;
                blocks.add(new Block(k, sp));
            }
            return new ArticleLayout(blocks, Optional.empty());
        };
    }

    public static Annotator annotator() {
        try {
            var sd = new ThreadSafeSentenceDetectorME(new SentenceModel(r("sentence")));
            var tk = new ThreadSafeTokenizerME(new TokenizerModel(r("tokens")));
            var pos = new ThreadSafePOSTaggerME(new POSModel(r("pos")));
            var lem = new ThreadSafeLemmatizerME(new LemmatizerModel(r("lemmas")));
            return (text, layout) -> {
                String norm = text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"').replace('\n', ' ').replace('\u00a0', ' ');
                List<Sentence> out = new ArrayList<>();
                for (Block b : layout.blocks()) {
                    if (b.kind() == BlockKind.BOILERPLATE || b.kind() == BlockKind.BYLINE) continue;
                    String para = norm.substring(b.span().begin(), b.span().end());
                    for (opennlp.tools.util.Span ss : sd.sentPosDetect(para)) {
                        int sb = b.span().begin() + ss.getStart();
                        String st = para.substring(ss.getStart(), ss.getEnd());
                        List<int[]> spans = new ArrayList<>();
                        for (opennlp.tools.util.Span ts : tk.tokenizePos(st)) spans.add(new int[]{sb + ts.getStart(), sb + ts.getEnd()});
                        // split possessive 's
                        List<int[]> sp2 = new ArrayList<>();
                        for (int[] x : spans) { String w = norm.substring(x[0], x[1]); if (w.length() > 2 && w.endsWith("'s")) { sp2.add(new int[]{x[0], x[1]-2}); sp2.add(new int[]{x[1]-2, x[1]}); } else sp2.add(x); }
                        // merge touching hyphen pieces
                        List<int[]> sp3 = new ArrayList<>();
                        for (int[] x : sp2) {
                            if (!sp3.isEmpty()) { int[] last = sp3.get(sp3.size()-1); String lw = norm.substring(last[0], last[1]); String w = norm.substring(x[0], x[1]);
                                if (last[1] == x[0] && (lw.endsWith("-") || w.startsWith("-") || w.equals("-"))) { last[1] = x[1]; continue; } }
                            sp3.add(x.clone());
                        }
                        String[] toks = sp3.stream().map(x -> norm.substring(x[0], x[1])).toArray(String[]::new);
                        String[] tags = pos.tag(toks);
                        String[] lems = lem.lemmatize(toks, tags);
                        List<Token> tokens = new ArrayList<>();
                        for (int i = 0; i < toks.length; i++) tokens.add(new Token(new Span(sp3.get(i)[0], sp3.get(i)[1]), text.substring(sp3.get(i)[0], sp3.get(i)[1]), tags[i], lems[i]));
                        out.add(new Sentence(out.size(), new Span(sb, sb + st.length()), b.kind(), tokens));
                    }
                }
                return out;
            };
        } catch (Exception e) { throw new RuntimeException(e); }
    }

    static final String[] MONTHS = {"january","february","march","april","may","june","july","august","september","october","november","december"};
    static int month(String w) { w = w.toLowerCase().replace(".", ""); for (int i = 0; i < 12; i++) if (MONTHS[i].equals(w) || (w.length() >= 3 && MONTHS[i].startsWith(w) && !w.equals("may") )) return i + 1; return w.equals("may") ? 5 : 0; }

    public static DateFinder dates() {
        Pattern md = Pattern.compile("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? (\\d{1,2})(?:, (\\d{4}))?\\b");
        Pattern dm = Pattern.compile("\\b(\\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?(?: (\\d{4}))?\\b");
        Pattern wd = Pattern.compile("\\b(?:on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
        return (article, layout, sentences) -> {
            String text = article.text();
            List<Object[]> raw = new ArrayList<>();
            for (Sentence s : sentences) {
                String st = s.span().of(text);
                for (Pattern p : List.of(md, dm)) { Matcher m = p.matcher(st); while (m.find()) {
                    int mo = p == md ? month(m.group(1)) : month(m.group(2)); int d = Integer.parseInt(p == md ? m.group(2) : m.group(1));
                    Integer y = m.group(3) == null ? null : Integer.parseInt(m.group(3));
                    if (mo > 0 && d >= 1 && d <= 31) raw.add(new Object[]{s, m.start(), m.end(), y, mo, d}); } }
            }
            LocalDate anchor = article.meta().published().orElse(null);
            Integer year = anchor != null ? Integer.valueOf(anchor.getYear()) : raw.stream().filter(x -> x[3] != null).map(x -> (Integer) x[3]).max(Integer::compare).orElse(null);
            if (anchor == null) anchor = raw.stream().filter(x -> x[3] != null).map(x -> LocalDate.of((Integer) x[3], (Integer) x[4], (Integer) x[5])).max(LocalDate::compareTo).orElse(null);
            List<DateMention> out = new ArrayList<>();
            for (Object[] x : raw) {
                Sentence s = (Sentence) x[0]; int b = s.span().begin() + (Integer) x[1], e = s.span().begin() + (Integer) x[2];
                Integer y = (Integer) x[3]; DateBasis basis = DateBasis.EXPLICIT;
                if (y == null) { y = year; basis = y == null ? DateBasis.PARTIAL : DateBasis.YEAR_FROM_CONTEXT; }
                try {
                    DateValue v = new DateValue(Optional.ofNullable(y), Optional.of((Integer) x[4]), Optional.of((Integer) x[5]));
                    out.add(new DateMention(new Span(b, e), s.index(), text.substring(b, e), v, basis));
                } catch (IllegalArgumentException ex) { }
            }
            if (anchor != null) for (Sentence s : sentences) { Matcher m = wd.matcher(s.span().of(text)); while (m.find()) {
                DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase()); LocalDate d = anchor; while (d.getDayOfWeek() != dow) d = d.minusDays(1);
                int b = s.span().begin() + m.start(), e = s.span().begin() + m.end();
                out.add(new DateMention(new Span(b, e), s.index(), text.substring(b, e), DateValue.of(d), DateBasis.RELATIVE_TO_PUBLISHED)); } }
            return out;
        };
    }

    record G(String key, EntityType type, String label, String... names) {}
    static final List<G> GAZ = List.of(
        new G("country/us", EntityType.COUNTRY, "United States", "US", "U.S.", "United States", "America", "Washington", "American", "USA"),
        new G("country/ps", EntityType.COUNTRY, "Palestine", "Palestine", "Palestinian", "Palestinian Authority"),
        new G("country/il", EntityType.COUNTRY, "Israel", "Israel", "Israeli"),
        new G("country/tr", EntityType.COUNTRY, "Turkey", "Turkey", "Turkish"),
        new G("country/jo", EntityType.COUNTRY, "Jordan", "Jordan", "Jordanian"),
        new G("country/iq", EntityType.COUNTRY, "Iraq", "Iraq", "Iraqi"),
        new G("country/qa", EntityType.COUNTRY, "Qatar", "Qatar", "Qatari"),
        new G("country/jp", EntityType.COUNTRY, "Japan", "Japan", "Japanese"),
        new G("country/kr", EntityType.COUNTRY, "South Korea", "South Korea", "South Korean"),
        new G("country/sa", EntityType.COUNTRY, "Saudi Arabia", "Saudi Arabia", "Saudi"),
        new G("country/ir", EntityType.COUNTRY, "Iran", "Iran", "Iranian"),
        new G("country/eg", EntityType.COUNTRY, "Egypt", "Egypt", "Egyptian"),
        new G("country/in", EntityType.COUNTRY, "India", "India", "Indian"),
        new G("country/cn", EntityType.COUNTRY, "China", "China", "Chinese"),
        new G("country/ru", EntityType.COUNTRY, "Russia", "Russia", "Russian"),
        new G("country/ke", EntityType.COUNTRY, "Kenya", "Kenya", "Kenyan"),
        new G("country/tz", EntityType.COUNTRY, "Tanzania", "Tanzania", "Tanzanian"),
        new G("country/sy", EntityType.COUNTRY, "Syria", "Syria", "Syrian"),
        new G("country/et", EntityType.COUNTRY, "Ethiopia", "Ethiopia", "Ethiopian"),
        new G("country/er", EntityType.COUNTRY, "Eritrea", "Eritrea", "Eritrean"),
        new G("country/de", EntityType.COUNTRY, "Germany", "Germany", "German"),
        new G("country/gr", EntityType.COUNTRY, "Greece", "Greece", "Greek"),
        new G("country/it", EntityType.COUNTRY, "Italy", "Italy", "Italian"),
        new G("country/pe", EntityType.COUNTRY, "Peru", "Peru", "Peruvian"),
        new G("country/mx", EntityType.COUNTRY, "Mexico", "Mexico", "Mexican"),
        new G("country/ca", EntityType.COUNTRY, "Canada", "Canada", "Canadian"),
        new G("country/ao", EntityType.COUNTRY, "Angola", "Angola", "Angolan"),
        new G("country/dk", EntityType.COUNTRY, "Denmark", "Denmark", "Danish"),
        new G("country/rs", EntityType.COUNTRY, "Serbia", "Serbia", "Serbian"),
        new G("country/ua", EntityType.COUNTRY, "Ukraine", "Ukraine", "Ukrainian"),
        new G("country/br", EntityType.COUNTRY, "Brazil", "Brazil", "Brazilian"),
        new G("country/ar", EntityType.COUNTRY, "Argentina", "Argentina", "Argentine"),
        new G("country/gt", EntityType.COUNTRY, "Guatemala", "Guatemala", "Guatemalan"),
        new G("country/lb", EntityType.COUNTRY, "Lebanon", "Lebanon"),
        new G("country/cy", EntityType.COUNTRY, "Cyprus", "Cyprus"),
        new G("country/ae", EntityType.COUNTRY, "United Arab Emirates", "United Arab Emirates", "UAE"),
        new G("city/ramallah", EntityType.CITY, "Ramallah", "Ramallah", "Rahmallah"),
        new G("city/ankara", EntityType.CITY, "Ankara", "Ankara"),
        new G("city/baghdad", EntityType.CITY, "Baghdad", "Baghdad"),
        new G("city/tel-aviv", EntityType.CITY, "Tel Aviv", "Tel Aviv"),
        new G("city/amman", EntityType.CITY, "Amman", "Amman"),
        new G("city/tokyo", EntityType.CITY, "Tokyo", "Tokyo"),
        new G("city/seoul", EntityType.CITY, "Seoul", "Seoul"),
        new G("city/moscow", EntityType.CITY, "Moscow", "Moscow"),
        new G("city/nairobi", EntityType.CITY, "Nairobi", "Nairobi"),
        new G("city/damascus", EntityType.CITY, "Damascus", "Damascus"),
        new G("city/jericho", EntityType.CITY, "Jericho", "Jericho"),
        new G("city/aqaba", EntityType.CITY, "Aqaba", "Aqaba"),
        new G("city/asmara", EntityType.CITY, "Asmara", "Asmara"),
        new G("city/brussels", EntityType.CITY, "Brussels", "Brussels"),
        new G("city/bonn", EntityType.CITY, "Bonn", "Bonn"),
        new G("city/lima", EntityType.CITY, "Lima", "Lima"),
        new G("city/merida", EntityType.CITY, "Merida", "Merida"),
        new G("city/florence", EntityType.CITY, "Florence", "Florence"),
        new G("city/beijing", EntityType.CITY, "Beijing", "Beijing"),
        new G("city/buenos-aires", EntityType.CITY, "Buenos Aires", "Buenos Aires"),
        new G("city/athens", EntityType.CITY, "Athens", "Athens"),
        new G("city/london", EntityType.CITY, "London", "London"),
        new G("region/west-bank", EntityType.REGION, "West Bank", "West Bank"),
        new G("region/gaza", EntityType.REGION, "Gaza Strip", "Gaza Strip", "Gaza"),
        new G("region/middle-east", EntityType.REGION, "Middle East", "Middle East"),
        new G("org/us-state-department", EntityType.ORGANIZATION, "US State Department", "US State Department", "U.S. State Department", "State Department"),
        new G("org/cia", EntityType.ORGANIZATION, "CIA", "CIA"),
        new G("org/unrwa", EntityType.ORGANIZATION, "UNRWA", "UNRWA", "United Nations Relief and Works Agency for Palestine Refugees in the Near East"),
        new G("org/un", EntityType.ORGANIZATION, "United Nations", "United Nations", "UN", "U.N."),
        new G("org/hamas", EntityType.ORGANIZATION, "Hamas", "Hamas"),
        new G("org/hezbollah", EntityType.ORGANIZATION, "Hezbollah", "Hezbollah"),
        new G("org/nato", EntityType.ORGANIZATION, "NATO", "NATO"),
        new G("org/plo", EntityType.ORGANIZATION, "Palestine Liberation Organization", "Palestine Liberation Organization", "PLO"),
        new G("org/kremlin", EntityType.ORGANIZATION, "Kremlin", "Kremlin"),
        new G("org/white-house", EntityType.ORGANIZATION, "White House", "White House"),
        new G("org/reuters", EntityType.ORGANIZATION, "Reuters", "Reuters"),
        new G("org/ap", EntityType.ORGANIZATION, "Associated Press", "Associated Press", "AP"),
        new G("org/cnn", EntityType.ORGANIZATION, "CNN", "CNN"),
        new G("org/xinhua", EntityType.ORGANIZATION, "Xinhua", "Xinhua"),
        new G("org/eu", EntityType.ORGANIZATION, "European Union", "European Union", "EU"),
        new G("org/ecb", EntityType.ORGANIZATION, "European Central Bank", "European Central Bank", "ECB"),
        new G("org/nyt", EntityType.ORGANIZATION, "New York Times", "New York Times"));

    public static EntityRecognizer entities() {
        PhraseTrie.Builder<G> b = PhraseTrie.builder();
        for (G g : GAZ) for (String n : g.names()) b.add(n, g);
        PhraseTrie<G> trie = b.build();
        Set<String> demonyms = Set.of("American", "Palestinian", "Israeli", "Turkish", "Jordanian", "Iraqi", "Qatari", "Japanese", "South Korean", "Saudi", "Iranian", "Egyptian", "Indian", "Chinese", "Russian", "Kenyan", "Tanzanian", "Syrian", "Ethiopian", "Eritrean", "German", "Greek", "Italian", "Peruvian", "Mexican", "Canadian", "Angolan", "Danish", "Serbian", "Ukrainian", "Brazilian", "Argentine", "Guatemalan");
        return (s, text) -> {
            List<EntityMention> out = new ArrayList<>();
            int i = 0; var toks = s.tokens();
            while (i < toks.size()) {
                var m = trie.longestAt(toks, i);
                if (m.isPresent() && Character.isUpperCase(toks.get(i).text().charAt(0))) {
                    G g = m.get().value(); Span sp = new Span(toks.get(i).span().begin(), toks.get(m.get().end() - 1).span().end());
                    boolean dem = demonyms.contains(sp.of(text));
                    out.add(new EntityMention(new EntityRef(g.type(), g.key(), g.label()), new Mention(g.type() == EntityType.ORGANIZATION ? MentionKind.ORGANIZATION : MentionKind.PLACE, sp, s.index(), sp.of(text), g.key()), i, m.get().end(), dem));
                    i = m.get().end();
                } else i++;
            }
            return out;
        };
    }
}
