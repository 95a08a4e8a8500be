package org.newsgraph.fact;

/** How people met: in person (talks, a visit, a dinner) or by phone or video call. */
public enum MeetingKind {
    IN_PERSON, CALL
}
