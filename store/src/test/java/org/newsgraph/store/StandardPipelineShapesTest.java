package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds built with the standard extractor and mapper (no stand-ins): the graph the store serves, the union of
 * its named graphs, passes the ontology's SHACL shapes. (A single article graph is not meant to pass alone: the
 * types and canonical names of the nodes it mentions live in the resolution graph.)
 */
class StandardPipelineShapesTest {
    static final String SHAPES = "/org/newsgraph/ontology/shapes.ttl";

    @TempDir
    Path tmp;

    @Test
    void theGraphBuiltFromTheSeedsPassesTheShapes() throws IOException {
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        try (InputStream in = getClass().getResourceAsStream(SHAPES)) {
            assertNotNull(in, "the SHACL shapes are not on the class path as " + SHAPES
                    + " (ontology/shapes.ttl in the ontology module): nothing to validate against");
            RDFParser.source(in).lang(Lang.TURTLE).parse(shapesGraph);
        }
        Shapes shapes = Shapes.parse(shapesGraph);
        assertTrue(shapes.numRootShapes() > 0, "shapes.ttl declares no shapes");

        Path in = tmp.resolve("seeds");
        StoreTesting.copySeeds(in);
        try (KnowledgeStore store = KnowledgeStore.create().dataDir(tmp.resolve("data")).open()) {
            ChangeReport r = store.build(List.of(in));
            assertEquals(5, r.articles(), r.summary());
            List<String> failures = new ArrayList<>();
            Txn.executeRead(store.datasetGraph(), () -> {
                long graphs = 0;
                for (Iterator<Node> it = store.datasetGraph().listGraphNodes(); it.hasNext(); it.next()) {
                    graphs++;
                }
                assertEquals(6, graphs, "five article graphs and the resolution graph");
                check(shapes, store.datasetGraph().getUnionGraph(), "the union graph", failures);
            });
            assertTrue(failures.isEmpty(), String.join("\n", failures));
        }
    }

    private static void check(Shapes shapes, Graph g, String name, List<String> failures) {
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        if (!report.conforms()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ShLib.printReport(out, report);
            failures.add(name + " does not conform:\n" + out.toString(StandardCharsets.UTF_8));
        }
    }
}
