package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.rdf.GraphTesting.triples;
import static org.newsgraph.rdf.GraphTesting.union;
import static org.newsgraph.rdf.GraphTesting.withoutRunTimestamps;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;
import org.newsgraph.vocab.PROV;

class RdfGraphMapperTest {
    private static final IriScheme IRIS = new IriScheme(IriScheme.DEFAULT_BASE);
    private static final String B = IriScheme.DEFAULT_BASE;

    private static CorpusGraphs map(List<Extraction> corpus) {
        return TestCorpus.mapper().map(corpus);
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Set<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toSet();
    }

    private static Set<String> lexical(Graph g, Node s, Node p) {
        return objects(g, s, p).stream().map(Node::getLiteralLexicalForm).collect(Collectors.toSet());
    }

    @Test
    void onePersonUnderSeveralNamesIsOneNode() {
        Graph u = union(map(TestCorpus.articles()));
        Node blinken = uri(B + "id/person/antony-blinken");
        assertEquals(Set.of("Antony Blinken"), lexical(u, blinken, SchemaDO.name.asNode()));
        assertEquals(Set.of("Antony Blinken", "Anthony J. Blinken", "Blinken", "Mr Blinken"),
                lexical(u, blinken, SchemaDO.alternateName.asNode()));
        Set<Node> persons = u.find(Node.ANY, RDF.type.asNode(), NG.Person.asNode()).mapWith(Triple::getSubject).toSet();
        assertEquals(7, persons.size(), persons.toString());
        assertTrue(u.contains(blinken, RDF.type.asNode(), SchemaDO.Person.asNode()), "aligned types are stated");
    }

