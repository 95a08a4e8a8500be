package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private ArticleException fails(Path file) {
        return assertThrows(ArticleException.class, () -> reader.read(file));
    }

    private static void assertNames(ArticleException e, Path file, String problem) {
        assertEquals(file.toString(), e.location());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), "expected \"" + problem + "\" in: " + e.getMessage());
    }

    @Test
    void readsTextAndSidecar() throws IOException {
        Path txt = write("a/001_x.txt", "\uFEFFHeadline\n\nBody text.\n");
        write("a/001_x.meta.json", """
                {"published": "2021-05-20", "url": "https://example.org/x", "source": "Outlet",
                 "title": "Headline", "crawler": {"ignored": true}}""");
        Article a = reader.read(txt);
        assertEquals("001_x", a.id());
        assertEquals("001_x.txt", a.fileName());
        assertEquals("Headline\n\nBody text.\n", a.text(), "the byte-order mark is dropped, line ends kept");
        assertEquals(new ArticleMeta(Optional.of(LocalDate.of(2021, 5, 20)), Optional.of("https://example.org/x"),
                Optional.of("Outlet"), Optional.of("Headline")), a.meta());
        assertTrue(a.contentHash().matches("[0-9a-f]{64}"));
    }

    @Test
    void everySidecarKeyIsOptionalAndADateTimeGivesItsDate() throws IOException {
        Path txt = write("b.txt", "Text.");
        write("b.meta.json", "{\"published\": \"2021-05-20T23:30:00-05:00\", \"url\": null, \"title\": \"\"}");
        assertEquals(new ArticleMeta(Optional.of(LocalDate.of(2021, 5, 20)), Optional.empty(), Optional.empty(),
                Optional.empty()), reader.read(txt).meta());
        write("b.meta.json", "{}");
        assertEquals(ArticleMeta.NONE, reader.read(txt).meta());
        write("b.meta.json", "{\"published\": \"2021-05-20 08:00:00Z\"}");
        assertEquals(Optional.of(LocalDate.of(2021, 5, 20)), reader.read(txt).meta().published());
    }

    @Test
    void contentHashCoversTextAndSidecar() throws IOException {
        Path txt = write("c.txt", "Text.");
        String plain = reader.read(txt).contentHash();
        write("c.meta.json", "{\"published\": \"2021-05-20\"}");
        String withMeta = reader.read(txt).contentHash();
        assertNotEquals(plain, withMeta);
        write("c.meta.json", "{\"published\": \"2021-05-21\"}");
        assertNotEquals(withMeta, reader.read(txt).contentHash());
        Files.delete(dir.resolve("c.meta.json"));
        assertEquals(plain, reader.read(txt).contentHash(), "the same bytes give the same hash");
    }

    @Test
    void notUtf8NamesTheByteOffset() throws IOException {
        Path txt = dir.resolve("latin1.txt");
        byte[] bytes = "Line one\nCaf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(txt, bytes);
        ArticleException e = fails(txt);
        assertNames(e, txt, "not UTF-8");
        assertTrue(e.getMessage().contains("0xE9 at byte offset 12 (line 2)"), e.getMessage());
    }

    @Test
    void emptyAndBlankFiles() throws IOException {
        Path empty = write("empty.txt", "");
        assertNames(fails(empty), empty, "the file is empty");
        Path blank = write("blank.txt", " \n\t\n");
        assertNames(fails(blank), blank, "no text");
    }

    @Test
    void unreadableFile() throws IOException {
        Path txt = write("secret.txt", "Text.");
        Files.setPosixFilePermissions(txt, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(txt), "running as a user who can read anything (root)");
        assertNames(fails(txt), txt, "cannot be read");
    }

    @Test
    void folderNamedTxtIsUnreadable() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("odd.txt"));
        assertNames(fails(folder), folder, "cannot be read");
    }

    @Test
    void malformedSidecarGivesLineAndColumn() throws IOException {
        Path txt = write("d.txt", "Text.");
        Path meta = write("d.meta.json", "{\n  \"published\": \"2021-05-20\",\n  \"url\": ,\n}");
        ArticleException e = fails(txt);
        assertNames(e, meta, "malformed JSON at line 3, column");
    }

    @Test
    void sidecarMustBeAnObjectWithStringValues() throws IOException {
        Path txt = write("e.txt", "Text.");
        Path meta = write("e.meta.json", "[1, 2]");
        assertNames(fails(txt), meta, "must be a JSON object, not an array");
        write("e.meta.json", "{\"url\": 42}");
        assertNames(fails(txt), meta, "\"url\" must be a string, not a number");
        write("e.meta.json", "");
        assertNames(fails(txt), meta, "the sidecar is empty");
    }

    @Test
    void publishedMustBeADate() throws IOException {
        Path txt = write("f.txt", "Text.");
        Path meta = write("f.meta.json", "{\"published\": \"last Tuesday\"}");
        assertNames(fails(txt), meta, "\"published\" is not a date: \"last Tuesday\"");
        write("f.meta.json", "{\"published\": \"2021-02-30\"}");
        assertNames(fails(txt), meta, "\"published\" is not a date: \"2021-02-30\"");
    }

    @Test
    void batchReadsFoldersRecursivelyInOrderAndGoesOnAfterAProblem() throws IOException {
        write("corpus/b/002.txt", "Two.");
        write("corpus/a/003.txt", "Three.");
        write("corpus/001.txt", "One.");
        write("corpus/notes.md", "not an article");
        write("corpus/001.meta.json", "{\"published\": \"2020-01-01\"}");
        Path bad = dir.resolve("corpus/a/004.txt");
        Files.write(bad, new byte[] {(byte) 0xFF, 'x'});
        ArticleReader.Batch batch = reader.readAll(List.of(dir.resolve("corpus")));
        assertEquals(List.of("001", "003", "002"), batch.articles().stream().map(Article::id).toList(),
                "sorted by path: corpus/001.txt, corpus/a/003.txt, corpus/b/002.txt");
        assertEquals(1, batch.problems().size());
        assertNames(batch.problems().get(0), bad, "not UTF-8");
    }

    @Test
    void sameIdTwiceIsAnErrorNamingBothPaths() throws IOException {
        Path first = write("x/a/same.txt", "One.");
        Path second = write("x/b/same.txt", "Two.");
        ArticleReader.Batch batch = reader.readAll(List.of(dir.resolve("x")));
        assertEquals(1, batch.articles().size());
        assertEquals("One.", batch.articles().get(0).text());
        ArticleException e = batch.problems().get(0);
        assertNames(e, second, "duplicate article id \"same\"");
        assertTrue(e.getMessage().contains(first.toString()), e.getMessage());
    }

    @Test
    void aFileNamedTwiceIsReadOnceAndMissingPathsAreReported() throws IOException {
        Path txt = write("y/one.txt", "One.");
        Path missing = dir.resolve("nowhere");
        Path notTxt = write("y/readme.md", "x");
        ArticleReader.Batch batch = reader.readAll(List.of(dir.resolve("y"), txt, missing, notTxt));
        assertEquals(1, batch.articles().size());
        assertEquals(2, batch.problems().size());
        assertNames(batch.problems().get(0), missing, "no such file or folder");
        assertNames(batch.problems().get(1), notTxt, "article files end in .txt");
    }
}
