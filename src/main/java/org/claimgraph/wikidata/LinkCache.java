package org.claimgraph.wikidata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.ClaimgraphException;

/**
 * The endpoint's answers kept on disk, so that the same label of the same type is never asked twice of the same
 * endpoint. One tab-separated line per candidate: endpoint, type, label, item, positions separated by "|"; an
 * answer with no candidate is kept as one line with item "-".
 */
final class LinkCache {

    private static final String NONE = "-";

    private final Path file;
    private final Map<String, List<Candidate>> answers = new HashMap<>();

    private LinkCache(Path file) {
        this.file = file;
    }

    /** The cache in {@code file}, read if it exists (created on the first answer otherwise). */
    static LinkCache open(Path file) {
        LinkCache cache = new LinkCache(file);
        if (Files.exists(file)) {
            try {
                cache.read(Files.readAllLines(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ClaimgraphException(file + ": cannot read the Wikidata cache: " + e.getMessage(), e);
            }
        }
        return cache;
    }

    /** The cached answer for a label of a type from an endpoint, if it was asked before. */
    Optional<List<Candidate>> get(String endpoint, String type, String label) {
        return Optional.ofNullable(answers.get(key(endpoint, type, label)));
    }

    /** Keeps an answer, in memory and at once on disk (a run cut short keeps what it learnt). */
    void put(String endpoint, String type, String label, List<Candidate> candidates) {
        answers.put(key(endpoint, type, label), List.copyOf(candidates));
        List<String> lines = new ArrayList<>();
        String prefix = clean(endpoint) + "\t" + type + "\t" + clean(label) + "\t";
        if (candidates.isEmpty()) {
            lines.add(prefix + NONE + "\t");
        }
        for (Candidate c : candidates) {
            lines.add(prefix + c.item() + "\t" + String.join("|", c.positions().stream().map(LinkCache::clean)
                    .map(p -> p.replace('|', '/')).sorted().toList()));
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                for (String line : lines) {
                    out.write(line);
                    out.newLine();
                }
            }
        } catch (IOException e) {
            throw new ClaimgraphException(file + ": cannot write the Wikidata cache: " + e.getMessage(), e);
        }
    }

    private void read(List<String> lines) {
        Map<String, List<Candidate>> read = new LinkedHashMap<>();
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            if (cells.length < 4 || line.isBlank()) {
                continue;
            }
            List<Candidate> list = read.computeIfAbsent(key(cells[0], cells[1], cells[2]), k -> new ArrayList<>());
            if (!cells[3].equals(NONE)) {
                Set<String> positions = cells.length < 5 || cells[4].isEmpty() ? Set.of()
                        : Set.copyOf(java.util.Arrays.asList(cells[4].split("\\|")));
                list.add(new Candidate(cells[3], positions));
            }
        }
        answers.putAll(read);
    }

    private static String key(String endpoint, String type, String label) {
        return clean(endpoint) + "\t" + type + "\t" + clean(label);
    }

    /** Tabs and line breaks would break the file's lines; names never need them. */
    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
