package org.newsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Newsgraph ontology's terms ({@code ontology/newsgraph.ttl}), one constant per term, named exactly after it.
 * Immutable constants, safe to share. The Turtle file holds each term's label, comment and alignment to the
 * standard vocabularies; {@link NewsgraphOntology} loads it.
 */
public final class NG {
    public static final String NS = "https://w3id.org/newsgraph/ns#";

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Classes
    /** A news article, as a PROV entity. */
    public static final Resource Article = resource("Article");
    /** A real person, one node across all articles. */
    public static final Resource Person = resource("Person");
    /** A news outlet that publishes articles. */
    public static final Resource Outlet = resource("Outlet");
    /** A country: a place and the body its national offices belong to. */
    public static final Resource Country = resource("Country");
    /** A city or town. */
    public static final Resource City = resource("City");
    /** A region, territory or other area that is neither a country nor a city. */
    public static final Resource Region = resource("Region");
    /** An organisation or government body that offices belong to. */
    public static final Resource Organization = resource("Organization");
    /** A person's holding of a post, with the dates it was reported. */
    public static final Resource Tenure = resource("Tenure");
    /** A meeting or call between two or more persons, one node per real meeting. */
    public static final Resource Meeting = resource("Meeting");
    /** One person's part in one meeting, the node its evidence hangs on. */
    public static final Resource Participation = resource("Participation");
    /** A person's stance (supports or opposes) on a topic. */
    public static final Resource Stance = resource("Stance");
    /** An issue persons take stances on. */
    public static final Resource Topic = resource("Topic");
    /** What one article states about a fact, with its sentence and evidence. */
    public static final Resource Claim = resource("Claim");
    /** A value the resolution chose where articles disagree, and why. */
    public static final Resource Choice = resource("Choice");
    /** The run that extracted one article (a PROV activity). */
    public static final Resource Extraction = resource("Extraction");
    /** Whether a meeting took place, is planned, or was refused. */
    public static final Resource MeetingStatus = resource("MeetingStatus");
    /** How people met: in person or by call. */
    public static final Resource MeetingKind = resource("MeetingKind");
    /** For or against. */
    public static final Resource Polarity = resource("Polarity");
    /** Why a choice was made. */
    public static final Resource ChoiceReason = resource("ChoiceReason");

    // Individuals: meeting statuses and kinds, polarities, choice reasons (SKOS concepts)
    /** Status: the meeting took place. */
    public static final Resource Occurred = resource("Occurred");
    /** Status: the meeting is planned, announced or expected. */
    public static final Resource Planned = resource("Planned");
    /** Status: the meeting was refused, cancelled, postponed or denied. */
    public static final Resource Refused = resource("Refused");
    /** Kind: met in person. */
    public static final Resource InPerson = resource("InPerson");
    /** Kind: a phone or video call. */
    public static final Resource Call = resource("Call");
    /** Polarity: supports the topic. */
    public static final Resource Supports = resource("Supports");
    /** Polarity: opposes the topic. */
    public static final Resource Opposes = resource("Opposes");
    /** Reason: more independent sources state the chosen value. */
    public static final Resource MoreSources = resource("MoreSources");
    /** Reason: the chosen value is more specific and agrees with the others. */
    public static final Resource MoreSpecific = resource("MoreSpecific");
    /** Reason: a report that the meeting was held outweighs reports that it was planned. */
    public static final Resource HeldOverPlanned = resource("HeldOverPlanned");
    /** Reason: the chosen date was stated more directly (explicit rather than resolved). */
    public static final Resource MoreReliableDate = resource("MoreReliableDate");
    /** Reason: nothing favoured either value; a fixed order chose, so rebuilds agree. */
    public static final Resource FixedOrder = resource("FixedOrder");

    // Properties
    /** The id of an article: its file name without {@code .txt}. */
    public static final Property articleId = property("articleId");
    /** The file name an article was read from. */
    public static final Property fileName = property("fileName");
    /** The SHA-256 of an article's text and sidecar, hex. */
    public static final Property contentHash = property("contentHash");
    /** The date an article speaks from: its published date, else the date its text anchors to. */
    public static final Property referenceDate = property("referenceDate");
    /** The ISO 3166-1 alpha-2 code of a country. */
    public static final Property isoCode = property("isoCode");
    /** The org:Post a tenure is a holding of. */
    public static final Property post = property("post");
    /** Whether a tenure is current as last reported. */
    public static final Property current = property("current");
    /** The earliest date a tenure was reported as held. */
    public static final Property firstObserved = property("firstObserved");
    /** The latest date a tenure was reported as held. */
    public static final Property lastObserved = property("lastObserved");
    /** The fact (tenure, meeting, stance) a claim is about. */
    public static final Property claimOf = property("claimOf");
    /** The sentence that states a claim. */
    public static final Property statedIn = property("statedIn");
    /** A mention that carries a claim or a participation. */
    public static final Property evidence = property("evidence");
    /** The reference date of the article that makes a claim. */
    public static final Property observedOn = property("observedOn");
    /** Whether a position claim calls the office former. */
    public static final Property former = property("former");
    /** How the date of a claim was resolved from the text. */
    public static final Property dateBasis = property("dateBasis");
    /** The status of a meeting. */
    public static final Property status = property("status");
    /** Whether a meeting was in person or a call. */
    public static final Property meetingKind = property("meetingKind");
    /** The date of a meeting. */
    public static final Property date = property("date");
    /** The place of a meeting. */
    public static final Property place = property("place");
    /** A person who takes part in a meeting. */
    public static final Property participant = property("participant");
    /** A participation node of a meeting. */
    public static final Property hasParticipation = property("hasParticipation");
    /** The person who holds a stance. */
    public static final Property holder = property("holder");
    /** Whether a stance supports or opposes its topic. */
    public static final Property polarity = property("polarity");
    /** The topic of a stance. */
    public static final Property topic = property("topic");
    /** How far to trust a fact or claim, 0 to 1. */
    public static final Property confidence = property("confidence");
    /** How many articles state a fact. */
    public static final Property sourceCount = property("sourceCount");
    /** How many independent outlets state a fact. */
    public static final Property outletCount = property("outletCount");
    /** The fact a choice was made for. */
    public static final Property choiceFor = property("choiceFor");
    /** The property whose value a choice settles. */
    public static final Property onProperty = property("onProperty");
    /** The value a choice settled on. */
    public static final Property chosenValue = property("chosenValue");
    /** Why a choice was made. */
    public static final Property reason = property("reason");
    /** A claim that states the chosen value. */
    public static final Property supportedBy = property("supportedBy");
    /** A claim that states another value. */
    public static final Property contestedBy = property("contestedBy");
    /** What a mention names: person, title, place, organization, date, trigger or topic. */
    public static final Property mentionKind = property("mentionKind");
    /** The index of a sentence in its article, from 0. */
    public static final Property sentenceIndex = property("sentenceIndex");

    private NG() {
    }
}
