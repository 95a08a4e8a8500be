package org.newsgraph.extract;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.newsgraph.NewsgraphException;

/**
 * Writes and reads an {@link Extraction} as JSON, exactly: {@code read(write(x)).equals(x)}. Also computes the
 * <em>fingerprint</em> of an extractor, a hash of its code and resources, so that cached extractions made by another
 * version of the extractor are not reused. Stateless and thread-safe.
 *
 * <pre>{@code
 * String json = ExtractionJson.toJson(extraction);
 * Extraction back = ExtractionJson.fromJson(json);               // equals(extraction)
 * String fp = ExtractionJson.fingerprint(PipelineExtractor.standard());
 * }</pre>
 */
public final class ExtractionJson {
    /*
     * Records are (de)serialised through their components only: is-getters such as Token.isProperNoun() or
     * DateValue.isComplete() are derived values and must not appear in the JSON (reading them back would fail).
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .build();

    private static final Map<String, String> FINGERPRINTS = new ConcurrentHashMap<>();

    private ExtractionJson() {
    }

    /** The extraction as compact JSON. */
    public static String toJson(Extraction extraction) {
        try {
            return MAPPER.writeValueAsString(extraction);
        } catch (JsonProcessingException e) {
            throw new NewsgraphException("article " + extraction.article().id()
                    + ": the extraction cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes the extraction as compact UTF-8 JSON; does not close {@code out}. */
    public static void write(Extraction extraction, OutputStream out) throws IOException {
        out.write(toJson(extraction).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads an extraction written by {@link #toJson}.
     *
     * @throws NewsgraphException when the JSON is not an extraction (malformed, or written by an incompatible version)
     */
    public static Extraction fromJson(String json) {
        try {
            return MAPPER.readValue(json, Extraction.class);
        } catch (JsonProcessingException e) {
            throw new NewsgraphException("not a Newsgraph extraction: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads an extraction written by {@link #write}; does not close {@code in}. */
    public static Extraction read(InputStream in) throws IOException {
        return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    /**
     * The fingerprint of an extractor: SHA-256 (hex) over the classes and resources of the Newsgraph extractor module
     * (the {@code newsgraph-extractor} jar, or its {@code target/classes} folder when run from a build) and of the
     * code source of {@code extractor}'s class when that is elsewhere, each entry by its path and its bytes, in
     * path order. Computed once per code source and process.
     */
    public static String fingerprint(ArticleExtractor extractor) {
        Set<Path> sources = new LinkedHashSet<>();
        sources.add(codeSource(ArticleExtractor.class));
        sources.add(codeSource(extractor.getClass()));
        StringBuilder all = new StringBuilder();
        for (Path source : sources) {
            all.append(FINGERPRINTS.computeIfAbsent(source.toString(), k -> hashCodeSource(source)));
        }
        return sources.size() == 1 ? all.toString() : sha256Hex(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Path codeSource(Class<?> type) {
        CodeSource cs = type.getProtectionDomain().getCodeSource();
        URL location = cs == null ? null : cs.getLocation();
        if (location == null) {
            throw new NewsgraphException("cannot fingerprint the extractor: " + type.getName()
                    + " has no code source on the class path");
        }
        try {
            return Path.of(location.toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new NewsgraphException("cannot fingerprint the extractor: unusable code source " + location, e);
        }
    }

    private static String hashCodeSource(Path source) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(source)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(source)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    String name = source.relativize(f).toString().replace('\\', '/');
                    digestEntry(sha, name, Files.readAllBytes(f));
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    List<JarEntry> entries = new ArrayList<>();
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        JarEntry entry = e.nextElement();
                        // The manifest and Maven's metadata change with build times, not with the extractor.
                        if (!entry.isDirectory() && !entry.getName().startsWith("META-INF/")) {
                            entries.add(entry);
                        }
                    }
                    entries.sort(java.util.Comparator.comparing(JarEntry::getName));
                    for (JarEntry entry : entries) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            digestEntry(sha, entry.getName(), in.readAllBytes());
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fingerprint the extractor: cannot read " + source, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    private static void digestEntry(MessageDigest sha, String name, byte[] content) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(java.nio.ByteBuffer.allocate(8).putLong(content.length).array());
        sha.update(content);
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
