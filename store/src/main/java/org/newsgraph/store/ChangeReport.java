package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link KnowledgeStore#build} or {@link KnowledgeStore#remove} did. Immutable.
 *
 * @param read          articles read from the input files
 * @param added         articles new to the store
 * @param changed       articles whose content hash changed
 * @param unchanged     input articles already loaded in the same version
 * @param kept          loaded articles that were not among the inputs (they stay)
 * @param removed       articles removed
 * @param extracted     articles run through the extractor
 * @param fromCache     extractions taken from the cache
 * @param skipped       inputs that could not be read or extracted, with the reason; the build went on without them
 * @param graphsChanged named graphs written (added, changed or dropped)
 * @param triplesAdded  triples added over all graphs
 * @param triplesRemoved triples removed over all graphs
 * @param written       whether a write transaction was committed (false when nothing changed)
 * @param articles      articles in the store afterwards
 * @param stageMillis   milliseconds per stage, in order: read, compare, extract, map, load (those that ran)
 */
public record ChangeReport(int read, int added, int changed, int unchanged, int kept, int removed, int extracted,
                           int fromCache, List<Problem> skipped, int graphsChanged, long triplesAdded,
                           long triplesRemoved, boolean written, int articles,
                           java.util.Map<String, Long> stageMillis) {

    /** An input left out, and why: {@code location} is the file (or article id), {@code problem} the reason. */
    public record Problem(String location, String problem) {
        @Override
        public String toString() {
            return location + ": " + problem;
        }
    }

    public ChangeReport {
        skipped = List.copyOf(skipped);
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
    }

    /** A few lines for people: what changed, then every skipped input and why. */
    public String summary() {
        List<String> lines = new ArrayList<>();
        if (removed > 0) {
            lines.add(String.format("removed %d article%s; %d article%s in the store", removed, removed == 1 ? "" : "s",
                    articles, articles == 1 ? "" : "s"));
        } else {
            lines.add(String.format("%d read: %d new, %d changed, %d unchanged; %d other loaded kept; "
                    + "%d article%s in the store", read, added, changed, unchanged, kept, articles,
                    articles == 1 ? "" : "s"));
        }
        lines.add(String.format("extracted %d, %d from cache", extracted, fromCache));
        lines.add(written
                ? String.format("store updated: %d graph%s changed, +%d / -%d triples", graphsChanged,
                        graphsChanged == 1 ? "" : "s", triplesAdded, triplesRemoved)
                : "store unchanged: nothing to write");
        if (!skipped.isEmpty()) {
            lines.add(String.format("skipped %d input%s:", skipped.size(), skipped.size() == 1 ? "" : "s"));
            skipped.forEach(p -> lines.add("  " + p));
        }
        return String.join(System.lineSeparator(), lines);
    }
}
