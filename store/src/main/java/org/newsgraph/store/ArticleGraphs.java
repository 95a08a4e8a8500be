package org.newsgraph.store;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMeta;
import org.newsgraph.vocab.NG;

/**
 * Reads what the store knows about its articles back out of their graphs: which articles are loaded, in which
 * version ({@code ng:articleId} and {@code ng:contentHash} on the article entity), and, when a cached extraction is
 * missing, the article itself (its text is the {@code nif:isString} of its NIF context; its metadata the usual
 * schema.org / Dublin Core properties of the article entity). Stateless; call inside a read transaction.
 */
final class ArticleGraphs {
    static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    private static final Node IS_STRING = NodeFactory.createURI(NIF + "isString");
    private static final Node ARTICLE_ID = NG.articleId.asNode();
    private static final Node CONTENT_HASH = NG.contentHash.asNode();
    private static final Node FILE_NAME = NG.fileName.asNode();

    private static final List<String> PUBLISHED = List.of("https://schema.org/datePublished",
            "http://schema.org/datePublished", "http://purl.org/dc/terms/issued", "http://purl.org/dc/terms/date",
            "http://purl.org/dc/terms/created", "https://schema.org/dateCreated", "http://schema.org/dateCreated");
    private static final List<String> URL = List.of("https://schema.org/url", "http://schema.org/url",
            "http://xmlns.com/foaf/0.1/page", NIF + "sourceUrl", "http://www.w3.org/ns/prov#hadPrimarySource",
            "http://purl.org/dc/terms/source");
    private static final List<String> SOURCE = List.of(NG.NS + "source", NG.NS + "outlet",
            "https://schema.org/publisher", "http://schema.org/publisher", "http://purl.org/dc/terms/publisher",
            "https://schema.org/sourceOrganization", "http://schema.org/sourceOrganization");
    private static final List<String> TITLE = List.of(NG.NS + "title", "https://schema.org/headline",
            "http://schema.org/headline", "http://purl.org/dc/terms/title", "https://schema.org/name",
            "http://schema.org/name");
    private static final List<String> LABEL = List.of("http://www.w3.org/2000/01/rdf-schema#label",
            "https://schema.org/name", "http://schema.org/name", "http://www.w3.org/2004/02/skos/core#prefLabel",
            "http://xmlns.com/foaf/0.1/name");

    private ArticleGraphs() {
    }

    /**
     * Every article loaded in {@code dsg}, by id: the article graphs ({@code iris.articleGraph(id)}, with the IRI
     * base the store was built with) whose article entity carries {@code ng:articleId} and {@code ng:contentHash}.
     */
    static Map<String, StoredArticle> loaded(DatasetGraph dsg, IriScheme iris) {
        Map<String, StoredArticle> result = new TreeMap<>();
        dsg.find(Node.ANY, Node.ANY, ARTICLE_ID, Node.ANY).forEachRemaining(q -> {
            if (!q.getObject().isLiteral() || !q.getGraph().isURI()) {
                return;
            }
            String id = q.getObject().getLiteralLexicalForm();
            if (!q.getGraph().getURI().equals(iris.articleGraph(id))) {
                return; // the resolution graph, or an article mentioned in another article's graph
            }
            literal(dsg.getGraph(q.getGraph()), q.getSubject(), CONTENT_HASH)
                    .ifPresent(hash -> result.put(id, new StoredArticle(id, hash, q.getGraph())));
        });
        return result;
    }

    /**
     * The article stored in {@code graph}, rebuilt from its text and metadata, with the content hash it was loaded
     * with (the sidecar bytes are not stored, so the hash cannot be recomputed; it names the same version).
     */
    static Optional<Article> article(Graph graph, StoredArticle stored) {
        Node idLiteral = NodeFactory.createLiteralString(stored.id());
        Optional<Node> subject = graph.find(Node.ANY, ARTICLE_ID, idLiteral).toList().stream().map(Triple::getSubject).findFirst();
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        Node a = subject.get();
        List<Triple> texts = graph.find(Node.ANY, IS_STRING, Node.ANY).toList();
        Optional<String> text = texts.stream()
                .sorted(Comparator.comparing((Triple t) -> !(t.getSubject().isURI()
                        && t.getSubject().getURI().startsWith(a.isURI() ? a.getURI() : "\u0000"))))
                .map(t -> t.getObject())
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .findFirst();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String fileName = literal(graph, a, FILE_NAME).orElse(stored.id() + ".txt");
        ArticleMeta meta = new ArticleMeta(
                first(graph, a, PUBLISHED).flatMap(ArticleGraphs::date),
                first(graph, a, URL).map(n -> n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : null),
                first(graph, a, SOURCE).flatMap(n -> label(graph, n)),
                first(graph, a, TITLE).filter(Node::isLiteral).map(Node::getLiteralLexicalForm));
        return Optional.of(new Article(stored.id(), fileName, text.get(), meta, stored.contentHash()));
    }

    private static Optional<String> literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).sorted().findFirst();
    }

    private static Optional<Node> first(Graph g, Node s, List<String> predicates) {
        for (String p : predicates) {
            Optional<Node> o = g.find(s, NodeFactory.createURI(p), Node.ANY).toList().stream().map(Triple::getObject)
                    .sorted(Comparator.comparing(Node::toString)).findFirst();
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> label(Graph g, Node n) {
        if (n.isLiteral()) {
            return Optional.of(n.getLiteralLexicalForm());
        }
        return first(g, n, LABEL).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    private static Optional<LocalDate> date(Node n) {
        if (!n.isLiteral()) {
            return Optional.empty();
        }
        String s = n.getLiteralLexicalForm();
        try {
            return Optional.of(LocalDate.from(DateTimeFormatter.ISO_DATE.parse(s)));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(s)));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }
}
