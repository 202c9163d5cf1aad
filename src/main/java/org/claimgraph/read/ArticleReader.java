package org.claimgraph.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.claimgraph.ClaimgraphException.BadInput;

/** Reads text, news-please JSON and JSON Lines files, and directories of them, into {@link Article}s. */
public final class ArticleReader {

    // One article is a few kilobytes; a file far larger is a mistake, and reading it whole could exhaust memory.
    static final long MAX_ARTICLE_FILE_BYTES = 64L << 20;

    private enum Format { PLAIN, JSON, JSON_LINES }

    /** Reads the inputs in order, passing on each article and each problem as soon as it is found. */
    public void readAll(List<Path> inputs, Consumer<Article> onArticle, Consumer<ReadProblem> onProblem) {
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                readDirectory(input, onArticle, onProblem);
            } else {
                // Named explicitly, so the user means it: an unknown extension is read as plain text.
                readFile(input, formatOf(input).orElse(Format.PLAIN), onArticle, onProblem);
            }
        }
    }

    /** Reads one file (or directory) and returns its articles, throwing {@link BadInput} if anything is wrong. */
    public List<Article> read(Path file) {
        List<Article> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        readAll(List.of(file), articles::add, problems::add);
        if (!problems.isEmpty()) {
            int more = problems.size() - 1;
            String others = more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? ")" : "s)");
            throw new BadInput(problems.get(0).line() + others);
        }
        return articles;
    }

    /**
     * Reads one article sent as bytes rather than a file (an HTTP request body): news-please JSON if {@code json},
     * else plain text with the optional date header; throws {@link BadInput} naming {@code source} if it is not one.
     */
    public Article readOne(String source, byte[] bytes, boolean json) {
        if (bytes.length > MAX_ARTICLE_FILE_BYTES) {
            throw new BadInput(source + ": too large for one article (" + bytes.length + " bytes)");
        }
        try {
            return json ? NewsPleaseJson.read(source, bytes) : PlainTextFormat.read(source, bytes);
        } catch (InputProblem e) {
            throw new BadInput(source + ": " + e.getMessage());
        }
    }

    private void readDirectory(Path dir, Consumer<Article> onArticle, Consumer<ReadProblem> onProblem) {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(dir)) {
            entries = listing.sorted().toList();
        } catch (IOException e) {
            onProblem.accept(new ReadProblem(dir.toString(), InputProblem.of(e, dir).getMessage()));
            return;
        }
        for (Path entry : entries) {
            // Hidden entries are tool droppings (.git, .DS_Store, editor backups), never articles.
            if (entry.getFileName().toString().startsWith(".")) {
                continue;
            }
            // Links to directories are not followed: a link cycle would never end.
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                readDirectory(entry, onArticle, onProblem);
            } else {
                formatOf(entry).ifPresent(format -> readFile(entry, format, onArticle, onProblem));
            }
        }
    }

    private static Optional<Format> formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Optional.of(Format.PLAIN);
        }
        if (name.endsWith(".json")) {
            return Optional.of(Format.JSON);
        }
        return name.endsWith(".jsonl") ? Optional.of(Format.JSON_LINES) : Optional.empty();
    }

    private static void readFile(Path file, Format format, Consumer<Article> onArticle,
                                 Consumer<ReadProblem> onProblem) {
        String source = file.toString();
        try {
            switch (format) {
                case PLAIN -> onArticle.accept(PlainTextFormat.read(source, bytes(file)));
                case JSON -> onArticle.accept(NewsPleaseJson.read(source, bytes(file)));
                case JSON_LINES -> JsonLines.read(file, onArticle, onProblem);
            }
        } catch (InputProblem e) {
            // Only reading throws InputProblem (it is checked), so a failing consumer is never reported as bad input.
            onProblem.accept(new ReadProblem(source, e.getMessage()));
        }
    }

    private static byte[] bytes(Path file) throws InputProblem {
        try {
            long size = Files.size(file);
            if (size > MAX_ARTICLE_FILE_BYTES) {
                throw new InputProblem("too large for one article (" + size + " bytes, limit "
                        + MAX_ARTICLE_FILE_BYTES + "); a batch belongs in a .jsonl file");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw InputProblem.of(e, file);
        }
    }
}
