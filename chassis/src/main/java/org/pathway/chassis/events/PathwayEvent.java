package org.pathway.chassis.events;

/**
 * The data of one Pathway event: a record per {@link EventType}, published as the JSON data of a
 * CloudEvent. Events never carry direct identifiers; the participant travels only as a pseudonym.
 */
public interface PathwayEvent {

    /** "P-" followed by 16 Crockford base32 characters (no I, L, O or U). */
    String PARTICIPANT_ID_PATTERN = "^P-[0-9A-HJKMNP-TV-Z]{16}$";

    /** The participant pseudonym: the CloudEvent subject and the Kafka record key. */
    String participantId();
}
