package org.claimgraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ClaimgraphException;

/** Reads a tab-separated lexicon from the classpath: '#' starts a comment, blank lines are skipped. */
public final class TsvResource {

    private TsvResource() {
    }

    /** The rows of {@code /org/claimgraph/lexicon/NAME}, each split on tabs and trimmed. */
    public static List<String[]> rows(String name) {
        String path = "/org/claimgraph/lexicon/" + name;
        try (InputStream in = TsvResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new ClaimgraphException("lexicon " + path + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ClaimgraphException("lexicon " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The rows of a tab-separated file of the user's, read by the same rules as the lexicons. */
    public static List<String[]> rows(java.nio.file.Path file) {
        try (BufferedReader reader = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new ClaimgraphException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The first column of {@code /org/claimgraph/lexicon/NAME}, lower-cased: a word list. */
    public static java.util.Set<String> words(String name) {
        java.util.Set<String> out = new java.util.HashSet<>();
        rows(name).forEach(r -> out.add(r[0].toLowerCase(java.util.Locale.ROOT)));
        return java.util.Set.copyOf(out);
    }

    /** The first column, lower-cased, of the rows of {@code NAME} whose second column is KIND: a word list by kind. */
    public static java.util.Set<String> words(String name, String kind) {
        java.util.Set<String> out = new java.util.HashSet<>();
        rows(name).stream().filter(r -> r.length > 1 && r[1].equals(kind))
                .forEach(r -> out.add(r[0].toLowerCase(java.util.Locale.ROOT)));
        return java.util.Set.copyOf(out);
    }

    /** The first column, lower-cased, mapped to the second, of {@code NAME}: a word list with one attribute each. */
    public static java.util.Map<String, String> pairs(String name) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        rows(name).forEach(r -> out.put(r[0].toLowerCase(java.util.Locale.ROOT), r[1]));
        return java.util.Map.copyOf(out);
    }

    private static List<String[]> parse(BufferedReader reader) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            String[] cells = content.split("\t+");
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            rows.add(cells);
        }
        return rows;
    }
}
