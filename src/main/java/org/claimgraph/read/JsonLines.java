package org.claimgraph.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a JSON Lines file, one news-please object per line, as it streams: a large file never sits in memory and a
 * bad line is one problem while the other lines still go through.
 */
final class JsonLines {

    private final Path path;
    private final Consumer<Article> onArticle;
    private final Consumer<ReadProblem> onProblem;
    private int lineNumber;
    private int nonBlankLines;

    private JsonLines(Path path, Consumer<Article> onArticle, Consumer<ReadProblem> onProblem) {
        this.path = path;
        this.onArticle = onArticle;
        this.onProblem = onProblem;
    }

    /** Reads every line of the file; throws only for what spoils the whole file (unreadable, binary, empty). */
    static void read(Path path, Consumer<Article> onArticle, Consumer<ReadProblem> onProblem) throws InputProblem {
        JsonLines lines = new JsonLines(path, onArticle, onProblem);
        try (InputStream in = Files.newInputStream(path)) {
            lines.split(in);
        } catch (IOException e) {
            throw InputProblem.of(e, path);
        }
        if (lines.nonBlankLines == 0) {
            throw new InputProblem(lines.lineNumber == 0 ? "empty file" : "no text: only blank lines");
        }
    }

    /** Cuts the stream at '\n' bytes, which in UTF-8 never occur inside a multi-byte character. */
    private void split(InputStream in) throws IOException, InputProblem {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 16];
        long chunkStart = 0;
        long lineStart = 0;
        for (int n; (n = in.read(chunk)) > 0; chunkStart += n) {
            int from = 0;
            for (int i = 0; i < n; i++) {
                if (chunk[i] == '\n') {
                    line.write(chunk, from, i - from);
                    handle(line.toByteArray(), lineStart);
                    line.reset();
                    from = i + 1;
                    lineStart = chunkStart + from;
                }
            }
            line.write(chunk, from, n - from);
        }
        if (line.size() > 0) {
            handle(line.toByteArray(), lineStart);
        }
    }

    private void handle(byte[] bytes, long fileOffset) throws InputProblem {
        lineNumber++;
        int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        int off = lineNumber == 1 && Utf8.startsWithBom(bytes, 0, len) ? 3 : 0;
        // A NUL means the whole file is binary: one problem for it, not one per line.
        Utf8.requireNoNul(bytes, off, len - off, fileOffset);
        String source = path + ":" + lineNumber;
        try {
            String json = Utf8.decode(bytes, off, len - off, fileOffset);
            if (json.isBlank()) {
                return;
            }
            nonBlankLines++;
            onArticle.accept(NewsPleaseJson.parse(source, json, false));
        } catch (InputProblem e) {
            nonBlankLines++;
            onProblem.accept(new ReadProblem(source, e.getMessage()));
        }
    }
}
