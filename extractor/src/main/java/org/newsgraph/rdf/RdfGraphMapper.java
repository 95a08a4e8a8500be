package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.date.DateBasis;
import org.newsgraph.date.DateValue;
import org.newsgraph.extract.Extraction;
import org.newsgraph.fact.Fact;
import org.newsgraph.fact.MeetingFact;
import org.newsgraph.fact.MeetingKind;
import org.newsgraph.fact.MeetingStatus;
import org.newsgraph.fact.Polarity;
import org.newsgraph.fact.PositionFact;
import org.newsgraph.fact.StanceFact;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionKind;
import org.newsgraph.mention.PersonEntity;
import org.newsgraph.resolve.ChoiceReason;
import org.newsgraph.resolve.CorpusResolver;
import org.newsgraph.resolve.PlaceLookup;
import org.newsgraph.resolve.Report;
import org.newsgraph.resolve.Resolution;
import org.newsgraph.resolve.ResolvedEntity;
import org.newsgraph.resolve.ResolvedMeeting;
import org.newsgraph.resolve.ResolvedPerson;
import org.newsgraph.resolve.ResolvedPost;
import org.newsgraph.resolve.ResolvedStance;
import org.newsgraph.resolve.ResolvedTenure;
import org.newsgraph.resolve.Support;
import org.newsgraph.resolve.ValueChoice;
import org.newsgraph.text.Span;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;
import org.newsgraph.vocab.PROV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standard {@link GraphMapper}: resolves the corpus with {@link CorpusResolver}, then writes one graph per
 * article and the resolution graph, in the Newsgraph ontology ({@code ontology/newsgraph.ttl}). Immutable and
 * thread-safe; each call builds new graphs.
 *
 * <p>An article's graph holds what it states: the article (PROV entity: id, file, hash, URL, headline, dates,
 * outlet), the run that extracted it, its text as a nif:Context, the sentences and mentions that carry its facts
 * and persons (offsets in code points), the names it uses for each person (schema:alternateName), and one
 * ng:Claim per fact it states, with the values it gives. The resolution graph holds what was decided across
 * articles: types, canonical names and labels, posts, tenures, meetings with chosen values and ng:Choice nodes,
 * stances, topics, confidence and source counts. No blank nodes. Mapping the same extractions twice gives the same
 * triples; two extractions of the same unchanged article differ only in the {@link #RUN_TIMESTAMP_PREDICATES}.
 *
 * <pre>{@code
 * CorpusGraphs graphs = RdfGraphMapper.standard().map(extractions);
 * }</pre>
 */
public final class RdfGraphMapper implements GraphMapper {
    /** Predicates whose values record when a run happened: strip them to compare two builds triple by triple. */
    public static final Set<Node> RUN_TIMESTAMP_PREDICATES = Set.of(PROV.endedAtTime.asNode());

    private static final Logger LOG = LoggerFactory.getLogger(RdfGraphMapper.class);

    private static final Node LABEL = RDFS.label.asNode();
    private static final Node NAME = SchemaDO.name.asNode();

    private final IriScheme iris;
    private final PlaceLookup places;

    public RdfGraphMapper(IriScheme iris, PlaceLookup places) {
        this.iris = iris;
        this.places = places;
    }

    /** The mapper with the default IRI base and the project's gazetteer. */
    public static RdfGraphMapper standard() {
        return new RdfGraphMapper(new IriScheme(IriScheme.DEFAULT_BASE), PlaceLookup.gazetteer());
    }

    @Override
    public CorpusGraphs map(List<Extraction> all) {
        long start = System.nanoTime();
        List<Extraction> corpus = withDistinctIris(all);
        Resolution r = new CorpusResolver(places).resolve(corpus);
        long resolved = System.nanoTime();
        Mapping mapping = new Mapping(r);
        Map<String, Graph> articleGraphs = new TreeMap<>();
        for (Extraction x : corpus) {
            articleGraphs.put(x.article().id(), mapping.articleGraph(x));
        }
        Graph resolution = mapping.resolutionGraph();
        LOG.info("mapped {} articles: {} persons, {} tenures, {} meetings, {} stances "
                        + "(resolution {} ms, RDF {} ms)", corpus.size(), r.persons().size(), r.tenures().size(),
                r.meetings().size(), r.stances().size(), (resolved - start) / 1_000_000,
                (System.nanoTime() - resolved) / 1_000_000);
        return new CorpusGraphs(articleGraphs, resolution);
    }

    /**
     * The corpus without articles whose ids escape to the IRI of another ("a b" and "a_b"): the first id in
     * code-point order keeps it, the others are left out with a warning, so two articles never share a graph.
     */
    private List<Extraction> withDistinctIris(List<Extraction> corpus) {
        Map<String, Extraction> byIri = new TreeMap<>();
        List<Extraction> sorted = new ArrayList<>(corpus);
        sorted.sort(Comparator.comparing(x -> x.article().id()));
        for (Extraction x : sorted) {
            Extraction first = byIri.putIfAbsent(iris.article(x.article().id()), x);
            if (first != null && first.article().id().equals(x.article().id())) {
                throw new IllegalArgumentException("article id " + x.article().id() + " appears twice in the corpus");
            }
            if (first != null) {
                LOG.warn("article {} left out: its id gives the same IRI as article {} ({})",
                        x.article().fileName(), first.article().fileName(), iris.article(x.article().id()));
            }
        }
        return byIri.size() == corpus.size() ? corpus : List.copyOf(byIri.values());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    // ---------------------------------------------------------------- literals

    /**
     * "the United States", "the Netherlands", "the European Union", "the Palestine Liberation Organization": names
     * of states and bodies that English writes with "the" after "of".
     */
    static String withArticle(String label) {
        boolean the = label.matches("(?i)(united|republic|kingdom|federation|union|state|states|islands|emirates|"
                + "netherlands|philippines|bahamas|gambia|maldives|vatican|holy see|european|african|arab|"
                + "organization|organisation|council|commission|agency|department|ministry|office|league|bank|"
                + "court|congress|parliament|assembly|senate|government)\\b.*|.*\\b(union|states|kingdom|republic|"
                + "islands|emirates|organization|organisation|council|commission|agency|department|ministry|league|"
                + "bank|court|movement|front|party|army|forces|fund|programme|program|office|authority)$");
        return the && !label.startsWith("The ") ? "the " + label : label;
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node typed(String lexical, RDFDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    private static Node count(long n) {
        return typed(Long.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Node decimal(BigDecimal d) {
        return typed(d.toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Node bool(boolean b) {
        return typed(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    private static Node date(LocalDate d) {
        return typed(d.toString(), XSDDatatype.XSDdate);
    }

    static Node date(DateValue v) {
        RDFDatatype type = switch (v.xsdType()) {
            case "date" -> XSDDatatype.XSDdate;
            case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
            case "gMonthDay" -> XSDDatatype.XSDgMonthDay;
            case "gYear" -> XSDDatatype.XSDgYear;
            default -> XSDDatatype.XSDgMonth;
        };
        return typed(v.lexicalForm(), type);
    }

    static Node status(MeetingStatus s) {
        return switch (s) {
            case OCCURRED -> NG.Occurred.asNode();
            case PLANNED -> NG.Planned.asNode();
            case REFUSED -> NG.Refused.asNode();
        };
    }

    static Node kind(MeetingKind k) {
        return switch (k) {
            case IN_PERSON -> NG.InPerson.asNode();
            case CALL -> NG.Call.asNode();
        };
    }

    static Node polarity(Polarity p) {
        return switch (p) {
            case SUPPORTS -> NG.Supports.asNode();
            case OPPOSES -> NG.Opposes.asNode();
        };
    }

    static Node reason(ChoiceReason r) {
        return switch (r) {
            case MORE_SOURCES -> NG.MoreSources.asNode();
            case MORE_SPECIFIC -> NG.MoreSpecific.asNode();
            case HELD_OVER_PLANNED -> NG.HeldOverPlanned.asNode();
            case MORE_RELIABLE_DATE -> NG.MoreReliableDate.asNode();
            case FIXED_ORDER -> NG.FixedOrder.asNode();
        };
    }

    private static String basis(DateBasis b) {
        return b.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Node p(Resource term) {
        return term.asNode();
    }

    /** A report and the fact node it is a claim of. */
    private record ClaimOf(Report<?> report, String factKind, String factKey) {
    }

    private static Map<String, List<ClaimOf>> claimsByArticle(Resolution r) {
        Map<String, List<ClaimOf>> byArticle = new HashMap<>();
        r.tenures().values().forEach(t -> t.reports().forEach(rep -> byArticle
                .computeIfAbsent(rep.articleId(), k -> new ArrayList<>()).add(new ClaimOf(rep, "tenure", t.key()))));
        r.meetings().values().forEach(m -> m.reports().forEach(rep -> byArticle
                .computeIfAbsent(rep.articleId(), k -> new ArrayList<>()).add(new ClaimOf(rep, "meeting", m.key()))));
        r.stances().values().forEach(s -> s.reports().forEach(rep -> byArticle
                .computeIfAbsent(rep.articleId(), k -> new ArrayList<>()).add(new ClaimOf(rep, "stance", s.key()))));
        return byArticle;
    }

    private static final Node RDF_TYPE = RDF.type.asNode();

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String oneLine(String s) {
        return SPACES.matcher(s.strip()).replaceAll(" ");
    }

    private static Optional<String> safeSlug(String s) {
        try {
            return Optional.of(IriScheme.slug(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void support(Graph g, Node n, Support s) {
        g.add(n, p(NG.confidence), decimal(s.confidence()));
        g.add(n, p(NG.sourceCount), count(s.sourceCount()));
        g.add(n, p(NG.outletCount), count(s.outletCount()));
    }

    /** One mapping run: the resolution, and the IRIs minted so far. Not thread-safe; one per call of map. */
    private final class Mapping {
        private final Resolution r;
        private final Map<String, Node> nodes = new HashMap<>();
        private final Map<String, List<ClaimOf>> claims;

        Mapping(Resolution r) {
            this.r = r;
            this.claims = claimsByArticle(r);
        }

        Graph articleGraph(Extraction x) {
            return new ArticleWriter(x, claims.getOrDefault(x.article().id(), List.of())).write();
        }

        // ---------------------------------------------------------------- IRIs

        /** Minted once per key in a mapping run: slugging is the costly part of an IRI. */
        private Node cached(String kind, String key, Supplier<String> iri) {
            return nodes.computeIfAbsent(kind + '\u0000' + key, k -> uri(iri.get()));
        }

        Node person(String key) {
            return cached("person", key, () -> iris.entity("person", key));
        }

        Node entity(ResolvedEntity e) {
            return cached("entity", e.key(), () -> entityIri(e));
        }

        private String entityIri(ResolvedEntity e) {
            String key = e.key();
            String rest = key.substring(key.indexOf('/') + 1);
            return switch (e.type()) {
                case COUNTRY -> iris.entity("country", rest.isBlank() ? key : rest);
                case ORGANIZATION -> iris.entity("org", rest.isBlank() ? key : rest);
                case CITY, REGION -> iris.entity("place", key);
            };
        }

        Optional<Node> entity(String key) {
            return Optional.ofNullable(r.entities().get(key)).map(this::entity);
        }

        Node role(String key) {
            return cached("role", key, () -> iris.entity("role", key));
        }

        Node post(String key) {
            return cached("post", key, () -> iris.compound("post", key));
        }

        Node tenure(String key) {
            return cached("tenure", key, () -> iris.compound("tenure", key));
        }

        Node meeting(String key) {
            return cached("meeting", key, () -> iris.compound("meeting", key));
        }

        Node participation(String meetingKey, String personKey) {
            return cached("participation", meetingKey + ' ' + personKey,
                    () -> iris.compound("participation", meetingKey, personKey));
        }

        Node stance(String key) {
            return cached("stance", key, () -> iris.compound("stance", key));
        }

        Node topic(String key) {
            return cached("topic", key, () -> iris.entity("topic", key));
        }

        Node outlet(String key) {
            return cached("outlet", key, () -> iris.entity("outlet", key));
        }

        Node choice(String meetingKey, ValueChoice.Property property) {
            return uri(iris.compound("choice", "meeting", meetingKey, property.name()));
        }

        Node claim(Report<?> report, String factKind, String factKey) {
            return uri(iris.claim(report.articleId(), factKind, factKey, report.sentence()));
        }

        // ---------------------------------------------------------------- claims

        private Node factNode(ClaimOf c) {
            return switch (c.factKind()) {
                case "tenure" -> tenure(c.factKey());
                case "meeting" -> meeting(c.factKey());
                default -> stance(c.factKey());
            };
        }

        // ---------------------------------------------------------------- article graphs

        /** Writes one article's graph. Not thread-safe; one per article. */
        private final class ArticleWriter {
            private final Extraction x;
            private final List<ClaimOf> claims;
            private final String id;
            private final String text;
            private final CodePoints cp;
            private final Graph g = GraphFactory.createDefaultGraph();
            private final Node article;
            private final IriScheme.TextSpans spans;
            private final Node context;
            private final Map<Integer, Node> sentences = new HashMap<>();

            ArticleWriter(Extraction x, List<ClaimOf> claims) {
                this.x = x;
                this.claims = claims;
                this.id = x.article().id();
                this.text = x.article().text();
                this.cp = new CodePoints(text);
                this.article = uri(iris.article(id));
                this.spans = iris.textSpans(id);
                this.context = uri(spans.at(0, cp.length()));
            }

            Graph write() {
                articleAndRun();
                for (PersonEntity pe : x.persons()) {
                    Optional<String> key = r.personKey(id, pe.localId());
                    if (key.isEmpty()) {
                        continue;
                    }
                    Node person = person(key.get());
                    g.add(person, p(SchemaDO.alternateName), str(oneLine(pe.name())));
                    pe.aliases().forEach(a -> g.add(person, p(SchemaDO.alternateName), str(oneLine(a))));
                    pe.mentions().forEach(this::mention);
                }
                for (ClaimOf c : claims) {
                    writeClaim(c);
                }
                return g;
            }

            private void articleAndRun() {
                OntologyTypes.type(g, article, NG.Article.asNode());
                g.add(article, p(NG.articleId), str(id));
                g.add(article, p(NG.fileName), str(x.article().fileName()));
                g.add(article, p(NG.contentHash), str(x.article().contentHash()));
                var meta = x.article().meta();
                meta.url().filter(u -> !u.isBlank())
                        .ifPresent(u -> g.add(article, p(SchemaDO.url), typed(u.strip(), XSDDatatype.XSDanyURI)));
                meta.title().filter(t -> !t.isBlank()).ifPresent(t -> g.add(article, p(SchemaDO.headline), str(t.strip())));
                meta.published().ifPresent(d -> g.add(article, p(SchemaDO.datePublished), date(d)));
                r.referenceDates().getOrDefault(id, Optional.empty())
                        .ifPresent(d -> g.add(article, p(NG.referenceDate), date(d)));
                meta.source().filter(s -> !s.isBlank()).flatMap(s -> outletKey(s)).ifPresent(o -> {
                    g.add(article, p(SchemaDO.publisher), outlet(o));
                    g.add(article, p(PROV.wasAttributedTo), outlet(o));
                });

                OntologyTypes.type(g, context, NIF.Context.asNode());
                g.add(context, RDF_TYPE, p(NIF.OffsetBasedString));
                g.add(context, p(NIF.isString), str(text));
                g.add(context, p(NIF.beginIndex), count(0));
                g.add(context, p(NIF.endIndex), count(cp.length()));
                g.add(context, p(NIF.sourceUrl), article);

                Node run = uri(iris.extraction(id));
                String version = x.extractorVersion() == null || x.extractorVersion().isBlank()
                        ? "unknown" : x.extractorVersion().strip();
                Node software = uri(iris.entity("software", "newsgraph " + version));
                OntologyTypes.type(g, run, NG.Extraction.asNode());
                g.add(run, RDF_TYPE, p(PROV.Activity));
                g.add(run, p(PROV.used), article);
                g.add(run, p(PROV.wasAssociatedWith), software);
                if (x.extractedAt() != null) {
                    g.add(run, p(PROV.endedAtTime), typed(x.extractedAt().toString(), XSDDatatype.XSDdateTime));
                }
                g.add(uri(iris.articleGraph(id)), p(PROV.wasGeneratedBy), run);
                g.add(software, RDF_TYPE, p(PROV.SoftwareAgent));
                g.add(software, LABEL, str("Newsgraph " + version));
                g.add(software, p(SchemaDO.softwareVersion), str(version));
            }

            private Optional<String> outletKey(String source) {
                String key;
                try {
                    key = IriScheme.slug(source);
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
                return r.outletLabels().containsKey(key) ? Optional.of(key) : Optional.empty();
            }

            private boolean valid(Span span) {
                return span.end() <= text.length() && cp.isBoundary(span.begin()) && cp.isBoundary(span.end());
            }

            /** The node of a sentence, written on first use; empty when the index or span is bad. */
            private Optional<Node> sentence(int index) {
                if (index < 0 || index >= x.sentences().size()) {
                    return Optional.empty();
                }
                Node known = sentences.get(index);
                if (known != null) {
                    return Optional.of(known);
                }
                Span span = x.sentences().get(index);
                if (!valid(span)) {
                    LOG.warn("article {}, sentence {} ({}): outside the text or inside a character; left out",
                            id, index, span);
                    return Optional.empty();
                }
                Node s = offsetString(span, NIF.Sentence.asNode());
                g.add(s, p(NG.sentenceIndex), count(index));
                sentences.put(index, s);
                return Optional.of(s);
            }

            private Node offsetString(Span span, Node cls) {
                int b = cp.at(span.begin());
                int e = cp.at(span.end());
                Node s = uri(spans.at(b, e));
                g.add(s, RDF_TYPE, cls);
                g.add(s, RDF_TYPE, p(NIF.OffsetBasedString));
                g.add(s, p(NIF.beginIndex), count(b));
                g.add(s, p(NIF.endIndex), count(e));
                g.add(s, p(NIF.anchorOf), str(span.of(text)));
                g.add(s, p(NIF.referenceContext), context);
                return s;
            }

            /** The node of a mention, with what it names; empty when its span is bad. */
            private Optional<Node> mention(Mention m) {
                if (!valid(m.span())) {
                    LOG.warn("article {}, {}: {} mention \"{}\" outside the text or inside a character; left out",
                            id, m.span(), m.kind(), m.text());
                    return Optional.empty();
                }
                Node node = offsetString(m.span(), NIF.Phrase.asNode());
                g.add(node, p(NG.mentionKind), str(m.kind().name().toLowerCase(Locale.ROOT)));
                // sentence() answers only for a valid index; a mention the extractor put in the wrong sentence gets none
                sentence(m.sentence()).filter(s -> x.sentences().get(m.sentence()).contains(m.span()))
                        .ifPresent(s -> g.add(node, p(NIF.sentence), s));
                Optional<Node> target = switch (m.kind()) {
                    case PERSON -> r.personKey(id, m.ref()).map(Mapping.this::person);
                    case PLACE, ORGANIZATION -> entity(m.ref());
                    case TITLE -> safeSlug(m.ref()).filter(r.roleLabels()::containsKey).map(Mapping.this::role);
                    case TOPIC -> safeSlug(m.ref()).filter(r.topicLabels()::containsKey).map(Mapping.this::topic);
                    case DATE, TRIGGER -> Optional.empty();
                };
                target.ifPresent(t -> g.add(node, p(ITSRDF.taIdentRef), t));
                return Optional.of(node);
            }

            private void writeClaim(ClaimOf c) {
                Report<?> rep = c.report();
                Fact fact = rep.fact();
                Node claim = claim(rep, c.factKind(), c.factKey());
                OntologyTypes.type(g, claim, NG.Claim.asNode());
                g.add(claim, p(NG.claimOf), factNode(c));
                g.add(claim, p(PROV.wasDerivedFrom), article);
                g.add(claim, p(NG.confidence), decimal(rep.confidence()));
                rep.observedOn().ifPresent(d -> g.add(claim, p(NG.observedOn), date(d)));
                Node stated = sentence(fact.evidence().sentence()).orElseGet(() -> fallbackSentence(fact));
                g.add(claim, p(NG.statedIn), stated);
                for (Mention m : fact.evidence().mentions()) {
                    mention(m).ifPresent(n -> g.add(claim, p(NG.evidence), n));
                }
                switch (fact) {
                    case PositionFact pf -> g.add(claim, p(NG.former), bool(pf.former()));
                    case MeetingFact mf -> meetingClaim(claim, mf, c.factKey());
                    case StanceFact sf -> {
                    }
                }
            }

            private void meetingClaim(Node claim, MeetingFact mf, String meetingKey) {
                g.add(claim, p(NG.status), status(mf.status()));
                g.add(claim, p(NG.meetingKind), kind(mf.kind()));
                mf.date().ifPresent(d -> {
                    g.add(claim, p(NG.date), date(d.value()));
                    g.add(claim, p(NG.dateBasis), str(basis(d.basis())));
                });
                mf.place().flatMap(pl -> entity(pl.key())).ifPresent(pl -> g.add(claim, p(NG.place), pl));
                for (String local : mf.participants()) {
                    r.personKey(id, local).ifPresent(pk -> {
                        g.add(claim, p(NG.participant), person(pk));
                        Node pa = participation(meetingKey, pk);
                        g.add(pa, p(PROV.wasDerivedFrom), article);
                        for (Mention m : mf.evidence().mentions()) {
                            if (m.kind() == MentionKind.PERSON && m.ref().equals(local)) {
                                mention(m).ifPresent(n -> g.add(pa, p(NG.evidence), n));
                            }
                        }
                    });
                }
            }

            /** A fact whose sentence index is bad is stated in the stretch its evidence covers, else the whole text. */
            private Node fallbackSentence(Fact fact) {
                LOG.warn("article {}: {} names sentence {}, which the extraction does not have; its evidence stands in",
                        id, fact.getClass().getSimpleName(), fact.evidence().sentence());
                Span span = fact.evidence().mentions().stream().map(Mention::span).filter(this::valid)
                        .reduce(Span::union).orElse(new Span(0, text.length()));
                return offsetString(span, NIF.Sentence.asNode());
            }
        }

        // ---------------------------------------------------------------- the resolution graph

        Graph resolutionGraph() {
            Graph g = GraphFactory.createDefaultGraph();
            for (ResolvedPerson person : r.persons().values()) {
                Node n = person(person.key());
                OntologyTypes.type(g, n, NG.Person.asNode());
                g.add(n, NAME, str(oneLine(person.name())));
                g.add(n, LABEL, str(oneLine(person.name())));
                g.add(n, p(NG.sourceCount), count(person.articleCount()));
            }
            for (ResolvedEntity e : r.entities().values()) {
                Node n = entity(e);
                Node cls = switch (e.type()) {
                    case COUNTRY -> NG.Country.asNode();
                    case CITY -> NG.City.asNode();
                    case REGION -> NG.Region.asNode();
                    case ORGANIZATION -> NG.Organization.asNode();
                };
                OntologyTypes.type(g, n, cls);
                g.add(n, LABEL, str(e.label()));
                e.isoCode().filter(c -> c.matches("[A-Z]{2}")).ifPresent(c -> g.add(n, p(NG.isoCode), str(c)));
                if (e.type() != EntityType.COUNTRY) {
                    e.countryKey().flatMap(c -> entity(c)).ifPresent(c -> g.add(n,
                            e.type() == EntityType.ORGANIZATION ? p(ORG.subOrganizationOf) : p(SchemaDO.containedInPlace),
                            c));
                }
            }
            r.outletLabels().forEach((key, label) -> {
                Node n = outlet(key);
                OntologyTypes.type(g, n, NG.Outlet.asNode());
                g.add(n, LABEL, str(label));
            });
            r.roleLabels().forEach((key, label) -> {
                Node n = role(key);
                g.add(n, RDF_TYPE, p(ORG.Role));
                g.add(n, RDF_TYPE, p(SKOS.Concept));
                g.add(n, LABEL, str(label));
                g.add(n, p(SKOS.prefLabel), str(label));
            });
            for (ResolvedPost post : r.posts().values()) {
                Node n = post(post.key());
                g.add(n, RDF_TYPE, p(ORG.Post));
                g.add(n, p(ORG.role), role(post.roleKey()));
                g.add(n, LABEL, str(postLabel(post)));
                post.orgKey().flatMap(o -> entity(o)).ifPresent(o -> g.add(n, p(ORG.postIn), o));
            }
            for (ResolvedTenure t : r.tenures().values()) {
                tenure(g, t);
            }
            for (ResolvedMeeting m : r.meetings().values()) {
                meeting(g, m);
            }
            r.topicLabels().forEach((key, label) -> {
                Node n = topic(key);
                OntologyTypes.type(g, n, NG.Topic.asNode());
                g.add(n, LABEL, str(label));
                g.add(n, p(SKOS.prefLabel), str(label));
            });
            for (ResolvedStance s : r.stances().values()) {
                Node n = stance(s.key());
                OntologyTypes.type(g, n, NG.Stance.asNode());
                g.add(n, p(NG.holder), person(s.holderKey()));
                g.add(n, p(NG.polarity), polarity(s.polarity()));
                g.add(n, p(NG.topic), topic(s.topicKey()));
                g.add(n, LABEL, str(oneLine(r.persons().get(s.holderKey()).name()) + " " + s.polarity().notation()
                        + " " + r.topicLabels().get(s.topicKey())));
                support(g, n, s.support());
            }
            return g;
        }

        private String postLabel(ResolvedPost post) {
            String role = r.roleLabels().get(post.roleKey());
            return post.orgKey().map(r.entities()::get).map(e -> role + " of " + withArticle(e.label())).orElse(role);
        }

        private void tenure(Graph g, ResolvedTenure t) {
            Node n = tenure(t.key());
            Node person = person(t.personKey());
            ResolvedPost post = t.post();
            OntologyTypes.type(g, n, NG.Tenure.asNode());
            g.add(n, p(ORG.member), person);
            g.add(n, p(NG.post), post(post.key()));
            g.add(n, p(ORG.role), role(post.roleKey()));
            post.orgKey().flatMap(o -> entity(o)).ifPresent(o -> g.add(n, p(ORG.organization), o));
            g.add(n, p(NG.current), bool(t.current()));
            t.firstObserved().ifPresent(d -> g.add(n, p(NG.firstObserved), date(d)));
            t.lastObserved().ifPresent(d -> g.add(n, p(NG.lastObserved), date(d)));
            g.add(n, LABEL, str(oneLine(r.persons().get(t.personKey()).name()) + ", "
                    + (t.current() ? "" : "former ") + postLabel(post)));
            support(g, n, t.support());
            if (t.current()) {
                g.add(person, p(ORG.holds), post(post.key()));
            }
        }

        private void meeting(Graph g, ResolvedMeeting m) {
            Node n = meeting(m.key());
            OntologyTypes.type(g, n, NG.Meeting.asNode());
            g.add(n, p(NG.status), status(m.status()));
            g.add(n, p(NG.meetingKind), kind(m.kind()));
            m.date().ifPresent(d -> g.add(n, p(NG.date), date(d)));
            m.placeKey().flatMap(pl -> entity(pl)).ifPresent(pl -> g.add(n, p(NG.place), pl));
            List<String> names = new ArrayList<>();
            for (String pk : m.participants()) {
                Node person = person(pk);
                Node pa = participation(m.key(), pk);
                g.add(n, p(NG.participant), person);
                g.add(n, p(NG.hasParticipation), pa);
                OntologyTypes.type(g, pa, NG.Participation.asNode());
                g.add(pa, p(NG.participant), person);
                support(g, pa, m.participation().get(pk));
                names.add(oneLine(r.persons().get(pk).name()));
            }
            String who = names.size() == 2 ? names.get(0) + " and " + names.get(1)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
            g.add(n, LABEL, str((m.kind() == MeetingKind.CALL ? "Call" : "Meeting") + " of " + who
                    + m.date().map(d -> ", " + d.lexicalForm()).orElse("")
                    + (m.status() == MeetingStatus.OCCURRED ? "" : " (" + m.status().notation() + ")")));
            support(g, n, m.support());
            for (ValueChoice c : m.choices()) {
                Node ch = choice(m.key(), c.property());
                OntologyTypes.type(g, ch, NG.Choice.asNode());
                g.add(ch, p(NG.choiceFor), n);
                Node property;
                Node value;
                switch (c.property()) {
                    case DATE -> {
                        property = p(NG.date);
                        value = date((DateValue) c.chosen());
                    }
                    case PLACE -> {
                        property = p(NG.place);
                        value = entity(r.entities().get((String) c.chosen()));
                    }
                    case STATUS -> {
                        property = p(NG.status);
                        value = status((MeetingStatus) c.chosen());
                    }
                    case KIND -> {
                        property = p(NG.meetingKind);
                        value = kind((MeetingKind) c.chosen());
                    }
                    default -> throw new IllegalStateException(c.property().name());
                }
                g.add(ch, p(NG.onProperty), property);
                g.add(ch, p(NG.chosenValue), value);
                g.add(ch, p(NG.reason), reason(c.reason()));
                c.supporting().forEach(rep -> g.add(ch, p(NG.supportedBy), claim(rep, "meeting", m.key())));
                c.contesting().forEach(rep -> g.add(ch, p(NG.contestedBy), claim(rep, "meeting", m.key())));
            }
        }
    }
}
