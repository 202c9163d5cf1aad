package org.claimgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The claimgraph ontology's terms (mirrors {@code ontology/claimgraph.ttl}); no cg: IRI is written anywhere else. */
public final class CG {
    /** Namespace of the ontology. */
    public static final String NS = "https://w3id.org/claimgraph/ontology#";
    /** Base of every data IRI (articles, actors, statements, claims, spans). */
    public static final String ID = "https://w3id.org/claimgraph/id/";

    private CG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** A converted news article; also its named graph. */
    public static final Resource Article = resource("Article");
    /** Anyone or anything a statement is ascribed to. */
    public static final Resource Actor = resource("Actor");
    /** A single human being. */
    public static final Resource Person = resource("Person");
    /** A formal body: ministry, armed force, company, agency, government. */
    public static final Resource Organization = resource("Organization");
    /** A collective without formal identity: "the Russians", "officials", "sources". */
    public static final Resource Group = resource("Group");
    /** One act of saying, writing or believing ascribed to a source. */
    public static final Resource Statement = resource("Statement");
    /** A proposition that statements take a stance on. */
    public static final Resource Claim = resource("Claim");
    /** A place or channel where a statement was made. */
    public static final Resource Medium = resource("Medium");
    /** A social network or messaging channel where statements are posted. */
    public static final Resource SocialNetwork = resource("SocialNetwork");
    /** A newspaper, broadcaster or news agency a statement was given to. */
    public static final Resource NewsOutlet = resource("NewsOutlet");
    /** A gathering where a statement was made: summit, conference, rally. */
    public static final Resource Event = resource("Event");
    /** A named written or recorded piece that carried a statement. */
    public static final Resource Document = resource("Document");
    /** The class of the three stances. */
    public static final Resource Stance = resource("Stance");
    /** The speaker commits to the claim being true. */
    public static final Resource Assert = resource("Assert");
    /** The speaker commits to the claim being false. */
    public static final Resource Deny = resource("Deny");
    /** The speaker raises the claim as open or doubtful. */
    public static final Resource Question = resource("Question");
    /** The class of the three ways a statement is quoted. */
    public static final Resource QuoteType = resource("QuoteType");
    /** Quoted word for word, inside quotation marks. */
    public static final Resource Direct = resource("Direct");
    /** Reported in the writer's words. */
    public static final Resource Indirect = resource("Indirect");
    /** Reported speech with a quoted fragment inside. */
    public static final Resource Mixed = resource("Mixed");

    /** The actor who made the statement. */
    public static final Property speaker = property("speaker");
    /** The speaker's stance toward the claim. */
    public static final Property stance = property("stance");
    /** The claim the statement takes a stance on. */
    public static final Property claim = property("claim");
    /** Whether the statement is quoted directly, indirectly or mixed. */
    public static final Property quoteType = property("quoteType");
    /** The cue words as written. */
    public static final Property cue = property("cue");
    /** The lemma of the cue's head word. */
    public static final Property cueLemma = property("cueLemma");
    /** The text span of the source mention. */
    public static final Property sourceSpan = property("sourceSpan");
    /** The text span of the cue. */
    public static final Property cueSpan = property("cueSpan");
    /** A text span of the content; repeats for discontinuous content. */
    public static final Property contentSpan = property("contentSpan");
    /** When the statement was made. */
    public static final Property date = property("date");
    /** Where the statement was made. */
    public static final Property medium = property("medium");
    /** The article that reports the statement. */
    public static final Property reportedIn = property("reportedIn");
    /** The statement that reports this nested one. */
    public static final Property reportedBy = property("reportedBy");
    /** How sure the machine is of the statement, in [0,1]. */
    public static final Property confidence = property("confidence");
    /** Another name used for an actor. */
    public static final Property alias = property("alias");
    /** A title or office of an actor, as written. */
    public static final Property role = property("role");
    /** An organisation or country the actor belongs to or acts for. */
    public static final Property affiliation = property("affiliation");
    /** Shortcut: the actor asserts the claim. */
    public static final Property asserts = property("asserts");
    /** Shortcut: the actor denies the claim. */
    public static final Property denies = property("denies");
    /** Shortcut: the actor questions the claim. */
    public static final Property questions = property("questions");
    /** The text of the statement's content, joined from its spans. */
    public static final Property contentText = property("contentText");
    /** An event word of a claim ("verb:escape"), kept so that claims of later articles can be matched to it. */
    public static final Property eventTerm = property("eventTerm");
    /** An argument word of a claim ("noun:prisoner"), kept for matching claims across articles. */
    public static final Property argumentTerm = property("argumentTerm");
    /** A figure, year or month a claim states ("figure:0.4", "year:2004"): claims stating other ones stay apart. */
    public static final Property detailTerm = property("detailTerm");
    /** A key under which cross-article linking files a claim or a person, to find candidates without a scan. */
    public static final Property matchKey = property("matchKey");
    /**
     * In the links graph, from a claim joined to its group as the opposite of the group's (canonical) claim: its
     * statements take the inverted stance toward the group ("the gates were closed" denies "water was released").
     */
    public static final Property opposes = property("opposes");
}
