package org.pathway.engagement.domain;

import java.util.regex.Pattern;
import org.pathway.chassis.events.PathwayEvent;

/** The participant pseudonym's shape, checked before an id from a URL reaches the store. */
public final class ParticipantIds {

    private static final Pattern PATTERN = Pattern.compile(PathwayEvent.PARTICIPANT_ID_PATTERN);

    private ParticipantIds() {
    }

    public static boolean isWellFormed(String participantId) {
        return participantId != null && PATTERN.matcher(participantId).matches();
    }
}
