package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.date.DateBasis;
import org.newsgraph.extract.Extraction;
import org.newsgraph.fact.MeetingStatus;
import org.newsgraph.fact.Polarity;
import org.newsgraph.resolve.PersonName;
import org.newsgraph.resolve.PlaceLookup;
import org.newsgraph.vocab.NG;

/**
 * Resolution on real names: the development set's per-article gold ({@code ../shared/eval/dev/gold}) turned into
 * perfect extractions (each person under the fullest form its article uses, titles and all, as a careless extractor
 * might give it), mapped as one corpus. One node per real person, and the three meetings that two articles each
 * report (clusters A, B and C of the dev README) one node each. Skipped, saying so, where no {@code shared/} folder
 * lies beside the project or one of its parents (a user's clone).
 */
class DevGoldRoundTripTest {
    private static final String B = IriScheme.DEFAULT_BASE;
    private static Path gold;
    private static int goldPersons;
    private static Graph graph;

    @BeforeAll
    static void map() throws IOException {
        gold = null;
        for (Path p = CannedQueriesTest.home(); p != null && gold == null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared/eval/dev/gold");
            gold = Files.isDirectory(candidate) ? candidate : null;
        }
        if (gold == null) {
            System.out.println("DevGoldRoundTripTest skipped: no shared/eval/dev/gold beside the project or above it");
        }
        Assumptions.assumeTrue(gold != null, "the development set (../shared/eval/dev) is not here");
        List<Extraction> corpus = new ArrayList<>();
        Set<String> names = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode g = json.readTree(f.toFile());
                g.get("persons").forEach(p -> names.add(p.get("name").asText()));
                corpus.add(extraction(f.getFileName().toString().replace(".json", ""), g));
            }
        }
        goldPersons = names.size();
        graph = GraphTesting.union(new RdfGraphMapper(new IriScheme(B), PlaceLookup.none()).map(corpus));
    }

    /** The fullest form an article uses: its longest alias that starts with a capital. */
    private static String fullestForm(JsonNode person) {
        String best = person.get("name").asText();
        for (JsonNode a : person.get("aliases")) {
            String s = a.asText().replaceAll("\\s+", " ").strip();
            if (!s.isEmpty() && Character.isUpperCase(s.charAt(0)) && s.length() > best.length()) {
                best = s;
            }
        }
        return best;
    }

    private static Extraction extraction(String id, JsonNode g) {
        ExtractionBuilder b = ExtractionBuilder.article(id);
        if (g.hasNonNull("published")) {
            b.published(g.get("published").asText());
        }
        Map<String, String> form = new LinkedHashMap<>();
        g.get("persons").forEach(p -> form.put(p.get("name").asText(), fullestForm(p)));
        record Stated(int sentence, JsonNode fact, String kind) {
        }
        List<Stated> stated = new ArrayList<>();
        for (JsonNode p : g.get("positions")) {
            String of = p.hasNonNull("of") ? p.get("of").asText() + " " : "";
            b.sentence(of + p.get("role").asText() + " " + form.get(p.get("person").asText()) + " spoke.");
            stated.add(new Stated(stated.size(), p, "position"));
        }
        for (String kind : List.of("meetings", "planned_meetings", "non_meetings")) {
            for (JsonNode m : g.path(kind)) {
                List<String> who = new ArrayList<>();
                m.get("participants").forEach(p -> who.add(form.get(p.asText())));
                b.sentence(String.join(" and ", who) + " met"
                        + (m.hasNonNull("place") ? " in " + m.get("place").asText() : "")
                        + (m.hasNonNull("date") ? " on D" + m.get("date").asText() : "") + ".");
                stated.add(new Stated(stated.size(), m, kind));
            }
        }
        for (JsonNode s : g.path("stances")) {
            b.sentence(form.get(s.get("holder").asText()) + " " + s.get("stance").asText() + " "
                    + s.get("topic").asText() + ".");
            stated.add(new Stated(stated.size(), s, "stance"));
        }
        Map<String, String> local = new HashMap<>();
        form.forEach((name, written) -> local.put(name, b.person(written)));
        for (Stated st : stated) {
            JsonNode n = st.fact();
            switch (st.kind()) {
                case "position" -> b.position(st.sentence(), local.get(n.get("person").asText()),
                        n.get("role").asText(), n.hasNonNull("of") ? ExtractionBuilder.country(
                                "country/" + IriScheme.slug(n.get("of").asText()), n.get("of").asText()) : null);
                case "stance" -> b.stance(st.sentence(), local.get(n.get("holder").asText()),
                        n.get("stance").asText().equals("supports") ? Polarity.SUPPORTS : Polarity.OPPOSES,
                        n.get("topic").asText(), n.get("stance").asText(), n.get("topic").asText());
                default -> {
                    List<String> who = new ArrayList<>();
                    n.get("participants").forEach(p -> who.add(local.get(p.asText())));
                    var m = b.meeting(st.sentence(), "met", who.toArray(String[]::new))
                            .status(switch (st.kind()) {
                                case "meetings" -> MeetingStatus.OCCURRED;
                                case "planned_meetings" -> MeetingStatus.PLANNED;
                                default -> MeetingStatus.REFUSED;
                            });
                    if (n.hasNonNull("date")) {
                        m.on("D" + n.get("date").asText(), n.get("date").asText(), DateBasis.EXPLICIT);
                    }
                    if (n.hasNonNull("place")) {
                        m.at(ExtractionBuilder.city("city/" + IriScheme.slug(n.get("place").asText()),
                                n.get("place").asText()));
                    }
                }
            }
        }
        return b.build();
    }

    @Test
    void onePersonNodePerRealPerson() {
        Set<Node> persons = graph.find(Node.ANY, RDF.type.asNode(), NG.Person.asNode()).mapWith(Triple::getSubject)
                .toSet();
        Set<String> canonical = new HashSet<>();
        for (Node p : persons) {
            graph.find(p, SchemaDO.name.asNode(), Node.ANY)
                    .forEach(t -> canonical.add(PersonName.parse(t.getObject().getLiteralLexicalForm()).exactKey()));
        }
        assertEquals(goldPersons, persons.size(), "persons: " + persons);
        assertEquals(goldPersons, canonical.size(), "canonical names differ: " + canonical);
    }

    @Test
    void meetingsTwoOutletsReportAreOneNode() {
        for (String meeting : List.of("john-pombe-magufuli--uhuru-kenyatta--2016-10-31",
                "ebrahim-raisi--mohammed-bin-salman--2023-10-11", "rajnath-singh--wei-fenghe--2020-09-04")) {
            Node m = NodeFactory.createURI(B + "id/meeting/" + meeting);
            assertTrue(graph.contains(m, NG.status.asNode(), NG.Occurred.asNode()), meeting);
            assertEquals(List.of("2"), graph.find(m, NG.sourceCount.asNode(), Node.ANY)
                    .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList(), meeting);
        }
        assertTrue(graph.contains(NodeFactory.createURI(B + "id/meeting/refused--donald-trump--vladimir-putin"),
                NG.sourceCount.asNode(), NodeFactory.createLiteralDT("2",
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger)),
                "the call both articles report the Kremlin denied");
    }
}
