package org.claimgraph.resolve;

import java.util.LinkedHashSet;
import java.util.Set;

/** A real-world speaker: one per person or body in an article, keyed so the same name meets itself elsewhere. */
public final class Actor {
    private final ActorType type;
    private String label;
    private final boolean named;
    private final Set<String> aliases = new LinkedHashSet<>();
    private final Set<String> roles = new LinkedHashSet<>();
    private final Set<String> affiliations = new LinkedHashSet<>();

    /**
     * A new actor.
     *
     * @param type  person, organisation or group
     * @param label the fullest name the text gives
     * @param named true for a named actor, shared across articles; false for an anonymous one ("a source")
     */
    public Actor(ActorType type, String label, boolean named) {
        this.type = type;
        this.label = label;
        this.named = named;
    }

    /** Person, organisation or group. */
    public ActorType type() {
        return type;
    }

    /** The canonical name: the fullest one the text gives. */
    public String label() {
        return label;
    }

    /** True for actors with a name, which get the same IRI in every article; false for anonymous sources. */
    public boolean named() {
        return named;
    }

    /** Other names and descriptions the text uses for this actor, never the label itself. */
    public Set<String> aliases() {
        return aliases;
    }

    /** Titles and offices, as written ("Minister of Defence of Ukraine"). */
    public Set<String> roles() {
        return roles;
    }

    /** Countries and organisations the actor's roles name ("United States" for "U.S. envoy"), by label. */
    public Set<String> affiliations() {
        return affiliations;
    }

    /** Records another name; a longer name becomes the label and the old label an alias. */
    void addName(String name) {
        String n = name.strip();
        if (n.isEmpty() || n.equals(label)) {
            return;
        }
        boolean fuller = n.endsWith(" " + label) || (!label.contains(" ") && n.startsWith(label + " "))
                || fullerBeforeSuffix(n, label);
        if (n.length() > label.length() && fuller) {
            aliases.add(label);
            label = n;
            aliases.remove(n);
        } else {
            aliases.add(n);
        }
    }

    /** "Thomas Albin Jr." is fuller than "Thomas Jr.": the first name grown into a full one, the suffix kept. */
    private static boolean fullerBeforeSuffix(String name, String label) {
        String suffix = PersonSurname.suffixOf(label);
        String stem = PersonSurname.withoutSuffix(label);
        return !suffix.isEmpty() && suffix.equals(PersonSurname.suffixOf(name)) && !stem.contains(" ")
                && PersonSurname.withoutSuffix(name).startsWith(stem + " ");
    }

    /**
     * Takes a reference name for the actor ("Donald Trump" from a gazetteer, for a text that only says "Trump"),
     * so the same person gets the same label, and IRI, in every article; the text's label stays as an alias.
     */
    public void takeReferenceName(String name) {
        String n = name.strip();
        if (n.isEmpty() || n.equals(label)) {
            return;
        }
        aliases.add(label);
        label = n;
        aliases.remove(n);
    }

    /** Records a description used for this actor ("the minister"): a role and an alias. */
    void addDescription(String description) {
        String d = description.strip();
        if (!d.isEmpty() && !d.equals(label)) {
            aliases.add(d);
        }
    }

    /** Records a title or office; a role that only repeats the tail of a fuller one ("minister") adds nothing. */
    void addRole(String role) {
        String r = role.strip();
        if (r.isEmpty() || roles.stream().anyMatch(old -> endsWithWords(old, r))) {
            return;
        }
        roles.removeIf(old -> endsWithWords(r, old));
        roles.add(r);
    }

    /** Records a country or organisation the actor belongs to. */
    void addAffiliation(String affiliation) {
        String a = affiliation.strip();
        if (!a.isEmpty() && !a.equalsIgnoreCase(label)) {
            affiliations.add(a);
        }
    }

    private static boolean endsWithWords(String longer, String shorter) {
        String l = longer.toLowerCase(java.util.Locale.ROOT);
        String s = shorter.toLowerCase(java.util.Locale.ROOT);
        return l.equals(s) || l.endsWith(" " + s);
    }

    @Override
    public String toString() {
        return type + " " + label;
    }
}
