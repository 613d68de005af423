package org.pathway.reporting.store;

/** A participant of the store: pseudonymous ids are unique within a site. */
record ParticipantKey(String siteId, String participantId) {
}
