package org.newsgraph.server.view;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.vocab.NG;

/** The RDF terms the pages read, as nodes: the ontology's ({@link NG}) and the standard ones the data uses. */
final class Terms {
    static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String SCHEMA_NS = "https://schema.org/";
    static final String ORG_NS = "http://www.w3.org/ns/org#";
    static final String PROV_NS = "http://www.w3.org/ns/prov#";
    static final String NIF_NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    static final String SKOS_NS = "http://www.w3.org/2004/02/skos/core#";
    static final String ITSRDF_NS = "http://www.w3.org/2005/11/its/rdf#";

    static final Node TYPE = uri(RDF_NS + "type");
    static final Node LABEL = uri(RDFS_NS + "label");
    static final Node COMMENT = uri(RDFS_NS + "comment");
    static final Node NAME = uri(SCHEMA_NS + "name");
    static final Node ALTERNATE_NAME = uri(SCHEMA_NS + "alternateName");
    static final Node HEADLINE = uri(SCHEMA_NS + "headline");
    static final Node DATE_PUBLISHED = uri(SCHEMA_NS + "datePublished");
    static final Node PUBLISHER = uri(SCHEMA_NS + "publisher");
    static final Node URL = uri(SCHEMA_NS + "url");
    static final Node CONTAINED_IN_PLACE = uri(SCHEMA_NS + "containedInPlace");
    static final Node PREF_LABEL = uri(SKOS_NS + "prefLabel");
    static final Node NOTATION = uri(SKOS_NS + "notation");

    static final Node ORG_HOLDS = uri(ORG_NS + "holds");
    static final Node ORG_MEMBER = uri(ORG_NS + "member");
    static final Node ORG_ROLE = uri(ORG_NS + "role");
    static final Node ORG_POST_IN = uri(ORG_NS + "postIn");
    static final Node ORG_ORGANIZATION = uri(ORG_NS + "organization");
    static final Node ORG_SUB_ORGANIZATION_OF = uri(ORG_NS + "subOrganizationOf");
    static final Node ORG_POST = uri(ORG_NS + "Post");
    static final Node ORG_ROLE_CLASS = uri(ORG_NS + "Role");

    static final Node DERIVED_FROM = uri(PROV_NS + "wasDerivedFrom");
    static final Node PROV_USED = uri(PROV_NS + "used");

    static final Node NIF_CONTEXT = uri(NIF_NS + "Context");
    static final Node NIF_SENTENCE = uri(NIF_NS + "Sentence");
    static final Node IS_STRING = uri(NIF_NS + "isString");
    static final Node ANCHOR_OF = uri(NIF_NS + "anchorOf");
    static final Node BEGIN = uri(NIF_NS + "beginIndex");
    static final Node END = uri(NIF_NS + "endIndex");
    static final Node REFERENCE_CONTEXT = uri(NIF_NS + "referenceContext");
    static final Node SOURCE_URL = uri(NIF_NS + "sourceUrl");
    static final Node SENTENCE = uri(NIF_NS + "sentence");
    static final Node IDENT_REF = uri(ITSRDF_NS + "taIdentRef");

    static final Node PERSON = NG.Person.asNode();
    static final Node MEETING = NG.Meeting.asNode();
    static final Node ARTICLE = NG.Article.asNode();
    static final Node TENURE = NG.Tenure.asNode();
    static final Node STANCE = NG.Stance.asNode();
    static final Node TOPIC = NG.Topic.asNode();
    static final Node COUNTRY = NG.Country.asNode();
    static final Node CITY = NG.City.asNode();
    static final Node REGION = NG.Region.asNode();
    static final Node ORGANIZATION = NG.Organization.asNode();
    static final Node OUTLET = NG.Outlet.asNode();
    static final Node CLAIM = NG.Claim.asNode();
    static final Node CHOICE = NG.Choice.asNode();
    static final Node PARTICIPATION = NG.Participation.asNode();
    static final Node NG_EXTRACTION = NG.Extraction.asNode();

    static final Node STATUS = NG.status.asNode();
    static final Node DATE = NG.date.asNode();
    static final Node PLACE = NG.place.asNode();
    static final Node MEETING_KIND = NG.meetingKind.asNode();
    static final Node PARTICIPANT = NG.participant.asNode();
    static final Node HAS_PARTICIPATION = NG.hasParticipation.asNode();
    static final Node CONFIDENCE = NG.confidence.asNode();
    static final Node SOURCE_COUNT = NG.sourceCount.asNode();
    static final Node OUTLET_COUNT = NG.outletCount.asNode();
    static final Node CLAIM_OF = NG.claimOf.asNode();
    static final Node STATED_IN = NG.statedIn.asNode();
    static final Node EVIDENCE = NG.evidence.asNode();
    static final Node OBSERVED_ON = NG.observedOn.asNode();
    static final Node DATE_BASIS = NG.dateBasis.asNode();
    static final Node FORMER = NG.former.asNode();
    static final Node POST = NG.post.asNode();
    static final Node CURRENT = NG.current.asNode();
    static final Node FIRST_OBSERVED = NG.firstObserved.asNode();
    static final Node LAST_OBSERVED = NG.lastObserved.asNode();
    static final Node HOLDER = NG.holder.asNode();
    static final Node POLARITY = NG.polarity.asNode();
    static final Node TOPIC_PROPERTY = NG.topic.asNode();
    static final Node CHOICE_FOR = NG.choiceFor.asNode();
    static final Node ON_PROPERTY = NG.onProperty.asNode();
    static final Node CHOSEN_VALUE = NG.chosenValue.asNode();
    static final Node REASON = NG.reason.asNode();
    static final Node SUPPORTED_BY = NG.supportedBy.asNode();
    static final Node CONTESTED_BY = NG.contestedBy.asNode();
    static final Node MENTION_KIND = NG.mentionKind.asNode();
    static final Node ARTICLE_ID = NG.articleId.asNode();
    static final Node FILE_NAME = NG.fileName.asNode();
    static final Node REFERENCE_DATE = NG.referenceDate.asNode();
    static final Node SENTENCE_INDEX = NG.sentenceIndex.asNode();

    static final Node OCCURRED = NG.Occurred.asNode();
    static final Node PLANNED = NG.Planned.asNode();
    static final Node REFUSED = NG.Refused.asNode();
    static final Node SUPPORTS = NG.Supports.asNode();
    static final Node OPPOSES = NG.Opposes.asNode();

    private Terms() {
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
