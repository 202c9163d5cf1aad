package org.claimgraph.medium;

/** What kind of place or channel a statement was made in. */
public enum MediumType {
    /** A social network or messaging channel: "on X", "on Telegram". */
    SOCIAL_NETWORK,
    /** A newspaper, broadcaster or agency the speaker talked to: "told Reuters", "in an interview with CNN". */
    NEWS_OUTLET,
    /** A gathering: "at the G20 summit", "at a press conference". */
    EVENT,
    /** A named written or recorded piece: "in the Annual Report". */
    DOCUMENT
}
