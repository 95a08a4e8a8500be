package org.newsgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.atlas.lib.Timer;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.ExtractionJson;
import org.newsgraph.extract.PipelineExtractor;
import org.newsgraph.rdf.CorpusGraphs;
import org.newsgraph.rdf.GraphMapper;
import org.newsgraph.rdf.RdfGraphMapper;
import org.newsgraph.resolve.PlaceLookup;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleException;
import org.newsgraph.source.ArticleReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Newsgraph knowledge store: a TDB2 dataset in {@code DATA/tdb2} holding one named graph per article and the
 * resolution graph, plus the extraction cache in {@code DATA/cache}. Builds are incremental: only new and changed
 * articles are extracted, the whole corpus is re-mapped, and only the graphs that differ are written, all in one
 * write transaction, so a crash leaves the store as it was and a build of unchanged articles writes nothing.
 *
 * <p>One JVM owns a TDB2 directory at a time; opening a store that another process holds fails with a clear
 * message. An instance is safe to share between threads (changes are serialised); {@link #close()} releases the
 * directory.
 *
 * <pre>{@code
 * try (KnowledgeStore store = KnowledgeStore.create().dataDir(Path.of("data")).open()) {
 *     ChangeReport r = store.build(List.of(Path.of("seeds")));
 *     store.query("SELECT * { ?s ?p ?o } LIMIT 5", ResultFormat.TABLE, System.out);
 * }
 * }</pre>
 */
public final class KnowledgeStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeStore.class);

    /**
     * Test-only: when set to N, a build or remove halts the JVM ({@code Runtime.halt}) inside its write transaction,
     * after writing N graphs and before committing. Used to prove that a crash leaves the store unchanged.
     */
    public static final String HALT_PROPERTY = "newsgraph.test.haltAfterGraphs";

    /** The store's own facts (its IRI base) live in the dataset's stored default graph, which queries never see. */
    static final Node META = NodeFactory.createURI("urn:newsgraph:store");
    static final Node META_BASE = NodeFactory.createURI("urn:newsgraph:store#iriBase");

    private final Path dataDir;
    private final DatasetGraph dsg;
    private final IriScheme iris;
    /** The IRI scheme the loaded data was minted with: differs from {@link #iris} only before a rebase is written. */
    private IriScheme storedIris;
    /** The base recorded in the dataset, if any; set by each write. */
    private String recordedBase;
    private final Supplier<ArticleExtractor> extractorSupplier;
    private final Function<IriScheme, GraphMapper> mapperFactory;
    private final boolean strict;
    private final int threads;
    private final ArticleReader reader = new ArticleReader();
    private ArticleExtractor extractor;
    private ExtractionCache cache;
    private boolean closed;

    private KnowledgeStore(Builder b, DatasetGraph dsg, IriScheme iris, IriScheme storedIris, String recordedBase) {
        this.dataDir = b.dataDir;
        this.dsg = dsg;
        this.iris = iris;
        this.storedIris = storedIris;
        this.recordedBase = recordedBase;
        this.extractorSupplier = b.extractor;
        this.mapperFactory = b.mapper;
        this.strict = b.strict;
        this.threads = b.threads;
    }

    /** System property naming an {@link ArticleExtractor} class (public no-argument constructor) to use by default. */
    public static final String EXTRACTOR_PROPERTY = "newsgraph.extractor";

    /**
     * The default extractor: {@link PipelineExtractor#standard()}, or the class named by {@value #EXTRACTOR_PROPERTY}
     * (for benchmarks and tests).
     */
    public static ArticleExtractor standardExtractor() {
        String named = System.getProperty(EXTRACTOR_PROPERTY);
        if (named == null || named.isBlank()) {
            return PipelineExtractor.standard();
        }
        try {
            return Class.forName(named.strip()).asSubclass(ArticleExtractor.class).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new StoreException("-D" + EXTRACTOR_PROPERTY + "=" + named + " is not an ArticleExtractor class with "
                    + "a public no-argument constructor on the class path", e);
        }
    }

    /** A builder; {@link Builder#dataDir} is required. */
    public static Builder create() {
        return new Builder();
    }

    /** The TDB2 database of a data directory: {@code DATA/tdb2}. */
    public static Path databaseDir(Path dataDir) {
        return dataDir.resolve("tdb2");
    }

    /** The extraction cache of a data directory: {@code DATA/cache}. */
    public static Path cacheDir(Path dataDir) {
        return dataDir.resolve("cache");
    }

    /** Whether {@code dataDir} holds a store: a TDB2 database in {@code DATA/tdb2}. */
    public static boolean exists(Path dataDir) {
        Path db = databaseDir(dataDir);
        if (!Files.isDirectory(db)) {
            return false;
        }
        try (Stream<Path> s = Files.list(db)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The IRI base a store was built with, read from its dataset (in a read transaction), if one was recorded. */
    public static Optional<String> storedBase(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Iterator<Quad> it = dsg.find(Quad.defaultGraphIRI, META, META_BASE, Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    /** Builds a {@link KnowledgeStore}; defaults are filled in {@link #open()}. Not thread-safe. */
    public static final class Builder {
        private Path dataDir;
        private Supplier<ArticleExtractor> extractor = KnowledgeStore::standardExtractor;
        private Function<IriScheme, GraphMapper> mapper = iris -> new RdfGraphMapper(iris, PlaceLookup.gazetteer());
        private String base;
        private boolean rebase;
        private boolean strict;
        private boolean create = true;
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /** The data directory: the TDB2 database goes in {@code DATA/tdb2}, the extraction cache in {@code DATA/cache}. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** The extractor for new and changed articles; default {@link PipelineExtractor#standard()}. */
        public Builder extractor(ArticleExtractor extractor) {
            Objects.requireNonNull(extractor, "extractor");
            this.extractor = () -> extractor;
            return this;
        }

        /** Makes the mapper for the store's IRI scheme; default the {@link RdfGraphMapper} with the gazetteer. */
        public Builder mapper(Function<IriScheme, GraphMapper> mapperFactory) {
            this.mapper = Objects.requireNonNull(mapperFactory, "mapperFactory");
            return this;
        }

        /**
         * The IRI base to mint IRIs under. Default: the base the store was built with, or
         * {@link IriScheme#DEFAULT_BASE} for a new store. A different base than the store's is an error unless
         * {@link #rebase} is set.
         */
        public Builder base(String base) {
            this.base = base;
            return this;
        }

        /** Allow {@link #base} to differ from the store's: the next build re-mints every IRI under the new base. */
        public Builder rebase(boolean rebase) {
            this.rebase = rebase;
            return this;
        }

        /** Make any unreadable article or failed extraction fatal (no change is written). Default false. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Whether {@link #open()} may create a new, empty store (default true). Commands that only read or change an
         * existing store set it false, so a mistyped data directory is an error rather than an empty store.
         */
        public Builder createIfMissing(boolean create) {
            this.create = create;
            return this;
        }

        /** Extraction threads; default the number of cores. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Opens (creating if needed) the store. Fails if another process holds it. */
        public KnowledgeStore open() {
            if (dataDir == null) {
                throw new IllegalStateException("KnowledgeStore.Builder: no dataDir given");
            }
            IriScheme requested = base == null ? null : scheme(base);
            Path db = databaseDir(dataDir);
            if (!create && !exists(dataDir)) {
                throw new StoreException("there is no Newsgraph store in " + dataDir + " (no TDB2 database in " + db
                        + "): build one first, e.g. kg build --data " + dataDir + " seeds/");
            }
            try {
                Files.createDirectories(db);
            } catch (IOException e) {
                throw new StoreException("cannot create the store directory " + db + ": " + e.getMessage(), e);
            }
            DatasetGraph dsg = connect(db);
            try {
                Optional<String> stored = storedBase(dsg);
                boolean hasGraphs = Txn.calculateRead(dsg, () -> dsg.listGraphNodes().hasNext());
                IriScheme storedIris = scheme(stored.orElse(IriScheme.DEFAULT_BASE));
                if (requested != null && hasGraphs && !requested.base().equals(storedIris.base()) && !rebase) {
                    throw new StoreException("the store in " + dataDir + " was built with the IRI base <"
                            + storedIris.base() + ">, not <" + requested.base() + ">: pass --rebase to re-mint every "
                            + "IRI under the new base, or use another data directory");
                }
                IriScheme iris = requested != null ? requested : storedIris;
                return new KnowledgeStore(this, dsg, iris, storedIris, stored.orElse(null));
            } catch (RuntimeException e) {
                TDBInternal.expel(dsg);
                throw e;
            }
        }

        private static IriScheme scheme(String base) {
            try {
                return new IriScheme(base);
            } catch (IllegalArgumentException e) {
                throw new StoreException(e.getMessage(), e);
            }
        }
    }

    /**
     * Connects to the TDB2 database in {@code db}, turning "locked by another process" into a message that says
     * what to do.
     */
    public static DatasetGraph connect(Path db) {
        try {
            return DatabaseMgr.connectDatasetGraph(db.toString());
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                String m = String.valueOf(t.getMessage());
                if (t instanceof AlreadyLocked || m.toLowerCase(java.util.Locale.ROOT).contains("lock")) {
                    java.util.regex.Matcher pid = java.util.regex.Pattern.compile("process (\\d+)").matcher(m);
                    throw new StoreException("the store " + db + " is in use by another process"
                            + (pid.find() ? " (PID " + pid.group(1) + ")" : "") + ", such as a running \"kg serve\" "
                            + "or build: one process owns a store at a time; stop it first", e);
                }
            }
            throw new StoreException("cannot open the store " + db + ": " + e.getMessage(), e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The IRI scheme of the store's data. */
    public IriScheme iris() {
        return iris;
    }

    /** The TDB2 dataset. Use transactions; write only through this class. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /**
     * The dataset as queries see it: the default graph is the union of all named graphs (as on the SPARQL endpoint).
     * Read-only use; each query runs in its own read transaction.
     */
    public Dataset queryDataset() {
        Dataset ds = DatasetFactory.wrap(dsg);
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return ds;
    }

    /** The articles loaded, by id. */
    public Map<String, StoredArticle> articles() {
        return Txn.calculateRead(dsg, () -> ArticleGraphs.loaded(dsg, storedIris));
    }

    /**
     * Builds the articles in {@code paths} (files and folders) into the store: reads them, extracts new and changed
     * ones in parallel (others come from the cache), re-maps the whole corpus and writes the graphs that changed in
     * one transaction. Unreadable articles and failed extractions are skipped and reported (fatal when strict).
     */
    public synchronized ChangeReport build(Collection<Path> paths) {
        checkOpen();
        GraphMapper mapper = mapperFactory.apply(iris); // fail before any work when there is no mapper
        Timer total = timer();
        Timer t = timer();
        Map<String, Long> stages = new LinkedHashMap<>();
        ArticleReader.Batch batch = reader.readAll(paths);
        List<ChangeReport.Problem> skipped = new ArrayList<>();
        batch.problems().forEach(p -> skipped.add(new ChangeReport.Problem(p.location(), problemOf(p))));
        Map<String, Article> inputs = new TreeMap<>();
        Map<String, String> idByGraph = new HashMap<>();
        for (Article a : batch.articles()) {
            String other = idByGraph.putIfAbsent(iris.articleGraph(a.id()), a.id());
            if (other != null) {
                skipped.add(new ChangeReport.Problem(a.fileName(), "article id \"" + a.id() + "\" gives the same IRI as \""
                        + other + "\" (characters outside A-Z a-z 0-9 . _ ~ - become _); rename one of the files"));
                continue;
            }
            inputs.put(a.id(), a);
        }
        skipped.forEach(p -> LOG.warn("skipped {}", p));
        if (strict && !skipped.isEmpty()) {
            throw new StoreException("build stopped (--strict): " + skipped.size() + " input"
                    + (skipped.size() == 1 ? "" : "s") + " cannot be read; nothing was written:"
                    + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ",
                    skipped.stream().map(Object::toString).toList()));
        }
        stages.put("read", t.endTimer());
        LOG.info("read: {} articles from {} path{}, {} skipped ({} ms)", inputs.size(), paths.size(),
                paths.size() == 1 ? "" : "s", skipped.size(), stages.get("read"));

        t = timer();
        Map<String, StoredArticle> loaded = articles();
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (Article a : inputs.values()) {
            StoredArticle s = loaded.get(a.id());
            if (s == null) {
                added++;
            } else if (s.contentHash().equals(a.contentHash())) {
                unchanged++;
            } else {
                changed++;
            }
        }
        int kept = (int) loaded.keySet().stream().filter(id -> !inputs.containsKey(id)).count();
        stages.put("compare", t.endTimer());
        LOG.info("compare: {} new, {} changed, {} unchanged, {} other loaded article{} kept ({} ms)", added, changed,
                unchanged, kept, kept == 1 ? "" : "s", stages.get("compare"));

        t = timer();
        Extractions ex = new Extractions();
        List<Article> wanted = new ArrayList<>(inputs.values());
        ex.obtain(wanted);
        // An input that failed to extract: keep the version already loaded, if any, so a bad edit loses nothing.
        List<String> fallback = new ArrayList<>();
        for (Map.Entry<String, Throwable> f : ex.failures.entrySet()) {
            Article a = inputs.get(f.getKey());
            String reason = "extraction failed: " + describe(f.getValue());
            LOG.warn("skipped {}: {}", a.fileName(), reason);
            skipped.add(new ChangeReport.Problem(a.fileName(), reason
                    + (loaded.containsKey(a.id()) ? " (the version already loaded stays)" : "")));
            if (loaded.containsKey(a.id())) {
                fallback.add(a.id());
            }
        }
        if (strict && !ex.failures.isEmpty()) {
            throw new StoreException("build stopped (--strict): " + ex.failures.size() + " extraction"
                    + (ex.failures.size() == 1 ? "" : "s") + " failed; nothing was written: " + skipped);
        }
        List<String> keep = new ArrayList<>(loaded.keySet().stream().filter(id -> !inputs.containsKey(id)).toList());
        keep.addAll(fallback);
        ex.obtainStored(keep, loaded);
        stages.put("extract", t.endTimer());
        LOG.info("extract: {} article{} extracted on {} thread{}, {} from cache, {} failed ({} ms)", ex.extracted.get(),
                ex.extracted.get() == 1 ? "" : "s", threads, threads == 1 ? "" : "s", ex.fromCache.get(),
                ex.failureCount, stages.get("extract"));

        Write w = mapAndWrite(mapper, ex.done, stages);
        LOG.info("build: done in {} ({} articles in the store)", seconds(total.endTimer()), ex.done.size());
        return new ChangeReport(inputs.size(), added, changed, unchanged, kept, 0, ex.extracted.get(),
                ex.fromCache.get(), skipped, w.graphs, w.added, w.removed, w.written, ex.done.size(), stages);
    }

    /**
     * Removes articles, by id or file name ({@code 000_0cea18fc80242b28}, {@code seeds/000_0cea18fc80242b28.txt}):
     * re-maps the remaining corpus and writes the changes in one transaction. Facts only those articles supported
     * disappear; facts other articles also state stay, with fewer sources.
     *
     * @throws StoreException naming the arguments that are not loaded articles (nothing is changed then)
     */
    public synchronized ChangeReport remove(Collection<String> articles) {
        checkOpen();
        GraphMapper mapper = mapperFactory.apply(iris);
        Timer total = timer();
        Map<String, StoredArticle> loaded = articles();
        List<String> ids = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String arg : articles) {
            String id = idOf(arg);
            if (loaded.containsKey(id)) {
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            } else {
                unknown.add(arg);
            }
        }
        if (!unknown.isEmpty()) {
            throw new StoreException("not in the store: " + String.join(", ", unknown) + " (" + loaded.size()
                    + " article" + (loaded.size() == 1 ? "" : "s") + " loaded; nothing was removed)");
        }
        Timer t = timer();
        Map<String, Long> stages = new LinkedHashMap<>();
        Extractions ex = new Extractions();
        ex.obtainStored(loaded.keySet().stream().filter(id -> !ids.contains(id)).toList(), loaded);
        stages.put("extract", t.endTimer());
        LOG.info("remove: {} article{} to remove; {} remaining: {} extracted, {} from cache ({} ms)", ids.size(),
                ids.size() == 1 ? "" : "s", ex.done.size(), ex.extracted.get(), ex.fromCache.get(), stages.get("extract"));
        Write w = mapAndWrite(mapper, ex.done, stages);
        LOG.info("remove: done in {} ({} articles in the store)", seconds(total.endTimer()), ex.done.size());
        return new ChangeReport(0, 0, 0, 0, ex.done.size(), ids.size(), ex.extracted.get(), ex.fromCache.get(),
                List.of(), w.graphs, w.added, w.removed, w.written, ex.done.size(), stages);
    }

    /** The article id an argument names: an id, a file name or a path ({@code dir/ID.txt}). */
    static String idOf(String arg) {
        String name = arg.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.endsWith(ArticleReader.TEXT_SUFFIX)
                ? name.substring(0, name.length() - ArticleReader.TEXT_SUFFIX.length()) : name;
    }

    /**
     * Runs a SPARQL query over the union of all graphs and writes the results in {@code format}: SELECT as a table
     * or SPARQL CSV / TSV / JSON, ASK likewise, CONSTRUCT and DESCRIBE as RDF. Does not close {@code out}.
     *
     * @throws StoreException for a syntax error (with line and column) or a failed execution
     */
    public void query(String sparql, ResultFormat format, OutputStream out) {
        checkOpen();
        Query query;
        try {
            query = QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new StoreException("the query has a syntax error: " + e.getMessage(), e);
        } catch (QueryException e) {
            throw new StoreException("the query is not valid: " + e.getMessage(), e);
        }
        PrefixMap pm = NewsgraphPrefixes.of(iris);
        pm.putAll(query.getPrefixMapping());
        try {
            Txn.executeRead(dsg, () -> {
                try (QueryExec qe = QueryExec.dataset(dsg).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
                    if (query.isSelectType()) {
                        RowSet rows = qe.select();
                        switch (format) {
                            case TABLE -> ResultSetFormatter.out(out, ResultSet.adapt(rows), Prefixes.adapt(pm));
                            case CSV -> ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(out, rows);
                            case TSV -> ResultsWriter.create().lang(ResultSetLang.RS_TSV).write(out, rows);
                            case JSON -> ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(out, rows);
                        }
                    } else if (query.isAskType()) {
                        boolean answer = qe.ask();
                        switch (format) {
                            case TABLE -> ResultSetFormatter.out(out, answer);
                            case CSV -> ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(out, answer);
                            case TSV -> ResultsWriter.create().lang(ResultSetLang.RS_TSV).write(out, answer);
                            case JSON -> ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(out, answer);
                        }
                    } else {
                        Graph g = query.isConstructType() ? qe.construct() : query.isDescribeType() ? qe.describe()
                                : null;
                        if (g == null) {
                            throw new StoreException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run");
                        }
                        g.getPrefixMapping().setNsPrefixes(Prefixes.adapt(pm));
                        RDFFormat rdf = switch (format) {
                            case TABLE -> RDFFormat.TURTLE_PRETTY;
                            case CSV, TSV -> RDFFormat.NTRIPLES;
                            case JSON -> RDFFormat.JSONLD11_PRETTY;
                        };
                        RDFWriter.source(g).format(rdf).output(out);
                    }
                }
            });
        } catch (StoreException e) {
            throw e;
        } catch (QueryException e) {
            throw new StoreException("the query failed: " + e.getMessage(), e);
        }
        flush(out);
    }

    /**
     * Writes the store as RDF: Turtle and N-Triples hold the merged (union) graph, TriG, N-Quads and JSON-LD the named
     * graphs. Turtle, TriG and JSON-LD use the readable prefixes of {@link NewsgraphPrefixes}. Does not close {@code out}.
     */
    public void export(ExportFormat format, OutputStream out) {
        checkOpen();
        PrefixMap pm = NewsgraphPrefixes.of(iris);
        Txn.executeRead(dsg, () -> {
            switch (format) {
                case TURTLE -> {
                    Graph g = GraphFactory.createDefaultGraph();
                    dsg.getUnionGraph().find().forEachRemaining(g::add);
                    g.getPrefixMapping().setNsPrefixes(Prefixes.adapt(pm));
                    RDFWriter.source(g).format(RDFFormat.TURTLE_PRETTY).output(out);
                }
                case NTRIPLES -> stream(out, RDFFormat.NTRIPLES, null, s -> dsg.getUnionGraph().find()
                        .forEachRemaining(s::triple));
                case NQUADS -> stream(out, RDFFormat.NQUADS, null, s -> dsg.findNG(Node.ANY, Node.ANY, Node.ANY,
                        Node.ANY).forEachRemaining(s::quad));
                case TRIG, JSONLD -> {
                    DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                    copy.executeWrite(() -> {
                        dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
                        copy.prefixes().putAll(pm);
                    });
                    copy.executeRead(() -> RDFWriter.source(copy)
                            .format(format == ExportFormat.TRIG ? RDFFormat.TRIG_PRETTY : RDFFormat.JSONLD11_PRETTY)
                            .output(out));
                }
            }
        });
        flush(out);
    }

    private static void stream(OutputStream out, RDFFormat format, PrefixMap pm, java.util.function.Consumer<StreamRDF> body) {
        StreamRDF s = StreamRDFWriter.getWriterStream(out, format);
        s.start();
        if (pm != null) {
            StreamRDFOps.sendPrefixesToStream(pm, s);
        }
        body.accept(s);
        s.finish();
    }

    /**
     * Compacts the TDB2 database (TDB2 keeps old data until compaction, so it grows with every write) and deletes the
     * old generation. Returns the size in bytes before and after.
     */
    public synchronized long[] compact() {
        checkOpen();
        Path db = databaseDir(dataDir);
        long before = size(db);
        Timer t = timer();
        DatabaseMgr.compact(dsg, true);
        long after = size(db);
        LOG.info("compact: {} MB to {} MB ({} ms)", before / 1_000_000, after / 1_000_000, t.endTimer());
        return new long[] {before, after};
    }

    /** Releases the TDB2 directory, so another process (or a server in this JVM) can open it. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            TDBInternal.expel(dsg);
        }
    }

    // ---- mapping and writing

    private record Write(int graphs, long added, long removed, boolean written) {
    }

    private Write mapAndWrite(GraphMapper mapper, Map<String, Extraction> corpus, Map<String, Long> stages) {
        Timer t = timer();
        CorpusGraphs graphs = mapper.map(new ArrayList<>(corpus.values()));
        Map<Node, Graph> target = target(graphs, corpus);
        long triples = target.values().stream().mapToLong(Graph::size).sum();
        stages.put("map", t.endTimer());
        LOG.info("map: {} article graph{} + resolution graph, {} triples ({} ms)", graphs.articleGraphs().size(),
                graphs.articleGraphs().size() == 1 ? "" : "s", triples, stages.get("map"));

        t = timer();
        List<GraphChange> changes = Txn.calculateRead(dsg, () -> GraphChange.diff(dsg, target));
        LOG.debug("load: diff of {} graphs against the store ({} ms)", target.size(), t.readTimer());
        boolean metaChanges = !iris.base().equals(recordedBase);
        if (changes.isEmpty() && !metaChanges) {
            stages.put("load", t.endTimer());
            LOG.info("load: store unchanged, nothing written ({} ms)", stages.get("load"));
            return new Write(0, 0, 0, false);
        }
        long added = changes.stream().mapToLong(c -> c.add().size()).sum();
        long removed = changes.stream().mapToLong(c -> c.remove().size()).sum();
        int haltAfter = Integer.getInteger(HALT_PROPERTY, -1);
        dsg.begin(TxnType.WRITE);
        try {
            int n = 0;
            for (GraphChange c : changes) {
                Node g = c.graph();
                c.remove().forEach(tr -> dsg.delete(g, tr.getSubject(), tr.getPredicate(), tr.getObject()));
                c.add().forEach(tr -> dsg.add(g, tr.getSubject(), tr.getPredicate(), tr.getObject()));
                if (++n == haltAfter) {
                    LOG.warn("{}={}: halting inside the write transaction", HALT_PROPERTY, haltAfter);
                    Runtime.getRuntime().halt(86);
                }
            }
            dsg.deleteAny(Quad.defaultGraphIRI, META, META_BASE, Node.ANY);
            dsg.add(Quad.defaultGraphIRI, META, META_BASE, NodeFactory.createLiteralString(iris.base()));
            LOG.debug("load: changes applied ({} ms)", t.readTimer());
            dsg.commit();
            LOG.debug("load: committed ({} ms)", t.readTimer());
            recordedBase = iris.base();
            storedIris = iris;
        } finally {
            dsg.end();
        }
        stages.put("load", t.endTimer());
        LOG.info("load: {} graph{} changed, +{} / -{} triples, one transaction ({} ms)", changes.size(),
                changes.size() == 1 ? "" : "s", added, removed, stages.get("load"));
        return new Write(changes.size(), added, removed, true);
    }

    /** The mapper's graphs by graph name, checked: one graph per article, no blank nodes. */
    private Map<Node, Graph> target(CorpusGraphs graphs, Map<String, Extraction> corpus) {
        if (!graphs.articleGraphs().keySet().equals(corpus.keySet())) {
            throw new StoreException("the RDF mapper returned graphs for " + new TreeMap<>(graphs.articleGraphs()).keySet()
                    + " but the corpus is " + corpus.keySet());
        }
        Map<Node, Graph> target = new LinkedHashMap<>();
        graphs.articleGraphs().forEach((id, g) -> target.put(NodeFactory.createURI(iris.articleGraph(id)), g));
        target.put(NodeFactory.createURI(iris.resolutionGraph()), graphs.resolution());
        target.forEach((name, g) -> g.find().forEachRemaining(tr -> {
            if (tr.getSubject().isBlank() || tr.getObject().isBlank()) {
                throw new StoreException("the RDF mapper made a blank node in graph <" + name.getURI() + ">: " + tr
                        + "; the store compares graphs triple by triple and needs IRIs");
            }
        }));
        return target;
    }

    // ---- extraction

    /** Extractions for a build or remove: from the cache, or extracted in parallel. */
    private final class Extractions {
        final Map<String, Extraction> done = new TreeMap<>();
        final Map<String, Throwable> failures = new TreeMap<>();
        final AtomicInteger extracted = new AtomicInteger();
        final AtomicInteger fromCache = new AtomicInteger();
        int failureCount;

        /** Extractions of these articles; failures are recorded in {@link #failures}. */
        void obtain(List<Article> articles) {
            List<Article> missing = new ArrayList<>();
            for (Article a : articles) {
                Optional<Extraction> hit = cache().get(a);
                if (hit.isPresent()) {
                    done.put(a.id(), hit.get());
                    fromCache.incrementAndGet();
                } else {
                    missing.add(a);
                }
            }
            extractAll(missing);
        }

        /**
         * Extractions of the loaded versions of these articles: from the cache, else rebuilt from the text stored in
         * their graphs and extracted again. Failing that the article would be lost, so it is an error.
         */
        void obtainStored(List<String> ids, Map<String, StoredArticle> loaded) {
            if (ids.isEmpty()) {
                return;
            }
            List<String> misses = new ArrayList<>();
            for (String id : ids) {
                StoredArticle s = loaded.get(id);
                Optional<Extraction> hit = cache().get(id, s.contentHash());
                if (hit.isPresent()) {
                    done.put(id, hit.get());
                    failures.remove(id);
                    fromCache.incrementAndGet();
                } else {
                    misses.add(id);
                }
            }
            List<Article> articles = new ArrayList<>();
            List<String> lost = new ArrayList<>();
            Txn.executeRead(dsg, () -> {
                for (String id : misses) {
                    StoredArticle s = loaded.get(id);
                    Optional<Article> a = ArticleGraphs.article(dsg.getGraph(s.graph()), s);
                    if (a.isPresent()) {
                        articles.add(a.get());
                    } else {
                        lost.add(id);
                    }
                }
            });
            obtain(articles);
            Map<String, Throwable> now = new TreeMap<>();
            for (Article a : articles) {
                if (!done.containsKey(a.id())) {
                    now.put(a.id(), failures.get(a.id()));
                }
            }
            if (!lost.isEmpty() || !now.isEmpty()) {
                List<String> why = new ArrayList<>();
                lost.forEach(id -> why.add(id + ": no cached extraction, and its text is not in its graph"));
                now.forEach((id, e) -> why.add(id + ": no cached extraction, and extracting its stored text failed: "
                        + describe(e)));
                throw new StoreException("cannot re-map the corpus without losing loaded articles (nothing was "
                        + "written); build them again from their files (kg build FILE...) or remove them:"
                        + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", why));
            }
        }

        private void extractAll(List<Article> articles) {
            if (articles.isEmpty()) {
                return;
            }
            ArticleExtractor x = extractor();
            ExtractionCache c = cache();
            int n = Math.min(threads, articles.size());
            AtomicInteger threadNo = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
                Thread th = new Thread(r, "extract-" + threadNo.incrementAndGet());
                th.setDaemon(true);
                return th;
            });
            try {
                Map<Article, Future<Extraction>> futures = new LinkedHashMap<>();
                for (Article a : articles) {
                    futures.put(a, pool.submit(() -> extractOne(x, c, a)));
                }
                for (Map.Entry<Article, Future<Extraction>> f : futures.entrySet()) {
                    String id = f.getKey().id();
                    try {
                        done.put(id, f.getValue().get());
                        failures.remove(id);
                    } catch (ExecutionException e) {
                        failures.put(id, e.getCause());
                        failureCount++;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new StoreException("interrupted while extracting", e);
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }

        private Extraction extractOne(ArticleExtractor x, ExtractionCache c, Article a) {
            Extraction e;
            try {
                e = x.extract(a);
            } catch (StackOverflowError so) {
                throw new StoreException("stack overflow in the extractor", so);
            }
            if (e == null || !a.equals(e.article())) {
                throw new StoreException("the extractor returned an extraction of another article");
            }
            extracted.incrementAndGet();
            c.put(e);
            return e;
        }
    }

    // Called by the thread that holds the store's lock, never from the extraction threads.
    private ArticleExtractor extractor() {
        if (extractor == null) {
            extractor = extractorSupplier.get();
        }
        return extractor;
    }

    private ExtractionCache cache() {
        if (cache == null) {
            cache = new ExtractionCache(cacheDir(dataDir), ExtractionJson.fingerprint(extractor()));
        }
        return cache;
    }

    // ---- small things

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the store " + dataDir + " is closed");
        }
    }

    private static String problemOf(ArticleException e) {
        String m = e.getMessage();
        String prefix = e.location() + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getName() : m;
    }

    private static Timer timer() {
        Timer t = new Timer();
        t.startTimer();
        return t;
    }

    private static String seconds(long millis) {
        return String.format("%.1f s", millis / 1000.0);
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }
}
