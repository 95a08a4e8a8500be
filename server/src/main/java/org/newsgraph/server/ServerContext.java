package org.newsgraph.server;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.rdf.IriScheme;

/**
 * What a {@link ServerExtension} may use: the served TDB2 dataset (read it in transactions; queries over it should
 * set the union default graph, as the SPARQL endpoint does), the IRI scheme the store was built with, so request
 * paths map back to IRIs, the data directory, and whether Fuseki's query UI is served (at
 * {@code /sparql}), so pages can link to it. Immutable.
 */
public record ServerContext(DatasetGraph dataset, IriScheme iris, Path dataDir, boolean queryUi) {
}
