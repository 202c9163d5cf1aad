package org.claimgraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.TsvResource;

/**
 * Names the government bodies every country has ("the Defense Ministry", "the General Staff") after their country,
 * so that one country's ministry never shares an IRI with another's: "Russia's Defense Ministry" becomes "Defense
 * Ministry of Russia", and a bare "Defense Ministry" takes the country the article gives it or stays in its article.
 */
public final class NationalBodies {

    /** Bare body names, lower-cased. */
    private static final Set<String> BODIES = TsvResource.words("national-bodies.tsv");

    private static final Pattern THE = Pattern.compile("^(?i:the)\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)(?:'s|’s|'|’)\\s+(.+)$");
    private static final Pattern OF_COUNTRY = Pattern.compile("^(.+)\\s+of\\s+(?:(?i:the)\\s+)?(.+)$");

    /** A body's name split into its country (empty when the name gives none) and its bare name as written. */
    private record Body(Optional<String> country, String bare) {

        String key() {
            return bare.toLowerCase(Locale.ROOT);
        }

        String qualified(String country) {
            return bare + " of " + country;
        }
    }

    private NationalBodies() {
    }

    /**
     * Renames the article's bodies, as speakers and as affiliations, after their country. A bare body takes the
     * country of the same body named with one elsewhere in the article, else the one country of the people whose
     * roles place them in it ("head of the Defense Ministry" who is a "Ukrainian minister"); if the article
     * points to two countries or none, it keeps its bare name.
     */
    public static void qualify(Collection<Actor> actors) {
        for (Actor actor : actors) {
            body(actor.label()).ifPresent(body -> countryOf(body, actors)
                    .ifPresent(country -> actor.takeReferenceName(body.qualified(country))));
            List<String> renamed = new ArrayList<>();
            for (String affiliation : actor.affiliations()) {
                renamed.add(body(affiliation).flatMap(body -> countryOf(body, actors).map(body::qualified))
                        .orElse(affiliation));
            }
            actor.affiliations().clear();
            actor.affiliations().addAll(renamed);
        }
    }

    /** True for the bare name of a body that every country has ("Defense Ministry"): it says nothing of whose. */
    public static boolean bare(String name) {
        return body(name).filter(body -> body.country().isEmpty()).isPresent();
    }

    private static Optional<String> countryOf(Body body, Collection<Actor> actors) {
        if (body.country().isPresent()) {
            return body.country();
        }
        Set<String> named = new TreeSet<>();
        Set<String> ofMembers = new TreeSet<>();
        for (Actor actor : actors) {
            List<String> names = new ArrayList<>(actor.affiliations());
            names.add(actor.label());
            for (String name : names) {
                body(name).filter(b -> b.key().equals(body.key())).flatMap(Body::country).ifPresent(named::add);
            }
            boolean member = actor.affiliations().stream()
                    .anyMatch(a -> body(a).filter(b -> b.key().equals(body.key())).isPresent());
            List<String> countries = actor.affiliations().stream()
                    .map(Affiliations::countryNamedBy).flatMap(Optional::stream).distinct().toList();
            if (member && countries.size() == 1) {
                ofMembers.add(countries.get(0));
            }
        }
        Set<String> candidates = named.isEmpty() ? ofMembers : named;
        return candidates.size() == 1 ? Optional.of(candidates.iterator().next()) : Optional.empty();
    }

    /** The name read as a national body, with the country it gives, if its bare part is one. */
    private static Optional<Body> body(String name) {
        String n = THE.matcher(name.strip()).replaceFirst("");
        if (BODIES.contains(n.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Body(Optional.empty(), n));
        }
        Matcher possessive = POSSESSIVE.matcher(n);
        if (possessive.matches()) {
            Optional<Body> b = withCountry(possessive.group(1), possessive.group(2));
            if (b.isPresent()) {
                return b;
            }
        }
        Matcher of = OF_COUNTRY.matcher(n);
        if (of.matches()) {
            Optional<Body> b = withCountry(of.group(2), of.group(1));
            if (b.isPresent()) {
                return b;
            }
        }
        // A demonym in front: "Russian Defense Ministry", "U.S. Army".
        int space = n.indexOf(' ');
        return space < 0 ? Optional.empty() : withCountry(n.substring(0, space), n.substring(space + 1));
    }

    private static Optional<Body> withCountry(String countryWords, String bare) {
        String b = THE.matcher(bare.strip()).replaceFirst("");
        if (!BODIES.contains(b.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Affiliations.countryNamedBy(countryWords).map(country -> new Body(Optional.of(country), b));
    }
}
