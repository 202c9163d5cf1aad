package org.claimgraph.rdf;

import java.text.Normalizer;
import java.util.Locale;
import org.claimgraph.read.Article;
import org.claimgraph.resolve.Actor;
import org.claimgraph.resolve.NationalBodies;

/** Mints the data IRIs: stable for the same input, shared across articles for named actors. */
public final class Iris {

    private Iris() {
    }

    /** The article's IRI, which is also its graph's name. */
    public static String article(Article a) {
        return CG.ID + "article/" + a.key();
    }

    /**
     * A named actor's IRI is its slugged label, the same in every article; an anonymous one, or a body every country
     * has whose country the article does not give ("the Defense Ministry"), is the article's.
     */
    public static String actor(Article a, Actor actor) {
        return actor.named() ? named(a, actor.label()) : inArticle(a, actor.label());
    }

    /** A medium's IRI is its slugged label, the same in every article ("on X" everywhere is one channel). */
    public static String medium(String label) {
        return CG.ID + "medium/" + slug(label);
    }

    /** An affiliation named in a role (a country or organisation): shared across articles like a named actor. */
    public static String affiliation(Article a, String label) {
        return named(a, label);
    }

    private static String named(Article a, String label) {
        return NationalBodies.bare(label) ? inArticle(a, label) : CG.ID + "actor/" + slug(label);
    }

    private static String inArticle(Article a, String label) {
        return CG.ID + "actor/" + a.key() + "/" + slug(label);
    }

    /** The n-th statement of an article. */
    public static String statement(Article a, int n) {
        return CG.ID + "statement/" + a.key() + "/" + n;
    }

    /** A claim of an article, by its id within the article. */
    public static String claim(Article a, String id) {
        return CG.ID + "claim/" + a.key() + "/" + id;
    }

    /** A span of an article's text, by its code-point offsets (NIF style). */
    public static String span(Article a, long begin, long end) {
        return CG.ID + "span/" + a.key() + "/" + begin + "_" + end;
    }

    /** The conversion run that made an article's graph. */
    public static String conversion(Article a) {
        return CG.ID + "conversion/" + a.key();
    }

    /** The tool itself, as a software agent. */
    public static String tool(String version) {
        return CG.ID + "tool/claimgraph/" + version;
    }

    /** The named graph of cross-article links: owl:sameAs between claims, and between actors, found to be one. */
    public static String linksGraph() {
        return CG.ID + "graph/links";
    }

    /** Lower-case ASCII words joined by hyphens: "Jane Doe" becomes "jane-doe". */
    public static String slug(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "x" + Integer.toHexString(label.hashCode()) : slug;
    }
}
