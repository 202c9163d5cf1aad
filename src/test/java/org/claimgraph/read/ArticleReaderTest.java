package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.claimgraph.ClaimgraphException.BadInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void latin1ByteIsNotUtf8AndTheMessageSaysWhere() throws IOException {
        byte[] bytes = "The cafe owner said trade was down.".getBytes(StandardCharsets.US_ASCII);
        bytes[7] = (byte) 0xE9; // "caf\u00e9" as Latin-1 writes it
        Path file = writeBytes("latin1.txt", bytes);

        ReadProblem problem = Reads.onlyProblem(file);
        assertEquals(new ReadProblem(file.toString(), "not valid UTF-8 (byte 0xE9 at offset 7)"), problem);
        BadInput e = assertThrows(BadInput.class, () -> new ArticleReader().read(file));
        assertEquals(file + ": not valid UTF-8 (byte 0xE9 at offset 7)", e.getMessage());
    }

    @Test
    void utf8OffsetsCountFromTheFileStartIncludingByteOrderMarkAndTruncatedEnd() throws IOException {
        Path bom = writeBytes("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', (byte) 0xE9});
        assertEquals("not valid UTF-8 (byte 0xE9 at offset 5)", Reads.onlyProblem(bom).message());
        Path cut = writeBytes("cut.txt", new byte[] {'a', 'b', 'c', (byte) 0xC3});
        assertEquals("not valid UTF-8 (byte 0xC3 at offset 3)", Reads.onlyProblem(cut).message());
    }

    @Test
    void emptyFileIsAProblem() throws IOException {
        assertEquals("empty file", Reads.onlyProblem(write("empty.txt", "")).message());
        assertEquals("empty file", Reads.onlyProblem(write("empty.json", "")).message());
    }

    @Test
    void whitespaceOnlyFileIsAProblem() throws IOException {
        assertEquals("no text: only whitespace", Reads.onlyProblem(write("blank.txt", " \n\t \r\n")).message());
        assertEquals("no text: only whitespace", Reads.onlyProblem(write("blank.json", "\n\n")).message());
    }

    @Test
    void binaryFileIsAProblem() throws IOException {
        Path file = writeBytes("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertEquals("binary file, not text (NUL byte at offset 4)", Reads.onlyProblem(file).message());
    }

    @Test
    void utf16FileIsNamedAsSuch() throws IOException {
        Path file = writeBytes("wide.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'H', 0, 'i', 0});
        assertEquals("UTF-16 text (byte order mark); only UTF-8 is read", Reads.onlyProblem(file).message());
    }

    @Test
    void malformedJsonFileIsAProblem() throws IOException {
        Path file = write("bad.json", "{\"maintext\": \"Text.\",\n \"title\": 'T'\n}");
        assertEquals(file + ": malformed JSON at line 2, column 11: expected a value but found '''",
                Reads.onlyProblem(file).line());
    }

    @Test
    void jsonWithoutMaintextIsAProblem() throws IOException {
        Path file = write("b.json", "{\"title\": \"Only a title\"}");
        assertEquals(file + ": no text: field \"maintext\" is missing or empty", Reads.onlyProblem(file).line());
    }

    @Test
    void missingFileIsAProblem() {
        Path file = dir.resolve("nope.txt");
        assertEquals(file + ": no such file", Reads.onlyProblem(file).line());
        BadInput e = assertThrows(BadInput.class, () -> new ArticleReader().read(Path.of("nope.txt")));
        assertEquals("nope.txt: no such file", e.getMessage());
    }

    @Test
    void danglingSymlinkIsUnreadable() throws IOException {
        Path link = dir.resolve("link.txt");
        try {
            Files.createSymbolicLink(link, dir.resolve("gone.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links unsupported here: " + e);
        }
        assertEquals("no such file (broken symbolic link)", Reads.onlyProblem(link).message());
    }

    @Test
    void pathThroughAFileIsUnreadable() throws IOException {
        Path file = write("plain.txt", "Text.");
        assertEquals("cannot read: Not a directory", Reads.onlyProblem(file.resolve("child.txt")).message());
    }

    @Test
    void fileWithoutReadPermissionIsUnreadable() throws IOException {
        Path file = write("secret.txt", "Text.");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions here");
        }
        // Root reads anything, so this can only be checked when the permission really blocks reading.
        assumeTrue(blocksReading(file), "permissions do not block this user (root?)");
        assertEquals("permission denied", Reads.onlyProblem(file).message());
    }

    private static boolean blocksReading(Path file) throws IOException {
        try {
            Files.readAllBytes(file);
            return false;
        } catch (AccessDeniedException e) {
            return true;
        }
    }

    @Test
    void fileTooLargeForOneArticleIsAProblem() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ArticleReader.MAX_ARTICLE_FILE_BYTES + 1);
        }
        assertTrue(Reads.onlyProblem(file).message().startsWith("too large for one article ("
                + (ArticleReader.MAX_ARTICLE_FILE_BYTES + 1) + " bytes"));
    }

    @Test
    void directoryIsReadRecursivelyInSortedOrderByExtension() throws IOException {
        write("b.txt", "Bee keepers said the winter was mild.");
        write("a.json", "{\"maintext\": \"Ants, a study said, work in shifts.\"}");
        write("sub/c.jsonl", "{\"maintext\": \"One.\"}\n{\"maintext\": \"Two.\"}\n");
        write("sub/deeper/d.TXT", "Upper-case extensions count too.");
        write("notes.md", "Not an article.");
        write("image.png", "Not an article either.");
        write(".hidden.txt", "Hidden files are skipped.");
        write(".git/e.txt", "Hidden directories are skipped.");
        Files.createDirectories(dir.resolve("empty-dir"));

        Reads reads = Reads.of(dir);

        assertEquals(List.of(dir.resolve("a.json").toString(), dir.resolve("b.txt").toString(),
                dir.resolve("sub/c.jsonl") + ":1", dir.resolve("sub/c.jsonl") + ":2",
                dir.resolve("sub/deeper/d.TXT").toString()), reads.sources());
    }

    @Test
    void badFileInADirectoryIsOneProblemInItsPlace() throws IOException {
        write("a.txt", "First article.");
        write("b.txt", "");
        write("c.txt", "Third article.");

        Reads reads = Reads.of(dir);

        assertEquals(List.of(dir.resolve("a.txt").toString(), dir.resolve("b.txt") + " (problem)",
                dir.resolve("c.txt").toString()), reads.sources());
        BadInput e = assertThrows(BadInput.class, () -> new ArticleReader().read(dir));
        assertEquals(dir.resolve("b.txt") + ": empty file", e.getMessage());
    }

    @Test
    void directoryWithNothingReadableIsNoArticlesAndNoProblem() throws IOException {
        write("notes.md", "Not an article.");
        write(".hidden.txt", "Hidden.");
        Files.createDirectories(dir.resolve("empty"));

        Reads reads = Reads.of(dir);
        assertEquals(List.of(), reads.events);
    }

    @Test
    void fileNamedExplicitlyIsReadAsPlainTextWhateverItsExtension() throws IOException {
        Path notes = write("notes.md", "Notes from the council meeting.");
        Path readme = write("README", "No extension at all.");
        Path hidden = write(".draft.txt", "A hidden file named on purpose.");

        Reads reads = Reads.of(notes, readme, hidden);

        assertEquals(List.of(notes.toString(), readme.toString(), hidden.toString()), reads.sources());
        assertEquals("Notes from the council meeting.", reads.articles.get(0).text());
    }

    @Test
    void inputsKeepTheirOrderAndReadReportsHowManyMoreProblems() throws IOException {
        Path z = write("z.txt", "Zebra crossings, the mayor said, save lives.");
        Path a = write("a.txt", "Apples are in season.");
        assertEquals(List.of(z.toString(), a.toString()), Reads.of(z, a).sources());

        write("bad/x.txt", "");
        write("bad/y.txt", " ");
        BadInput one = assertThrows(BadInput.class, () -> new ArticleReader().read(dir.resolve("bad")));
        assertEquals(dir.resolve("bad/x.txt") + ": empty file (and 1 more problem)", one.getMessage());
        write("bad/z.txt", "");
        BadInput two = assertThrows(BadInput.class, () -> new ArticleReader().read(dir.resolve("bad")));
        assertEquals(dir.resolve("bad/x.txt") + ": empty file (and 2 more problems)", two.getMessage());
    }

    @Test
    void failureInTheConsumerIsNotTurnedIntoAReadProblem() throws IOException {
        Path file = write("a.txt", "Text.");
        IllegalStateException boom = new IllegalStateException("consumer failed");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> new ArticleReader().readAll(List.of(file), article -> {
                    throw boom;
                }, problem -> {
                    throw new AssertionError("not a read problem: " + problem);
                }));
        assertSame(boom, thrown);
    }
}
