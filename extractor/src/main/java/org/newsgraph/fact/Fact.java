package org.newsgraph.fact;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Something an article states: a person holds a position, people met (or will, or refused to), a person takes a
 * stance. Sealed, so every consumer handles every kind (the RDF mapping is an exhaustive switch). Persons are
 * named by their article-local id ({@code PersonEntity.localId}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PositionFact.class, name = "position"),
        @JsonSubTypes.Type(value = MeetingFact.class, name = "meeting"),
        @JsonSubTypes.Type(value = StanceFact.class, name = "stance")})
public sealed interface Fact permits PositionFact, MeetingFact, StanceFact {
    Evidence evidence();
}
