package org.claimgraph.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.claimgraph.rdf.CG;

/**
 * Joins named persons of different articles whose names differ only in how much of the name is given: "Doe"
 * and "J. Doe" go to "Jane Doe". Persons with the same name already share an IRI; anonymous sources carry no
 * surname key and are never joined.
 *
 * <p>The links among persons of one surname are a function of the persons stored: a shorter name goes to the
 * one full name it is the tail of, and stays apart when two different full names would fit ("Doe" with both
 * "Jane Doe" and "John Doe" stored). So they are simply recomputed for each surname an article touches, which
 * leaves nothing stale and does not depend on the order of loading.
 */
final class ActorLinker {

    /** Recomputes the links among the persons of each surname; {@code leaving} are persons that may be gone. */
    void relink(StoredFacts facts, LinksGraph links, Set<String> surnames, Collection<Node> leaving) {
        leaving.forEach(links::detach);
        for (String surname : surnames) {
            List<Node> persons = new ArrayList<>(facts.filedUnder(LinkingTerms.SURNAME_KEY + surname, null));
            persons.removeIf(p -> !facts.hasType(p, CG.Person.asNode()));
            persons.forEach(links::detach);
            groups(facts, persons).forEach(group -> links.regroup(group, group.get(0)));
        }
    }

    /** Groups of two or more persons, each with its canonical member (the fullest name) first. */
    private static List<List<Node>> groups(StoredFacts facts, List<Node> persons) {
        // Persons with the same words ("Jane Doe", "Jane A. Doe") are one name.
        Map<List<String>, List<Node>> byName = new LinkedHashMap<>();
        for (Node p : persons) {
            List<String> words = PersonNames.words(label(facts, p));
            if (!words.isEmpty()) {
                byName.computeIfAbsent(words, k -> new ArrayList<>()).add(p);
            }
        }
        Map<List<String>, List<Node>> full = new LinkedHashMap<>();
        byName.forEach((words, nodes) -> {
            if (byName.keySet().stream().noneMatch(other -> PersonNames.isTailOf(words, other))) {
                full.computeIfAbsent(words, k -> new ArrayList<>()).addAll(nodes);
            }
        });
        byName.forEach((words, nodes) -> {
            List<List<String>> fits = full.keySet().stream().filter(f -> PersonNames.isTailOf(words, f)).toList();
            if (fits.size() == 1) {
                full.get(fits.get(0)).addAll(nodes);
            }
        });
        List<List<Node>> out = new ArrayList<>();
        for (List<Node> group : full.values()) {
            if (group.size() >= 2) {
                group.sort(Comparator.comparingInt((Node n) -> -label(facts, n).length())
                        .thenComparing(Node::getURI));
                out.add(group);
            }
        }
        return out;
    }

    private static String label(StoredFacts facts, Node person) {
        Set<String> labels = new TreeSet<>(facts.labels(person));
        return labels.isEmpty() ? "" : labels.iterator().next();
    }
}
