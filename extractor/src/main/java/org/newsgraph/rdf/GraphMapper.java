package org.newsgraph.rdf;

import java.util.List;
import org.newsgraph.extract.Extraction;

/**
 * Stages 5 and 6: resolves the extractions of a whole corpus (one node per real person, place, organisation,
 * office and meeting) and maps them to RDF. A pure function: the same extractions, in any order, give the same
 * graphs with the same IRIs. This is the one stage that sees all articles at once. Thread-safe.
 */
public interface GraphMapper {
    CorpusGraphs map(List<Extraction> corpus);
}
