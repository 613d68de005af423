package org.pathway.engagement.api.dto;

import java.util.List;

/** 200 response of the attendance webhook: what happened to each event of the batch. */
public record AttendanceResult(int accepted, int duplicates, List<Rejected> rejected) {

    public AttendanceResult {
        rejected = List.copyOf(rejected);
    }

    /**
     * An event that was not stored.
     *
     * @param reason one of the constants below
     */
    public record Rejected(String eventId, String reason) {

        /**
         * The placement is unknown or belongs to another provider. Deliberately one reason for both,
         * so a provider cannot probe which placement ids exist elsewhere.
         */
        public static final String UNKNOWN_PLACEMENT = "UNKNOWN_PLACEMENT";
        /** The event failed field validation (see {@link AttendanceItemValidator}). */
        public static final String INVALID = "INVALID";
        /** The participant withdrew consent: nothing new is collected about them. */
        public static final String PARTICIPANT_WITHDRAWN = "PARTICIPANT_WITHDRAWN";
    }
}
