package org.newsgraph.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads news articles from {@code NAME.txt} files, each with an optional sidecar {@code NAME.meta.json}
 * ({@code published}, {@code url}, {@code source}, {@code title}; every key optional, other keys ignored).
 * Immutable and thread-safe.
 *
 * <p>The id of an article is its file name without {@code .txt}; its content hash is the SHA-256 of the text file's
 * bytes followed, when there is a sidecar, by a zero byte and the sidecar's bytes, so editing either one changes it.
 * A problem with one article is an {@link ArticleException} whose message starts with the file and says what is
 * wrong ({@code seeds/x.txt: not UTF-8 text: byte 0xE9 at byte offset 120 (line 3) is not valid UTF-8}).
 *
 * <pre>{@code
 * ArticleReader.Batch batch = new ArticleReader().readAll(List.of(Path.of("seeds")));
 * batch.articles();   // sorted by path; one per id
 * batch.problems();   // one ArticleException per file that could not be read, the batch went on
 * }</pre>
 */
public final class ArticleReader {
    /** The extension of article files. */
    public static final String TEXT_SUFFIX = ".txt";
    /** The extension of sidecar metadata files, which replaces {@link #TEXT_SUFFIX}. */
    public static final String META_SUFFIX = ".meta.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What reading a batch of files and folders gave: the articles that could be read, in path order, and one
     * problem per file that could not.
     */
    public record Batch(List<Article> articles, List<ArticleException> problems) {
        public Batch {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads every article under {@code paths}: files are read as given, folders searched recursively for
     * {@code *.txt} files. Files are read in sorted path order, so the result does not depend on the file system.
     * A file that cannot be read, and the later of two files with the same id, become problems; the batch goes on.
     */
    public Batch readAll(Collection<Path> paths) {
        List<ArticleException> problems = new ArrayList<>();
        Set<Path> files = new LinkedHashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> f.getFileName().toString().endsWith(TEXT_SUFFIX) && Files.isRegularFile(f))
                            .map(Path::normalize).sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(new ArticleException(p.toString(), "the folder cannot be read: " + reason(e), e));
                }
            } else if (!Files.exists(p)) {
                problems.add(new ArticleException(p.toString(), "no such file or folder"));
            } else if (!p.getFileName().toString().endsWith(TEXT_SUFFIX)) {
                problems.add(new ArticleException(p.toString(), "not an article: article files end in " + TEXT_SUFFIX));
            } else {
                files.add(p.normalize());
            }
        }
        List<Path> sorted = files.stream().sorted().distinct().toList();
        Map<String, Path> byId = new LinkedHashMap<>();
        Set<Path> seenReal = new LinkedHashSet<>();
        List<Article> articles = new ArrayList<>();
        for (Path file : sorted) {
            if (!seenReal.add(realPath(file))) {
                continue; // the same file named twice (a folder and a file in it, or a symlink)
            }
            String id = idOf(file);
            Path first = byId.putIfAbsent(id, file);
            if (first != null) {
                problems.add(new ArticleException(file.toString(), "duplicate article id \"" + id
                        + "\": already read from " + first + " (article ids are file names and must be unique)"));
                continue;
            }
            try {
                articles.add(read(file));
            } catch (ArticleException e) {
                problems.add(e);
            }
        }
        return new Batch(articles, problems);
    }

    /** The id of an article file: its file name without {@code .txt}. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(TEXT_SUFFIX) ? name.substring(0, name.length() - TEXT_SUFFIX.length()) : name;
    }

    /** The sidecar of an article file: {@code NAME.meta.json} beside {@code NAME.txt}. */
    public static Path sidecarOf(Path file) {
        return file.resolveSibling(idOf(file) + META_SUFFIX);
    }

    /**
     * Reads one article file and its sidecar, if any.
     *
     * @throws ArticleException naming the file and the problem: unreadable, not UTF-8, empty, malformed sidecar
     */
    public Article read(Path file) {
        String location = file.toString();
        byte[] bytes = readBytes(file, location);
        if (bytes.length == 0) {
            throw new ArticleException(location, "the file is empty");
        }
        String text = decodeUtf8(bytes, location);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ArticleException(location, "the file has no text (only white space)");
        }
        Path sidecar = sidecarOf(file);
        byte[] sidecarBytes = null;
        ArticleMeta meta = ArticleMeta.NONE;
        if (Files.exists(sidecar)) {
            sidecarBytes = readBytes(sidecar, sidecar.toString());
            meta = parseMeta(sidecarBytes, sidecar.toString());
        }
        return new Article(idOf(file), file.getFileName().toString(), text, meta, contentHash(bytes, sidecarBytes));
    }

    /**
     * Parses sidecar JSON: an object whose keys {@code published} (an ISO date; a date-time is taken for its date),
     * {@code url}, {@code source} and {@code title} (strings) are all optional. Unknown keys are ignored; a
     * {@code null} or empty value counts as absent.
     *
     * @throws ArticleException naming {@code location}, with line and column for malformed JSON
     */
    public static ArticleMeta parseMeta(byte[] json, String location) {
        String text = decodeUtf8(json, location);
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ArticleException(location, "malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ArticleException(location, "the sidecar is empty: expected a JSON object like "
                    + "{\"published\": \"2021-05-20\"}");
        }
        if (!root.isObject()) {
            throw new ArticleException(location, "the sidecar must be a JSON object, not " + kind(root.getNodeType()));
        }
        Optional<LocalDate> published = string(root, "published", location).map(s -> parseDate(s, location));
        return new ArticleMeta(published, string(root, "url", location), string(root, "source", location),
                string(root, "title", location));
    }

    /** The content hash of an article: SHA-256, hex, of the text bytes, then a zero byte and the sidecar's bytes. */
    public static String contentHash(byte[] textBytes, byte[] sidecarBytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(textBytes);
            if (sidecarBytes != null) {
                sha.update((byte) 0);
                sha.update(sidecarBytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    private static Optional<String> string(JsonNode root, String key, String location) {
        JsonNode v = root.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new ArticleException(location, "\"" + key + "\" must be a string, not " + kind(v.getNodeType())
                    + ": " + v);
        }
        String s = v.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static LocalDate parseDate(String s, String location) {
        try {
            return LocalDate.parse(s, DateTimeFormatter.ISO_DATE);
        } catch (DateTimeParseException notDate) {
            try {
                // A crawler's date-time ("2021-05-20T14:03:00+02:00"): the publication date is the date as written.
                return LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(s.replaceFirst("^(\\d{4}-\\d\\d-\\d\\d) ", "$1T")));
            } catch (DateTimeParseException e) {
                throw new ArticleException(location, "\"published\" is not a date: \"" + s
                        + "\" (expected an ISO date like 2021-05-20, or a date-time like 2021-05-20T14:03:00Z)");
            }
        }
    }

    private static String kind(JsonNodeType type) {
        return switch (type) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            default -> type.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static byte[] readBytes(Path file, String location) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ArticleException(location, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new ArticleException(location, "cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new ArticleException(location, "cannot be read: " + reason(e), e);
        } catch (OutOfMemoryError e) {
            throw new ArticleException(location, "cannot be read: too large for memory", e);
        }
    }

    private static String decodeUtf8(byte[] bytes, String location) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ArticleException(location, String.format(
                    "not UTF-8 text: byte 0x%02X at byte offset %d (line %d) is not valid UTF-8; "
                            + "convert the file to UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8)",
                    bytes[offset] & 0xFF, offset, line));
        }
        return out.flip().toString();
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return m == null ? kind : kind + " " + m;
    }
}
