package org.newsgraph.lexicon;

/**
 * What kind of thing a {@link GazetteerEntry} is, finer than {@link org.newsgraph.mention.EntityType}: it tells a
 * news agency from a ministry and a party from an armed group, so callers can, for example, keep outlets out of
 * the bodies that offices belong to.
 */
public enum EntryCategory {
    /** A sovereign state, a state of limited recognition, a dependent territory or a former state. */
    COUNTRY,
    /** A city or town. */
    CITY,
    /** A continent, world region, sea, disputed area or subnational division. */
    REGION,
    /** A building or square that stands for the city it is in ("Oval Office"). */
    VENUE,
    /** An intergovernmental body or alliance (UN, NATO, EU, African Union, G20). */
    INTERNATIONAL,
    /** A national government body: ministry, presidency, parliament, court, intelligence or police service. */
    GOVERNMENT,
    /** A national armed force or military command. */
    MILITARY,
    /** A political party or movement. */
    PARTY,
    /** A non-state armed group: militia, insurgents, cartel. */
    ARMED_GROUP,
    /** A news agency, newspaper, broadcaster or news site. */
    NEWS,
    /** A company, bank or stock exchange. */
    COMPANY,
    /** A non-governmental organisation or advocacy group. */
    NGO,
    /** A church or religious institution. */
    RELIGIOUS,
    /** A sports body, league, club or competition. */
    SPORT,
    /** A named event, agreement or conference, found only by pattern ("Paris Agreement", "Davos Forum"). */
    EVENT,
    /** Anything else: universities, think tanks. */
    OTHER
}
