package org.newsgraph.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.extract.Extraction;
import org.newsgraph.fact.Fact;
import org.newsgraph.fact.MeetingFact;
import org.newsgraph.mention.PersonEntity;
import org.newsgraph.rdf.CorpusGraphs;
import org.newsgraph.rdf.GraphMapper;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.vocab.NG;

/**
 * A trivial stand-in for the real RDF mapper, for the store's tests: per article its entity (id, hash, file name,
 * metadata), its NIF context with the full text, its persons and meetings; in the resolution graph a label per person
 * and a source count per person and meeting, which depends on the whole corpus (as the real resolution does).
 * {@link #RUN} ({@code ng:extractedAt}) is the only triple that depends on when the extraction ran.
 */
public final class TestMapper implements GraphMapper {
    static final String SCHEMA = "https://schema.org/";
    public static final Node RUN = uri(NG.NS + "extractedAt");
    static final Node SOURCE_COUNT = uri(NG.NS + "sourceCount");

    private final IriScheme iris;

    public TestMapper(IriScheme iris) {
        this.iris = iris;
    }

    @Override
    public CorpusGraphs map(List<Extraction> corpus) {
        Map<String, Graph> graphs = new HashMap<>();
        Map<String, Set<String>> personSources = new TreeMap<>();
        Map<String, Set<String>> meetingSources = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (Extraction x : corpus) {
            var article = x.article();
            Graph g = GraphFactory.createDefaultGraph();
            Node a = uri(iris.article(article.id()));
            g.add(a, RDF.type.asNode(), NG.Article.asNode());
            g.add(a, NG.articleId.asNode(), NodeFactory.createLiteralString(article.id()));
            g.add(a, NG.contentHash.asNode(), NodeFactory.createLiteralString(article.contentHash()));
            g.add(a, NG.fileName.asNode(), NodeFactory.createLiteralString(article.fileName()));
            g.add(a, RUN, NodeFactory.createLiteralDT(x.extractedAt().toString(), XSDDatatype.XSDdateTime));
            article.meta().published().ifPresent(d -> g.add(a, uri(SCHEMA + "datePublished"),
                    NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
            article.meta().url().ifPresent(u -> g.add(a, uri(SCHEMA + "url"), uri(u)));
            article.meta().title().ifPresent(t -> g.add(a, uri(SCHEMA + "headline"), NodeFactory.createLiteralString(t)));
            article.meta().source().ifPresent(s -> {
                Node outlet = uri(iris.entity("outlet", s));
                g.add(a, uri(SCHEMA + "publisher"), outlet);
                g.add(outlet, uri(SCHEMA + "name"), NodeFactory.createLiteralString(s));
            });
            int length = article.text().codePointCount(0, article.text().length());
            Node context = uri(iris.textSpan(article.id(), 0, length));
            g.add(context, RDF.type.asNode(), uri(ArticleGraphs.NIF + "Context"));
            g.add(context, uri(ArticleGraphs.NIF + "isString"), NodeFactory.createLiteralString(article.text()));
            Map<String, String> personIri = new HashMap<>();
            for (PersonEntity p : x.persons()) {
                String iri = iris.entity("person", p.name());
                personIri.put(p.localId(), iri);
                names.put(iri, p.name());
                g.add(uri(iri), RDF.type.asNode(), uri(SCHEMA + "Person"));
                g.add(uri(iri), uri(SCHEMA + "name"), NodeFactory.createLiteralString(p.name()));
                g.add(a, uri(SCHEMA + "mentions"), uri(iri));
                personSources.computeIfAbsent(iri, k -> new TreeSet<>()).add(article.id());
            }
            for (Fact f : x.facts()) {
                if (f instanceof MeetingFact m) {
                    List<String> who = m.participants().stream().map(personIri::get).sorted().toList();
                    String key = String.join(" ", who.stream().map(names::get).toList());
                    Node meeting = uri(iris.entity("meeting", key));
                    g.add(meeting, RDF.type.asNode(), uri(SCHEMA + "Event"));
                    who.forEach(p -> g.add(meeting, uri(SCHEMA + "attendee"), uri(p)));
                    g.add(meeting, uri("http://www.w3.org/ns/prov#wasDerivedFrom"), a);
                    meetingSources.computeIfAbsent(meeting.getURI(), k -> new TreeSet<>()).add(article.id());
                }
            }
            graphs.put(article.id(), g);
        }
        Graph resolution = GraphFactory.createDefaultGraph();
        personSources.forEach((p, sources) -> {
            resolution.add(uri(p), RDFS.label.asNode(), NodeFactory.createLiteralString(names.get(p)));
            resolution.add(uri(p), SOURCE_COUNT, NodeFactory.createLiteralDT(String.valueOf(sources.size()),
                    XSDDatatype.XSDinteger));
        });
        meetingSources.forEach((m, sources) -> resolution.add(uri(m), SOURCE_COUNT,
                NodeFactory.createLiteralDT(String.valueOf(sources.size()), XSDDatatype.XSDinteger)));
        return new CorpusGraphs(graphs, resolution);
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
