package org.claimgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    @TempDir
    Path dir;

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        return file;
    }

    @Test
    void firstAnnotatorFileInSortedOrderWins() throws IOException {
        touch("text/news_2016_a.txt");
        touch("gold/news_2016_a_zed.ann");
        Path first = touch("gold/news_2016_a_bob.ann");
        List<Corpus.Entry> entries = Corpus.list(dir.resolve("text"), dir.resolve("gold"), 0);
        assertEquals(List.of(new Corpus.Entry("news_2016_a", dir.resolve("text/news_2016_a.txt"), Optional.of(first))),
                entries);
    }

    @Test
    void plainNameAnnotationAndMissingGoldAreBothHandled() throws IOException {
        touch("text/a.txt");
        touch("text/a_b.txt");
        touch("text/c.txt");
        Path a = touch("gold/a.ann");
        // a_b's annotator file must not be taken for article a, nor a's for a_b.
        Path ab = touch("gold/a_b_x1.ann");
        List<Corpus.Entry> entries = Corpus.list(dir.resolve("text"), dir.resolve("gold"), 0);
        assertEquals(List.of(Optional.of(a), Optional.of(ab), Optional.empty()),
                entries.stream().map(Corpus.Entry::gold).toList());
    }

    @Test
    void limitTakesTheFirstArticlesInSortedOrder() throws IOException {
        touch("text/b.txt");
        touch("text/a.txt");
        touch("text/c.txt");
        touch("text/notes.md");
        Files.createDirectories(dir.resolve("gold"));
        assertEquals(List.of("a", "b"), Corpus.list(dir.resolve("text"), dir.resolve("gold"), 2).stream()
                .map(Corpus.Entry::name).toList());
        assertEquals(3, Corpus.list(dir.resolve("text"), dir.resolve("gold"), 0).size());
    }
}
