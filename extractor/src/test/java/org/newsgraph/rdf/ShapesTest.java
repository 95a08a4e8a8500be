package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.rdf.GraphTesting.union;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;
import org.newsgraph.vocab.NewsgraphOntology;

/** Every mapped fixture graph passes {@code ontology/shapes.ttl}; broken graphs fail with a report that says why. */
class ShapesTest {
    private static final Shapes SHAPES = Shapes.parse(NewsgraphOntology.shapes());
    private static final String B = IriScheme.DEFAULT_BASE;

    private static ValidationReport validate(Graph g) {
        return ShaclValidator.get().validate(SHAPES, g);
    }

    private static String text(ValidationReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, r);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> corpora() {
        return Stream.of(
                Arguments.of("test corpus", TestCorpus.articles()),
                Arguments.of("test corpus and an unrelated article", Stream.concat(TestCorpus.articles().stream(),
                        Stream.of(TestCorpus.unrelated())).toList()),
                Arguments.of("one article", List.of(TestCorpus.erdoganOld())),
                Arguments.of("an article with nothing in it", List.of(ExtractionBuilder.article("empty").build())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void mappedGraphsPassTheShapes(String name, List<Extraction> corpus) {
        Graph g = union(TestCorpus.mapper().map(corpus));
        ValidationReport r = validate(g);
        assertTrue(r.conforms(), () -> name + ":\n" + text(r));
    }

    @Test
    void theOntologyParsesAndLabelsEveryTerm() {
        Graph ontology = NewsgraphOntology.ontology();
        Node label = org.apache.jena.vocabulary.RDFS.label.asNode();
        Node comment = org.apache.jena.vocabulary.RDFS.comment.asNode();
        List<Node> terms = ontology.find(Node.ANY, Node.ANY, Node.ANY).mapWith(Triple::getSubject)
                .filterKeep(s -> s.isURI() && s.getURI().startsWith(NG.NS)).toSet().stream().toList();
        assertTrue(terms.size() > 60, "terms: " + terms.size());
        for (Node t : terms) {
            assertTrue(ontology.contains(t, label, Node.ANY), "no rdfs:label on " + t);
            assertTrue(ontology.contains(t, comment, Node.ANY), "no rdfs:comment on " + t);
        }
        for (var f : NG.class.getFields()) {
            if (f.getType() != String.class) {
                String uri = NG.NS + f.getName();
                assertTrue(ontology.contains(NodeFactory.createURI(uri), Node.ANY, Node.ANY),
                        "NG." + f.getName() + " is not in the ontology");
            }
        }
    }

    @Test
    void aPersonWithoutCanonicalNameFails() {
        Graph g = union(TestCorpus.mapper().map(TestCorpus.articles()));
        Node blinken = NodeFactory.createURI(B + "id/person/antony-blinken");
        g.delete(Triple.create(blinken, SchemaDO.name.asNode(), NodeFactory.createLiteralString("Antony Blinken")));
        ValidationReport r = validate(g);
        assertFalse(r.conforms());
        assertEquals(1, r.getEntries().size(), text(r));
        var entry = r.getEntries().iterator().next();
        assertEquals(blinken, entry.focusNode());
        assertEquals("<" + SchemaDO.name.getURI() + ">", entry.resultPath().toString());
        assertTrue(entry.message().contains("canonical schema:name"), entry.message());
    }

    @Test
    void anOffsetThatDoesNotCutTheAnchorOutOfTheTextFails() {
        Graph g = union(TestCorpus.mapper().map(List.of(TestCorpus.erdoganOld())));
        // the emoji counted as two characters, as a Java char offset would
        Node mention = NodeFactory.createURI(B + "id/article/a6-archive#char=17,37");
        g.delete(Triple.create(mention, NIF.beginIndex.asNode(), Node.ANY));
        g.add(mention, NIF.beginIndex.asNode(), NodeFactory.createLiteralDT("18", XSDDatatype.XSDnonNegativeInteger));
        ValidationReport r = validate(g);
        assertFalse(r.conforms());
        assertTrue(r.getEntries().stream().anyMatch(e -> e.focusNode().equals(mention)
                && e.message().contains("nif:anchorOf is not the text between")), text(r));
    }

    @Test
    void aMeetingWithOneParticipantAndABadStatusFails() {
        Graph g = union(TestCorpus.mapper().map(TestCorpus.articles()));
        Node meeting = NodeFactory.createURI(B + "id/meeting/antony-blinken--hakan-fidan--2023-11-06");
        g.delete(Triple.create(meeting, NG.participant.asNode(), NodeFactory.createURI(B + "id/person/hakan-fidan")));
        g.add(meeting, NG.status.asNode(), NodeFactory.createURI(NG.NS + "Happened"));
        ValidationReport r = validate(g);
        assertFalse(r.conforms());
        String report = text(r);
        assertTrue(r.getEntries().stream().anyMatch(e -> e.message().contains("two or more participants")), report);
        assertTrue(r.getEntries().stream().anyMatch(e -> e.resultPath() != null
                && e.resultPath().toString().contains("status")), report);
        assertTrue(r.getEntries().stream().anyMatch(e -> e.message().contains("is not its ng:participant")), report);
    }

    @Test
    void aBlankNodeFails() {
        Graph g = union(TestCorpus.mapper().map(TestCorpus.articles()));
        Node blank = NodeFactory.createBlankNode();
        g.add(blank, org.apache.jena.vocabulary.RDF.type.asNode(), NG.Claim.asNode());
        ValidationReport r = validate(g);
        assertFalse(r.conforms());
        assertTrue(r.getEntries().stream().anyMatch(e -> e.focusNode().equals(blank)), text(r));
    }
}
