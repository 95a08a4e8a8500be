package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.vocab.NG;

/**
 * The prefixes Newsgraph writes RDF with: the vocabularies of the ontology ({@code ng:}, {@code schema:}, {@code org:},
 * {@code prov:}, {@code nif:}, {@code sem:}, ...) and one prefix per kind of IRI minted under the data base
 * ({@code person:}, {@code meeting:}, {@code article:}, ...). The W3C ORG vocabulary has {@code org:}, so the data's
 * organisations are {@code organization:}.
 */
public final class NewsgraphPrefixes {
    private static final String ONTOLOGY = "/org/newsgraph/ontology/newsgraph.ttl";

    /** The kinds of entity {@link IriScheme} mints, in the order their prefixes are written. */
    public static final String[] KINDS = {"person", "org", "country", "place", "role", "post", "tenure", "meeting",
            "participation", "stance", "topic", "outlet", "article"};

    /** The prefixes the ontology file declares, when it is on the class path: they win over the defaults above. */
    private static final Map<String, String> ONTOLOGY_PREFIXES = ontologyPrefixes();

    private NewsgraphPrefixes() {
    }

    private static Map<String, String> ontologyPrefixes() {
        try (InputStream in = NewsgraphPrefixes.class.getResourceAsStream(ONTOLOGY)) {
            if (in == null) {
                return Map.of();
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g.getPrefixMapping().getNsPrefixMap();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // a broken ontology file is reported by its own tests, not by every export
        }
    }

    /** The prefixes for data minted with {@code iris}. A new, mutable map on each call. */
    public static PrefixMap of(IriScheme iris) {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("ng", NG.NS);
        pm.add("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.add("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.add("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.add("owl", "http://www.w3.org/2002/07/owl#");
        pm.add("skos", "http://www.w3.org/2004/02/skos/core#");
        pm.add("schema", "https://schema.org/");
        pm.add("foaf", "http://xmlns.com/foaf/0.1/");
        pm.add("org", "http://www.w3.org/ns/org#");
        pm.add("prov", "http://www.w3.org/ns/prov#");
        pm.add("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");
        pm.add("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        pm.add("dcterms", "http://purl.org/dc/terms/");
        pm.add("time", "http://www.w3.org/2006/time#");
        ONTOLOGY_PREFIXES.forEach(pm::add);
        for (String kind : KINDS) {
            pm.add(kind.equals("org") ? "organization" : kind, iris.base() + "id/" + kind + "/");
        }
        pm.add("graph", iris.base() + "graph/");
        return pm;
    }
}
