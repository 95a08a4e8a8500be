package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.date.DateBasis;
import org.newsgraph.extract.Extraction;
import org.newsgraph.fact.Polarity;
import org.newsgraph.mention.EntityRef;

/**
 * The mapper on a synthetic corpus: articles of persons from a shared pool, each with offices, meetings on a few
 * dates (so many reports are of the same meeting) and stances. 300 articles by default; set
 * {@code -Dnewsgraph.scale.articles=2000} for the size the brief names (about 50,000 facts).
 */
class MapperScaleTest {
    private static final String[] FIRST = {"Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hiro",
            "Ingrid", "Jamal", "Karin", "Luis", "Maria", "Nikos", "Olga", "Pedro", "Quentin", "Rosa", "Samir",
            "Tanya", "Umar", "Vera", "Walter", "Ximena", "Yusuf", "Zora", "Ahmed", "Bianca", "Cyril", "Dina"};
    private static final String[] LAST = {"Andersen", "Barakat", "Castillo", "Dimitrov", "Eriksen", "Fontaine",
            "Gallagher", "Haddad", "Ivanova", "Jovanovic", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor",
            "Petrov", "Quiroga", "Rahimi", "Silva", "Tanaka", "Umarov", "Varga", "Weber", "Xu", "Yilmaz",
            "Zapata", "Abadi", "Brennan", "Chowdhury", "Dvorak", "Esposito", "Fischer", "Gutierrez", "Horvat",
            "Ibrahim", "Jensen", "Kaya", "Laurent", "Mensah", "Novak"};
    private static final String[] ROLES = {"Foreign Minister", "Prime Minister", "President", "Defence Minister",
            "Finance Minister"};
    private static final String[] TOPICS = {"ceasefire", "sanctions", "trade deal", "climate accord", "aid"};

    private record Person(String name, String role, EntityRef country) {
    }

    static List<Extraction> corpus(int articles) {
        Random random = new Random(2024);
        List<EntityRef> countries = new ArrayList<>();
        List<EntityRef> cities = new ArrayList<>();
        for (int c = 0; c < 60; c++) {
            countries.add(ExtractionBuilder.country("country/c" + c, "Country" + c));
            cities.add(ExtractionBuilder.city("city/town" + c, "Town" + c));
        }
        List<Person> pool = new ArrayList<>();
        for (String f : FIRST) {
            for (String l : LAST) {
                pool.add(new Person(f + " " + l, ROLES[random.nextInt(ROLES.length)],
                        countries.get(random.nextInt(countries.size()))));
            }
        }
        LocalDate start = LocalDate.of(2023, 1, 1);
        List<Extraction> out = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            ExtractionBuilder b = ExtractionBuilder.article(String.format("syn-%05d", a))
                    .published(start.plusDays(a % 365).toString()).outlet("Outlet " + (a % 40));
            Set<Person> cast = new LinkedHashSet<>();
            // a story is about a cluster of the pool, so articles overlap in their persons
            int base = random.nextInt(pool.size() - 40);
            while (cast.size() < 8) {
                cast.add(pool.get(base + random.nextInt(40)));
            }
            List<Person> people = new ArrayList<>(cast);
            int s = 0;
            for (Person p : people) {
                b.sentence(p.country().label() + " " + p.role() + " " + p.name() + " spoke.");
                s++;
            }
            List<int[]> meetings = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                int x = random.nextInt(people.size());
                int y = (x + 1 + random.nextInt(people.size() - 1)) % people.size();
                int day = random.nextInt(20);
                int city = (base + x + y) % cities.size();
                b.sentence(people.get(x).name() + " met " + people.get(y).name() + " in " + cities.get(city).label()
                        + " on DAY" + day + ".");
                meetings.add(new int[] {s++, x, y, day, city});
            }
            List<int[]> stances = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int x = random.nextInt(people.size());
                int topic = random.nextInt(TOPICS.length);
                b.sentence(people.get(x).name() + " opposes " + TOPICS[topic] + ".");
                stances.add(new int[] {s++, x, topic});
            }
            List<String> ids = new ArrayList<>();
            for (Person p : people) {
                ids.add(b.person(p.name()));
            }
            for (int i = 0; i < people.size(); i++) {
                b.position(i, ids.get(i), people.get(i).role(), people.get(i).country());
            }
            for (int[] m : meetings) {
                LocalDate date = start.plusDays((base / 40) * 20L + m[3]);
                b.meeting(m[0], "met", ids.get(m[1]), ids.get(m[2]))
                        .on("DAY" + m[3], date.toString(), DateBasis.EXPLICIT).at(cities.get(m[4]));
            }
            for (int[] t : stances) {
                b.stance(t[0], ids.get(t[1]), Polarity.OPPOSES, TOPICS[t[2]], "opposes", TOPICS[t[2]]);
            }
            out.add(b.build());
        }
        return out;
    }

    @Test
    void mapsALargeCorpusInSeconds() {
        int articles = Integer.getInteger("newsgraph.scale.articles", 300);
        List<Extraction> corpus = corpus(articles);
        int facts = corpus.stream().mapToInt(x -> x.facts().size()).sum();
        RdfGraphMapper mapper = TestCorpus.mapper();
        mapper.map(corpus.subList(0, Math.min(50, articles)));  // warm up
        long start = System.nanoTime();
        CorpusGraphs graphs = mapper.map(corpus);
        long ms = (System.nanoTime() - start) / 1_000_000;
        long triples = graphs.resolution().size()
                + graphs.articleGraphs().values().stream().mapToLong(g -> g.size()).sum();
        System.out.printf("mapped %d articles, %d facts, %d triples in %d ms%n", articles, facts, triples, ms);
        assertEquals(articles, graphs.articleGraphs().size());
        assertTrue(ms < Math.max(5_000, articles * 5L), "mapping took " + ms + " ms");
    }
}
