package org.claimgraph.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimgraph.ClaimgraphException.BadInput;

/**
 * Pairs each article text {@code NAME.txt} with its gold file: {@code NAME.ann} or the first
 * {@code NAME_ANNOTATOR.ann} in sorted order.
 */
public final class Corpus {

    /**
     * One article of the corpus.
     *
     * @param name the file name without {@code .txt}
     * @param text the article's text file
     * @param gold its gold brat file, if there is one
     */
    public record Entry(String name, Path text, Optional<Path> gold) {
    }

    private Corpus() {
    }

    /** The first {@code limit} articles in sorted order (all when {@code limit} is 0), each with its gold file. */
    public static List<Entry> list(Path textDir, Path goldDir, int limit) {
        Map<String, Path> gold = goldFiles(goldDir);
        List<Path> texts = sortedFiles(textDir, ".txt");
        return texts.stream()
                .limit(limit > 0 ? limit : Long.MAX_VALUE)
                .map(t -> {
                    String name = stripSuffix(t, ".txt");
                    return new Entry(name, t, Optional.ofNullable(gold.get(name)));
                })
                .toList();
    }

    // Files are visited in sorted order, so when several annotators' files share an article the first one wins.
    private static Map<String, Path> goldFiles(Path goldDir) {
        Map<String, Path> byName = new HashMap<>();
        for (Path ann : sortedFiles(goldDir, ".ann")) {
            String base = stripSuffix(ann, ".ann");
            byName.putIfAbsent(base, ann);
            int underscore = base.lastIndexOf('_');
            if (underscore > 0) {
                byName.putIfAbsent(base.substring(0, underscore), ann);
            }
        }
        return byName;
    }

    private static List<Path> sortedFiles(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix) && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BadInput("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String stripSuffix(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }
}
