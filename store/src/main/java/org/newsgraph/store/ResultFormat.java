package org.newsgraph.store;

import java.util.Locale;

/**
 * How {@link KnowledgeStore#query} writes results: {@link #TABLE} is Jena's aligned text table for people; the others
 * are the W3C SPARQL 1.1 results formats (CSV, TSV, JSON). CONSTRUCT and DESCRIBE results are RDF: Turtle for TABLE,
 * N-Triples for CSV and TSV, JSON-LD for JSON.
 */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    /** The format named {@code name}, in any case: table, csv, tsv, json. */
    public static ResultFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new StoreException("unknown result format \"" + name + "\": use table, csv, tsv or json");
        }
    }
}
