package org.newsgraph.mention;

/** The kinds of non-person entity the extractor knows. A country is both a place and a body that offices belong to. */
public enum EntityType {
    COUNTRY, CITY, REGION, ORGANIZATION
}
