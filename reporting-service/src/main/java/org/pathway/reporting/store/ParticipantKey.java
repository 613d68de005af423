package org.pathway.reporting.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.pathway.chassis.inbox.IncomingEvent;

/** A participant of the store: pseudonymous ids are unique within a site. */
@Embeddable
public record ParticipantKey(@Column(name = "site_id") String siteId,
                             @Column(name = "participant_id") String participantId) {

    /** The participant an event is about, at the site it came from. */
    static ParticipantKey of(IncomingEvent event) {
        return new ParticipantKey(event.siteId(), event.participantId());
    }
}
