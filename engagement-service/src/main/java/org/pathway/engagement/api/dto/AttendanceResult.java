package org.pathway.engagement.api.dto;

import java.util.List;
import org.pathway.engagement.domain.AttendanceIntake;

/** 200 response of the attendance webhook: what happened to each event of the batch. */
public record AttendanceResult(int accepted, int duplicates, List<Rejected> rejected) {

    public AttendanceResult {
        rejected = List.copyOf(rejected);
    }

    public static AttendanceResult of(AttendanceIntake.Result result) {
        return new AttendanceResult(result.accepted(), result.duplicates(), result.rejected().stream()
                .map(r -> new Rejected(r.eventId(), r.reason().name()))
                .toList());
    }

    /**
     * An event that was not stored.
     *
     * @param reason a {@link org.pathway.engagement.domain.RejectionReason}
     */
    public record Rejected(String eventId, String reason) {
    }
}
