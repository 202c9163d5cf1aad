package org.claimgraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.claimgraph.ClaimgraphException;

/** The stored queries, by name, read from a directory of {@code .rq} files or from the classpath. */
public final class StoredQueries {

    /** The directory, relative to the working directory, that holds the project's queries. */
    public static final Path DEFAULT_DIRECTORY = Path.of("queries");
    /** The classpath folder to fall back on when there is no such directory (e.g. when run from the jar). */
    public static final String CLASSPATH_FOLDER = "queries";

    private final Map<String, StoredQuery> byName;
    private final String origin;

    private StoredQueries(Map<String, StoredQuery> byName, String origin) {
        this.byName = byName;
        this.origin = origin;
    }

    /** Loads {@code ./queries} if it exists, else the {@code queries} folder on the classpath. */
    public static StoredQueries load() {
        if (Files.isDirectory(DEFAULT_DIRECTORY)) {
            return fromDirectory(DEFAULT_DIRECTORY);
        }
        return fromClasspath(CLASSPATH_FOLDER);
    }

    /** Loads every {@code .rq} file directly inside {@code directory}. */
    public static StoredQueries fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ClaimgraphException("No query directory " + directory.toAbsolutePath());
        }
        return new StoredQueries(read(directory), directory.toAbsolutePath().toString());
    }

    /** Loads every {@code .rq} resource inside the classpath folder {@code folder} (a directory or inside a jar). */
    public static StoredQueries fromClasspath(String folder) {
        URL url = StoredQueries.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new ClaimgraphException("No query directory " + DEFAULT_DIRECTORY.toAbsolutePath()
                    + " and no '" + folder + "' folder on the classpath");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return new StoredQueries(read(Path.of(uri)), uri.toString());
            }
            return new StoredQueries(readJar(uri, folder), uri.toString());
        } catch (URISyntaxException | IOException e) {
            throw new ClaimgraphException("Cannot read the stored queries at " + url + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, StoredQuery> readJar(URI uri, String folder) throws IOException {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            // Opened just to list the folder, and closed again after reading.
            return read(jar.getPath(folder));
        } catch (FileSystemAlreadyExistsException e) {
            // Someone else opened it: use theirs and leave it open.
            return read(FileSystems.getFileSystem(uri).getPath(folder));
        }
    }

    private static Map<String, StoredQuery> read(Path directory) {
        Map<String, StoredQuery> queries = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).toList()) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - ".rq".length());
                String text = Files.readString(file, StandardCharsets.UTF_8);
                queries.put(name, StoredQuery.parse(name, text, file.toUri().toString()).requireHeader());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ClaimgraphException("Cannot read the stored queries in " + directory + ": " + e.getMessage(), e);
        }
        return queries;
    }

    /** The query called {@code name}; an unknown name is a usage error that lists the known ones. */
    public StoredQuery get(String name) {
        StoredQuery query = byName.get(name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name);
        if (query == null) {
            throw new ClaimgraphException.UsageError("Unknown query '" + name + "'; known queries: "
                    + String.join(", ", byName.keySet()));
        }
        return query;
    }

    /** The names of all queries, sorted. */
    public Set<String> names() {
        return byName.keySet();
    }

    /** All queries, sorted by name. */
    public Collection<StoredQuery> all() {
        return byName.values();
    }

    /** Where the queries were read from: a directory or a classpath URI. */
    public String origin() {
        return origin;
    }
}
