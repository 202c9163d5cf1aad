package org.claimgraph.group;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.lexicon.TsvResource;
import org.claimgraph.medium.MediumLexicon;
import org.claimgraph.resolve.Actor;
import org.claimgraph.resolve.ActorType;
import org.claimgraph.resolve.OrganisationNames;
import org.claimgraph.stance.Statement;

/**
 * The bodies an article names, in text order, so that a claim's bare definite description of a body ("the group
 * intends to buy X") can be read as the body named last before it: news names a firm once, then describes it, and
 * another article names the same firm in the same claim ("Vantor intends to buy X").
 */
final class DescribedBodies {

    /** Body nouns that in a name ("X Group") or a description ("the group") are as often a business as not. */
    private static final Set<String> BUSINESS_GROUPS = TsvResource.words("business-group-nouns.tsv");
    /** One mention of a named body: where it begins and the words of its name, lower case. */
    private record Named(int begin, List<String> words) {
    }

    private final List<Named> named;

    private DescribedBodies(List<Named> named) {
        this.named = named;
    }

    /**
     * The bodies of {@link #of}, found the first time they are asked for: most claims describe no body, and finding
     * them reads the whole article.
     */
    static Supplier<DescribedBodies> lazily(ParsedArticle doc, Collection<Statement> statements) {
        DescribedBodies[] found = new DescribedBodies[1];
        return () -> {
            if (found[0] == null) {
                found[0] = of(doc, statements);
            }
            return found[0];
        };
    }

    /**
     * The bodies the article names: names the tagger calls organisations, and names it calls persons that the
     * article treats as bodies: by the signs {@link OrganisationNames} weighs ("Northwind's shares", "the dairy
     * Northwind"), or because a speaker resolved as a named body or a speaker's affiliation bears the name; not
     * the news outlets and networks of {@code media.tsv}.
     */
    static DescribedBodies of(ParsedArticle doc, Collection<Statement> statements) {
        Set<String> bodies = new HashSet<>(OrganisationNames.in(doc));
        for (Statement st : statements) {
            Actor speaker = st.speaker();
            if (speaker == null) {
                continue;
            }
            if (speaker.type() == ActorType.ORGANIZATION && speaker.named()) {
                bodies.add(OrganisationNames.key(speaker.label()));
                speaker.aliases().forEach(a -> bodies.add(OrganisationNames.key(a)));
            }
            speaker.affiliations().forEach(a -> bodies.add(OrganisationNames.key(a)));
        }
        List<Named> out = new ArrayList<>();
        for (CoreEntityMention m : doc.entityMentions()) {
            // A name before an office only bodies hold is a body's even when the name has signs of a person too.
            if ("PERSON".equals(m.entityType()) && OrganisationNames.beforeACorporateOffice(doc, m)) {
                bodies.add(OrganisationNames.key(m.text()));
            }
        }
        for (CoreEntityMention m : doc.entityMentions()) {
            // A news outlet or network ("told Reuters", "the BBC reported") carries the story; it is not the firm
            // the story describes.
            if (MediumLexicon.ofName(OrganisationNames.key(m.text())).isPresent()) {
                continue;
            }
            boolean organisation = "ORGANIZATION".equals(m.entityType());
            boolean bodyByUse = "PERSON".equals(m.entityType()) && bodies.contains(OrganisationNames.key(m.text()));
            if (!organisation && !bodyByUse) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (CoreLabel t : m.tokens()) {
                if (t.tag() != null && t.tag().startsWith("NNP")) {
                    String lemma = t.lemma() == null ? t.word() : t.lemma();
                    words.add(lemma.toLowerCase(Locale.ROOT));
                }
            }
            if (!words.isEmpty()) {
                out.add(new Named(m.charOffsets().first(), List.copyOf(words)));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Named::begin));
        return new DescribedBodies(out);
    }

    /**
     * True when the lemma is a noun that describes a body ("company", "group", "union"): the nouns of kinds
     * {@code body} and {@code company} in {@code organisation-evidence.tsv}, which the actor resolver reads too.
     */
    static boolean describesABody(String lemma) {
        return OrganisationNames.isBodyNoun(lemma);
    }

    /**
     * The name words of the body named last before {@code offset} that the noun can describe; empty when there is
     * none. A name that holds a body noun says what kind of body it is ("Food and Allied Workers Union" is a union,
     * "Vantor Group" a group), so only that noun describes it: "the company" is never the union named before it.
     */
    List<String> namedLastBefore(int offset, String noun) {
        List<String> best = List.of();
        for (Named n : named) {
            if (n.begin() >= offset) {
                break;
            }
            boolean otherKind = n.words().stream()
                    .anyMatch(w -> OrganisationNames.isBodyNoun(w) && !sameKind(w, noun));
            if (!otherKind) {
                best = n.words();
            }
        }
        return best;
    }

    /**
     * True when a body noun in a name and a description name one kind of body: the same noun, or two nouns for a
     * business ("Kessler Group" is "the firm": a group in a firm's name is a business group).
     */
    private static boolean sameKind(String inName, String description) {
        boolean businessName = OrganisationNames.isCompanyNoun(inName) || BUSINESS_GROUPS.contains(inName);
        boolean businessDescription = OrganisationNames.isCompanyNoun(description)
                || BUSINESS_GROUPS.contains(description);
        return inName.equals(description) || (businessName && businessDescription);
    }
}