    @Test
    void sameCorpusInAnyOrderGivesTheSameGraphs() {
        CorpusGraphs expected = map(TestCorpus.articles());
        List<Extraction> shuffled = new ArrayList<>(TestCorpus.articles());
        Random random = new Random(1);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(shuffled, random);
            CorpusGraphs actual = map(shuffled);
            assertEquals(expected.articleGraphs().keySet(), actual.articleGraphs().keySet());
            for (String id : expected.articleGraphs().keySet()) {
                assertTrue(expected.articleGraphs().get(id).isIsomorphicWith(actual.articleGraphs().get(id)), id);
                assertEquals(triples(expected.articleGraphs().get(id)), triples(actual.articleGraphs().get(id)),
                        "same IRIs in " + id);
            }
            assertEquals(triples(expected.resolution()), triples(actual.resolution()));
        }
    }

    @Test
    void addingAnArticleKeepsTheIrisOfUnrelatedNodes() {
        CorpusGraphs before = map(TestCorpus.articles());
        List<Extraction> more = new ArrayList<>(TestCorpus.articles());
        more.add(TestCorpus.unrelated());
        CorpusGraphs after = map(more);
        for (String id : before.articleGraphs().keySet()) {
            assertEquals(triples(before.articleGraphs().get(id)), triples(after.articleGraphs().get(id)), id);
        }
        Set<Triple> added = new HashSet<>(triples(after.resolution()));
        assertTrue(added.containsAll(triples(before.resolution())), "the resolution graph only grows");
        added.removeAll(triples(before.resolution()));
        Set<Node> oldSubjects = before.resolution().find().mapWith(Triple::getSubject).toSet();
        assertTrue(added.stream().noneMatch(t -> oldSubjects.contains(t.getSubject())),
                "nothing said about the nodes that were there: " + added);
        assertTrue(added.stream().anyMatch(t -> t.getSubject().getURI().endsWith("/person/uhuru-kenyatta")));
    }

    @Test
    void remappingAReExtractedArticleChangesOnlyRunTimestamps() {
        CorpusGraphs first = map(TestCorpus.articles());
        List<Extraction> again = new ArrayList<>(TestCorpus.articles());
        Extraction x = again.remove(0);
        again.add(new Extraction(x.article(), x.layout(), x.sentences(), x.persons(), x.entities(), x.mentions(),
                x.dates(), x.facts(), x.warnings(), x.extractorVersion(), java.time.Instant.parse("2025-02-02T10:00:00Z")));
        CorpusGraphs second = map(again);
        String id = x.article().id();
        assertNotEquals(triples(first.articleGraphs().get(id)), triples(second.articleGraphs().get(id)));
        assertEquals(triples(withoutRunTimestamps(first.articleGraphs().get(id))),
                triples(withoutRunTimestamps(second.articleGraphs().get(id))));
        assertEquals(triples(first.resolution()), triples(second.resolution()));
    }

    @Test
    void noBlankNodesAnywhere() {
        Graph u = union(map(TestCorpus.articles()));
        assertTrue(u.size() > 500, "the corpus maps to a real graph: " + u.size());
        assertFalse(u.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).hasNext());
    }

    @Test
    void mentionOffsetsCountCodePointsAfterAnEmoji() {
        CorpusGraphs graphs = map(TestCorpus.articles());
        Graph g = graphs.articleGraphs().get("a6-archive");
        String text = TestCorpus.erdoganOld().article().text();
        int utf16 = text.indexOf("Recep Tayyip Erdoğan");
        assertEquals(18, utf16, "the newspaper emoji is two chars, then a space, then 'Prime Minister '");
        Node mention = uri(B + "id/article/a6-archive#char=17,37");
        assertEquals(Set.of("Recep Tayyip Erdoğan"), lexical(g, mention, NIF.anchorOf.asNode()));
        assertEquals(Set.of("17"), lexical(g, mention, NIF.beginIndex.asNode()));
        assertEquals(Set.of("37"), lexical(g, mention, NIF.endIndex.asNode()));
        Node context = uri(B + "id/article/a6-archive#char=0," + text.codePointCount(0, text.length()));
        assertEquals(Set.of(text), lexical(g, context, NIF.isString.asNode()));
        assertEquals(Set.of(context), objects(g, mention, NIF.referenceContext.asNode()));
        assertEquals(Set.of(uri(B + "id/person/recep-tayyip-erdogan")),
                objects(g, mention, uri("http://www.w3.org/2005/11/its/rdf#taIdentRef")));
    }

    @Test
    void articleIsAProvEntityWithItsRun() {
        Graph g = map(TestCorpus.articles()).articleGraphs().get("a1-reuters");
        Node a = uri(B + "id/article/a1-reuters");
        assertTrue(g.contains(a, RDF.type.asNode(), PROV.Entity.asNode()));
        assertEquals(Set.of("a1-reuters"), lexical(g, a, NG.articleId.asNode()));
        assertEquals(Set.of("a1-reuters.txt"), lexical(g, a, NG.fileName.asNode()));
        assertEquals(1, lexical(g, a, NG.contentHash.asNode()).size());
        assertEquals(Set.of("https://example.org/reuters/1"), lexical(g, a, SchemaDO.url.asNode()));
        assertEquals(Set.of("2023-11-05"), lexical(g, a, SchemaDO.datePublished.asNode()));
        assertEquals(Set.of(uri(B + "id/outlet/reuters")), objects(g, a, SchemaDO.publisher.asNode()));
        Node run = uri(B + "id/extraction/a1-reuters");
        assertEquals(Set.of(a), objects(g, run, PROV.used.asNode()));
        assertEquals(Set.of("2024-01-01T00:00:00Z"), lexical(g, run, PROV.endedAtTime.asNode()));
        Node software = uri(B + "id/software/newsgraph-0-1-0-test");
        assertEquals(Set.of(software), objects(g, run, PROV.wasAssociatedWith.asNode()));
        assertEquals(Set.of("0.1.0-test"), lexical(g, software, SchemaDO.softwareVersion.asNode()));
        assertEquals(Set.of(run), objects(g, uri(B + "graph/article/a1-reuters"), PROV.wasGeneratedBy.asNode()));
    }

    @Test
    void articleWithoutSidecarTakesItsDateFromTheText() {
        Graph g = map(TestCorpus.articles()).articleGraphs().get("a7-plain");
        Node a = uri(B + "id/article/a7-plain");
        assertEquals(Set.of("2023-11-03"), lexical(g, a, NG.referenceDate.asNode()));
        assertTrue(objects(g, a, SchemaDO.datePublished.asNode()).isEmpty());
        assertTrue(objects(g, a, SchemaDO.publisher.asNode()).isEmpty());
    }

    @Test
    void everyClaimLinksItsSentenceEvidenceAndArticle() {
        CorpusGraphs graphs = map(TestCorpus.articles());
        for (var e : graphs.articleGraphs().entrySet()) {
            Graph g = e.getValue();
            Node article = uri(IRIS.article(e.getKey()));
            List<Node> claims = g.find(Node.ANY, RDF.type.asNode(), NG.Claim.asNode()).mapWith(Triple::getSubject).toList();
            assertFalse(claims.isEmpty(), e.getKey());
            for (Node c : claims) {
                assertEquals(Set.of(article), objects(g, c, PROV.wasDerivedFrom.asNode()), c.toString());
                Node sentence = objects(g, c, NG.statedIn.asNode()).iterator().next();
                assertTrue(g.contains(sentence, RDF.type.asNode(), NIF.Sentence.asNode()), sentence.toString());
                assertFalse(objects(g, c, NG.evidence.asNode()).isEmpty(), c.toString());
                assertEquals(1, objects(g, c, NG.claimOf.asNode()).size(), c.toString());
            }
        }
    }

    @Test
    void disagreementsAreKeptAsClaimsAndChosenInTheResolution() {
        CorpusGraphs graphs = map(TestCorpus.articles());
        Node meeting = uri(B + "id/meeting/antony-blinken--mahmoud-abbas--2023-11-05");
        Graph res = graphs.resolution();
        assertEquals(Set.of(uri(B + "id/place/city-ramallah")), objects(res, meeting, NG.place.asNode()));
        Node choice = uri(B + "id/choice/meeting--antony-blinken--mahmoud-abbas--2023-11-05--place");
        assertEquals(Set.of(NG.MoreSpecific.asNode()), objects(res, choice, NG.reason.asNode()));
        Node apClaim = uri(B + "id/claim/a2-ap/meeting--antony-blinken--mahmoud-abbas--2023-11-05--s0");
        assertEquals(Set.of(apClaim), objects(res, choice, NG.contestedBy.asNode()));
        assertEquals(Set.of(uri(B + "id/place/region-west-bank")),
                objects(graphs.articleGraphs().get("a2-ap"), apClaim, NG.place.asNode()));
        assertEquals(Set.of("0.990"), lexical(res, meeting, NG.confidence.asNode()));
        assertEquals(Set.of("2"), lexical(res, meeting, NG.outletCount.asNode()));
    }

    @Test
    void officesOverTimeAreTenures() {
        Graph res = map(TestCorpus.articles()).resolution();
        Node erdogan = uri(B + "id/person/recep-tayyip-erdogan");
        Node pm = uri(B + "id/tenure/recep-tayyip-erdogan--prime-minister--country-tr");
        Node president = uri(B + "id/tenure/recep-tayyip-erdogan--president--country-tr");
        assertEquals(Set.of("false"), lexical(res, pm, NG.current.asNode()), "a later article calls it former");
        assertEquals(Set.of("2009-06-01"), lexical(res, pm, NG.lastObserved.asNode()));
        assertEquals(Set.of("true"), lexical(res, president, NG.current.asNode()));
        assertEquals(Set.of(uri(B + "id/post/president--country-tr")), objects(res, erdogan, ORG.holds.asNode()));
        assertEquals(Set.of(uri(B + "id/country/tr")),
                objects(res, uri(B + "id/post/prime-minister--country-tr"), ORG.postIn.asNode()));
    }

    @Test
    void plannedThenHeldAndRefusedMeetings() {
        Graph res = map(TestCorpus.articles()).resolution();
        Node held = uri(B + "id/meeting/antony-blinken--hakan-fidan--2023-11-06");
        assertEquals(Set.of(NG.Occurred.asNode()), objects(res, held, NG.status.asNode()));
        Node refused = uri(B + "id/meeting/refused--antony-blinken--recep-tayyip-erdogan");
        assertEquals(Set.of(NG.Refused.asNode()), objects(res, refused, NG.status.asNode()));
        Node sudani = uri(B + "id/meeting/antony-blinken--mohammed-shia-al-sudani--2023-11-05");
        assertEquals(Set.of("2023-11-05"), lexical(res, sudani, NG.date.asNode()));
    }

    @Test
    void articlesWhoseIdsGiveOneIriDoNotShareAGraph() {
        CorpusGraphs graphs = map(List.of(ExtractionBuilder.article("a_b").sentence("One.").build(),
                ExtractionBuilder.article("a b").sentence("Two.").build()));
        assertEquals(Set.of("a b"), graphs.articleGraphs().keySet(), "the first in code-point order stays");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> map(List.of(
                ExtractionBuilder.article("a").build(), ExtractionBuilder.article("a").build())));
    }

    @Test
    void participationsCarryTheSupportOfTheReportsThatNameThem() {
        Graph res = map(TestCorpus.articles()).resolution();
        Node abbas = uri(B + "id/participation/antony-blinken--mahmoud-abbas--2023-11-05--mahmoud-abbas");
        assertEquals(Set.of("0.990"), lexical(res, abbas, NG.confidence.asNode()));
        assertEquals(Set.of("2"), lexical(res, abbas, NG.sourceCount.asNode()));
    }
}
