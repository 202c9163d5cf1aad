package org.claimgraph.resolve;

/** What kind of actor a speaker is. */
public enum ActorType {
    /** A single human being. */
    PERSON,
    /** A formal body: ministry, armed force, company, agency, government. */
    ORGANIZATION,
    /** A collective without formal identity: "the Russians", "officials", "Russian propaganda". */
    GROUP
}
