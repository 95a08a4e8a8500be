package org.newsgraph.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMeta;

/**
 * Reads a folder of articles ({@code NAME.txt} with an optional {@code NAME.meta.json}) for the quality test.
 * A stand-in until {@code org.newsgraph.source.ArticleReader} is on main; then {@link #read} should call it.
 */
final class ArticleFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleFiles() {
    }

    static List<Article> read(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().map(ArticleFiles::article)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list articles in " + dir, e);
        }
    }

    private static Article article(Path txt) {
        try {
            String fileName = txt.getFileName().toString();
            String id = fileName.substring(0, fileName.length() - ".txt".length());
            byte[] textBytes = Files.readAllBytes(txt);
            String text = new String(textBytes, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            Path sidecar = txt.resolveSibling(id + ".meta.json");
            byte[] metaBytes = Files.exists(sidecar) ? Files.readAllBytes(sidecar) : new byte[0];
            ArticleMeta meta = metaBytes.length == 0 ? ArticleMeta.NONE : meta(JSON.readTree(metaBytes));
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(textBytes);
            sha.update(metaBytes);
            return new Article(id, fileName, text, meta, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read article " + txt, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArticleMeta meta(JsonNode n) {
        return new ArticleMeta(text(n, "published").map(LocalDate::parse), text(n, "url"), text(n, "source"),
                text(n, "title"));
    }

    private static Optional<String> text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }
}
