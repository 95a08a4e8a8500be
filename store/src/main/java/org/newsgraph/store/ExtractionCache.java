package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.newsgraph.NewsgraphException;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.ExtractionJson;
import org.newsgraph.source.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extractions cached as JSON files, one per article version and extractor: {@code DIR/<contentHash>-<fingerprint>.json}.
 * A changed article (new hash) or a changed extractor (new fingerprint) misses, so stale extractions are never used.
 * Files are written to a temporary file and renamed into place, so a reader never sees half a file. An entry that
 * cannot be read (truncated, written by an incompatible version) counts as a miss. Thread-safe.
 *
 * <p>Two articles with the same bytes under different names share a hash; an entry is used only for the article it
 * was made from, and the second article gets an entry of its own, {@code <contentHash>-<fingerprint>-<id>.json}.
 */
public final class ExtractionCache {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionCache.class);

    private final Path dir;
    private final String fingerprint;

    public ExtractionCache(Path dir, String fingerprint) {
        this.dir = dir;
        this.fingerprint = fingerprint;
    }

    public Path dir() {
        return dir;
    }

    /** The cached extraction of this article, if any. */
    public Optional<Extraction> get(Article article) {
        return get(article.id(), article.contentHash());
    }

    /**
     * The cached extraction of the article with this id and content hash, if any. The hash covers the article's text
     * and sidecar, so it names one version of the article.
     */
    public Optional<Extraction> get(String id, String contentHash) {
        for (Path p : new Path[] {primary(contentHash), secondary(contentHash, id)}) {
            Optional<Extraction> x = readEntry(p);
            if (x.isPresent() && x.get().article().id().equals(id)
                    && x.get().article().contentHash().equals(contentHash)) {
                return x;
            }
        }
        return Optional.empty();
    }

    /** Stores an extraction, atomically. A failure to write is logged and otherwise ignored: the cache is an optimisation. */
    public void put(Extraction extraction) {
        Article article = extraction.article();
        Path target = primary(article.contentHash());
        Optional<Extraction> there = readEntry(target);
        if (there.isPresent() && !there.get().article().id().equals(article.id())) {
            target = secondary(article.contentHash(), article.id());
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".tmp-", ".json");
            try {
                Files.write(tmp, ExtractionJson.toJson(extraction).getBytes(StandardCharsets.UTF_8));
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | UncheckedIOException | NewsgraphException e) {
            LOG.warn("extraction cache: cannot write {}: {}", target, e.getMessage());
        }
    }

    private Optional<Extraction> readEntry(Path p) {
        if (!Files.isRegularFile(p)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ExtractionJson.fromJson(Files.readString(p, StandardCharsets.UTF_8)));
        } catch (IOException | UncheckedIOException | NewsgraphException e) {
            LOG.debug("extraction cache: ignoring unreadable entry {}: {}", p, e.getMessage());
            return Optional.empty();
        }
    }

    private Path primary(String hash) {
        return dir.resolve(hash + "-" + fingerprint + ".json");
    }

    private Path secondary(String hash, String id) {
        return dir.resolve(hash + "-" + fingerprint + "-" + id.replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
    }
}
