package org.newsgraph.mention;

/** What a mention names. */
public enum MentionKind {
    /** A name or other reference to a person ("Antony Blinken", "Mr Blinken", "his Iraqi counterpart"). */
    PERSON,
    /** A role or office ("Foreign Minister", "Secretary of State"). */
    TITLE,
    /** A country, city, region or venue. */
    PLACE,
    /** An organisation, government body or outlet. */
    ORGANIZATION,
    /** A date expression. */
    DATE,
    /** The words that state a fact: "met with", "held talks", "rejected calls for". */
    TRIGGER,
    /** The issue of a stance: "a ceasefire", "a two-state solution". */
    TOPIC
}
