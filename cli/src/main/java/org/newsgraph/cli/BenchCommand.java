package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.ExtractionJson;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleReader;
import org.newsgraph.store.ChangeReport;
import org.newsgraph.store.ExtractionCache;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg bench}: how fast each stage runs on a corpus. Not a test: it reports figures, it asserts nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure Newsgraph on a corpus: extraction (articles/s and tokens/s on 1 thread and on all "
                + "cores), mapping, loading into a new TDB2 store (quads/s), time from server start to the first "
                + "answered query, and this JVM's peak heap and peak RSS.",
                "Tokens are counted by a regular expression (runs of letters or digits, and single punctuation "
                        + "marks), the same for every run.",
                "For the peak RSS of a whole build: /usr/bin/time -v ./kg build --data /tmp/d seeds "
                        + "(\"Maximum resident set size\")."},
        footer = {"", "Example:", "  kg bench seeds/"})
final class BenchCommand implements Callable<Integer> {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--data"}, paramLabel = "DIR",
            description = "Where to build the benchmark's store; must not hold a store yet (default: a temporary "
                    + "folder, deleted afterwards).")
    Path data;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel run (default: all cores).")
    Integer threads;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files and folders.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        ArticleReader.Batch batch = new ArticleReader().readAll(paths);
        List<Article> articles = batch.articles();
        if (articles.isEmpty()) {
            throw new StoreException("no readable article under " + paths);
        }
        long tokens = articles.stream().mapToLong(a -> count(a.text())).sum();
        out.printf("corpus: %d articles (%d skipped), %d tokens, %.1f MB of text%n", articles.size(),
                batch.problems().size(), tokens, articles.stream().mapToLong(a -> a.text().length()).sum() / 1e6);

        long t0 = System.nanoTime();
        ArticleExtractor extractor = KnowledgeStore.standardExtractor();
        extractor.extract(articles.get(0));
        out.printf("extractor: %s, first article (models loading) %.0f ms%n", extractor.getClass().getSimpleName(),
                ms(t0));

        t0 = System.nanoTime();
        for (Article a : articles) {
            extractor.extract(a);
        }
        double one = seconds(t0);
        out.printf("extract, 1 thread:   %8.1f articles/s  %10.0f tokens/s  (%.2f s)%n", articles.size() / one,
                tokens / one, one);

        t0 = System.nanoTime();
        List<Extraction> extractions = parallel(extractor, articles, cores);
        double many = seconds(t0);
        out.printf("extract, %d threads: %8.1f articles/s  %10.0f tokens/s  (%.2f s), speed-up %.2fx%n", cores,
                articles.size() / many, tokens / many, many, one / many);
        out.flush();

        boolean temporary = data == null;
        Path dir = temporary ? Files.createTempDirectory("kg-bench-") : data;
        if (KnowledgeStore.exists(dir)) {
            throw new StoreException(dir + " already holds a store: the benchmark loads a new one; give another --data");
        }
        try {
            // The store finds the extractions above in its cache, so its build times mapping and loading alone.
            ExtractionCache cache = new ExtractionCache(KnowledgeStore.cacheDir(dir), ExtractionJson.fingerprint(extractor));
            extractions.forEach(cache::put);
            ChangeReport r;
            try (KnowledgeStore store = KnowledgeStore.create().dataDir(dir).extractor(extractor).threads(cores).open()) {
                r = store.build(paths);
            }
            long map = r.stageMillis().getOrDefault("map", 0L);
            long load = r.stageMillis().getOrDefault("load", 0L);
            out.printf("map:    %d articles in %d ms%n", r.articles(), map);
            out.printf("load:   %d quads in %d ms, %.0f quads/s (one write transaction)%n", r.triplesAdded(), load,
                    r.triplesAdded() / Math.max(load / 1000.0, 0.001));
            out.flush();

            t0 = System.nanoTime();
            NewsgraphServer server = NewsgraphServer.create().dataDir(dir).port(0).build().start();
            try {
                long n = firstQuery(server.sparqlUrl());
                out.printf("serve:  server start to first answered query %.0f ms (%d triples in the union graph)%n",
                        ms(t0), n);
            } finally {
                server.stop();
            }
        } finally {
            if (temporary) {
                delete(dir);
            }
        }
        out.printf("memory: peak heap %.0f MB (max %.0f MB), peak RSS %s%n", peakHeap() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6, peakRss());
        out.flush();
        return 0;
    }

    private static List<Extraction> parallel(ArticleExtractor x, List<Article> articles, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Extraction>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> x.extract(a)));
            }
            List<Extraction> result = new ArrayList<>();
            for (Future<Extraction> f : futures) {
                result.add(f.get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long firstQuery(String endpoint) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        String q = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(endpoint + "?query="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv")
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new StoreException("the first query failed: HTTP " + r.statusCode() + " " + r.body());
        }
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElse("0").strip());
    }

    static long count(String text) {
        long n = 0;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** VmHWM from /proc/self/status (Linux), else "n/a". */
    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D+", ""));
                    return String.format("%.0f MB", kb / 1e3);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "n/a";
    }

    private static double seconds(long t0) {
        return Math.max((System.nanoTime() - t0) / 1e9, 1e-9);
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
