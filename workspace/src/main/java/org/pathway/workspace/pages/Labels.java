package org.pathway.workspace.pages;

import java.util.Map;

/** Words people read for the services' codes. */
final class Labels {

    private static final Map<String, String> ENGAGEMENT = Map.of(
            "CONNECTED", "Connected", "ENGAGED", "Engaged", "SUSTAINED", "Sustained", "DISENGAGED", "Disengaged (follow up)");
    private static final Map<String, String> STATUS = Map.of(
            "ACCEPTED", "Waiting for first contact", "CONTACTED", "In progress", "DECLINED", "Declined",
            "WITHDRAWN", "Withdrawn", "CLOSED", "Closed");

    private Labels() {
    }

    static String engagement(String status) {
        return ENGAGEMENT.getOrDefault(status, status);
    }

    static String referralStatus(String status) {
        return STATUS.getOrDefault(status, status);
    }

    /** A questionnaire as the forms name it (RCADS-25), from engagement-service's instrument name (RCADS25). */
    static String instrument(String instrument) {
        return Questionnaire.of(instrument).map(q -> q.label).orElse(instrument);
    }
}
