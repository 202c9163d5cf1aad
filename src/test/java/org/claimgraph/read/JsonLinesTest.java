package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.write(part);
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachLineIsAnArticleAndABadLineIsOneProblem() {
        Path file = Path.of("src/test/resources/read/jsonl/batch.jsonl");
        Reads reads = Reads.of(file);

        assertEquals(List.of(file + ":1", file + ":3", file + ":4 (problem)", file + ":5"), reads.sources());
        assertEquals("malformed JSON at column 46: expected a value but found '}'", reads.problems.get(0).message());
        Article first = reads.articles.get(0);
        assertEquals("The mayor said the new bridge would open in May.", first.text());
        assertEquals(Optional.of("Bridge to open in May"), first.headline());
        assertEquals(Optional.of(LocalDate.of(2025, 1, 2)), first.datePublished());
        assertEquals(List.of("K. Osei"), reads.articles.get(2).authors());
    }

    @Test
    void lineThatIsNotUtf8IsOneProblemWithItsFileOffset() throws IOException {
        byte[] first = utf8("{\"maintext\": \"Caf\u00e9 owners said trade was down.\"}\n");
        Path file = write("mixed.jsonl", first, utf8("{\"maintext\": \"Caf"), new byte[] {(byte) 0xE9},
                utf8("\"}\n{\"maintext\": \"Third.\"}\n"));
        Reads reads = Reads.of(file);

        assertEquals(List.of(file + ":1", file + ":2 (problem)", file + ":3"), reads.sources());
        long offset = first.length + "{\"maintext\": \"Caf".length();
        assertEquals("not valid UTF-8 (byte 0xE9 at offset " + offset + ")", reads.problems.get(0).message());
    }

    @Test
    void lineWithoutMaintextIsOneProblem() throws IOException {
        Path file = write("x.jsonl", utf8("{\"title\": \"T\"}\n{\"maintext\": \"Fine.\"}\n"));
        Reads reads = Reads.of(file);

        assertEquals(List.of(file + ":1 (problem)", file + ":2"), reads.sources());
        assertEquals(file + ":1: no text: field \"maintext\" is missing or empty", reads.problems.get(0).line());
    }

    @Test
    void windowsLineEndingsByteOrderMarkAndMissingFinalNewlineAreFine() throws IOException {
        Path file = write("crlf.jsonl", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("{\"maintext\": \"One.\"}\r\n\r\n{\"maintext\": \"Two.\"}"));
        Reads reads = Reads.of(file);

        assertEquals(List.of(file + ":1", file + ":3"), reads.sources());
        assertEquals("Two.", reads.articles.get(1).text());
    }

    @Test
    void linesLongerThanTheReadBufferAreWhole() throws IOException {
        String longText = "Word and word. ".repeat(10_000);
        Path file = write("long.jsonl", utf8("{\"maintext\": \"" + longText + "\"}\n{\"maintext\": \"Short.\"}\n"));
        Reads reads = Reads.of(file);

        assertEquals(List.of(file + ":1", file + ":2"), reads.sources());
        assertEquals(longText, reads.articles.get(0).text());
    }

    @Test
    void emptyOrBlankFileIsOneProblem() throws IOException {
        assertEquals("empty file", Reads.onlyProblem(write("empty.jsonl")).message());
        assertEquals("no text: only blank lines", Reads.onlyProblem(write("blank.jsonl", utf8("\n  \n\t\n"))).message());
    }

    @Test
    void binaryFileIsOneProblemNotOnePerLine() throws IOException {
        Path file = write("bin.jsonl", utf8("{\"maintext\": \"Fine.\"}\n"), new byte[] {1, 2, 0, 3, '\n', 0, '\n'});
        Reads reads = Reads.of(file);

        assertEquals(List.of(file + ":1", file + " (problem)"), reads.sources());
        int nulOffset = "{\"maintext\": \"Fine.\"}\n".length() + 2;
        assertEquals("binary file, not text (NUL byte at offset " + nulOffset + ")", reads.problems.get(0).message());
        assertTrue(reads.problems.get(0).line().startsWith(file + ": binary file"));
    }
}
