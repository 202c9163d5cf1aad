package org.claimgraph.wikidata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Resource;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.lexicon.TsvResource;
import org.claimgraph.rdf.CG;
import org.claimgraph.resolve.NameTitles;

/**
 * Names of widely reported actors with their Wikidata entities, read from {@code lexicon/wikidata-gazetteer.tsv}
 * and any files the user adds; finds the one entity an actor's names point to, or none when they are ambiguous.
 */
public final class Gazetteer {

    /** The gazetteer shipped with claimgraph. */
    public static final String STANDARD = "wikidata-gazetteer.tsv";

    /** One entity: its reference name, its type (cg:Person or cg:Organization) and its Wikidata IRI. */
    record Entry(String label, Resource type, String iri) {
    }

    private final Map<String, Set<Entry>> byName = new HashMap<>();

    private Gazetteer() {
    }

    /** The shipped gazetteer alone. */
    public static Gazetteer standard() {
        return withFiles(List.of());
    }

    /** The shipped gazetteer and the user's files (a directory stands for every {@code *.tsv} file in it). */
    public static Gazetteer withFiles(List<Path> files) {
        Gazetteer g = new Gazetteer();
        g.addRows(TsvResource.rows(STANDARD), "lexicon/" + STANDARD);
        for (Path file : expand(files)) {
            g.addRows(TsvResource.rows(file), file.toString());
        }
        return g;
    }

    /**
     * The entity that an actor of this type and these names is: the one its label names, else the one its
     * aliases name; none when a name is shared by several entities ("Clinton") or the names disagree.
     */
    public Optional<String> find(Resource actorType, String label, Iterable<String> aliases) {
        return entry(actorType, label, aliases).map(Entry::iri);
    }

    /** The reference name ("Donald Trump") of the entity an actor of this type and these names is, if any. */
    public Optional<String> referenceName(Resource actorType, String label, Iterable<String> aliases) {
        return entry(actorType, label, aliases).map(Entry::label);
    }

    private Optional<Entry> entry(Resource actorType, String label, Iterable<String> aliases) {
        Set<Entry> fromLabel = unambiguous(actorType, label);
        if (fromLabel.size() == 1) {
            return Optional.of(fromLabel.iterator().next());
        }
        Set<Entry> fromAliases = new LinkedHashSet<>();
        // An alias that is a part of the label says less than the label: "Eric Trump", also called "Trump" in the
        // article, is not the Trump the gazetteer knows by that surname when "Eric Trump" itself is not listed.
        aliases.forEach(a -> {
            if (!partOf(a, label)) {
                fromAliases.addAll(unambiguous(actorType, a));
            }
        });
        return fromAliases.size() == 1 ? Optional.of(fromAliases.iterator().next()) : Optional.empty();
    }

    /**
     * True when the alias's words are a run of the label's words ("Trump" in "Eric Trump"), and not all of them,
     * and the label does not merely add a title ("Mr. Trump", "Senator Cruz").
     */
    private static boolean partOf(String alias, String label) {
        String a = " " + NameKey.of(alias) + " ";
        String l = " " + NameKey.of(label) + " ";
        boolean titled = NameTitles.isTitle(label.strip().split("\\s+")[0]);
        return !a.equals(l) && l.contains(a) && !titled;
    }

    /** How many distinct entities the gazetteer holds. */
    public int size() {
        return (int) byName.values().stream().flatMap(Set::stream).distinct().count();
    }

    /** The entity a name points to, when it points to exactly one, of a compatible type. */
    private Set<Entry> unambiguous(Resource actorType, String name) {
        Set<Entry> entries = byName.getOrDefault(NameKey.of(name), Set.of());
        Set<String> iris = new LinkedHashSet<>();
        entries.forEach(e -> iris.add(e.iri()));
        if (iris.size() != 1) {
            return Set.of();
        }
        Entry only = entries.iterator().next();
        return only.type().equals(actorType) ? Set.of(only) : Set.of();
    }

    private void addRows(List<String[]> rows, String source) {
        for (String[] row : rows) {
            if (row.length != 4) {
                throw new ClaimgraphException(source + ": a gazetteer row needs 4 tab-separated columns (label, "
                        + "aliases, Wikidata IRI, type), not " + row.length + ": " + String.join(" | ", row));
            }
            Entry entry = new Entry(row[0].strip(), type(row[3], source), iri(row[2], source));
            add(row[0], entry);
            if (!row[1].equals("-")) {
                for (String alias : row[1].split("\\|")) {
                    add(alias, entry);
                }
            }
        }
    }

    private void add(String name, Entry entry) {
        String key = NameKey.of(name);
        if (!key.isEmpty()) {
            byName.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(entry);
        }
    }

    private static Resource type(String cell, String source) {
        return switch (cell) {
            case "Person" -> CG.Person;
            case "Organization" -> CG.Organization;
            default -> throw new ClaimgraphException(source + ": gazetteer type must be Person or Organization, not "
                    + cell);
        };
    }

    private static String iri(String cell, String source) {
        if (!cell.matches("http://www\\.wikidata\\.org/entity/Q[0-9]+")) {
            throw new ClaimgraphException(source + ": not a Wikidata entity IRI (http://www.wikidata.org/entity/Q…): "
                    + cell);
        }
        return cell;
    }

    private static List<Path> expand(List<Path> files) {
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                try (Stream<Path> in = Files.list(f)) {
                    in.filter(p -> p.toString().endsWith(".tsv")).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new ClaimgraphException(f + ": cannot list the gazetteer directory: " + e.getMessage(), e);
                }
            } else {
                out.add(f);
            }
        }
        return out;
    }
}
