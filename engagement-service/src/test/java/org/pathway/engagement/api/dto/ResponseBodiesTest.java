package org.pathway.engagement.api.dto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.chassis.events.Arm;
import org.pathway.engagement.domain.AttendanceIntake;
import org.pathway.engagement.domain.Engagement;
import org.pathway.engagement.domain.EngagementStatus;
import org.pathway.engagement.domain.EngagementSummary;
import org.pathway.engagement.domain.LinkWorkerSession;
import org.pathway.engagement.domain.RejectionReason;

class ResponseBodiesTest {

    @ParameterizedTest
    @CsvSource({"ENGAGED, ENGAGED", "DISENGAGED, DISENGAGED", ","})
    void engagementViewCarriesStatusOrNullWhenNotYetConnected(EngagementStatus status, String expected) {
        EngagementSummary summary = new EngagementSummary(4, 2, 1, LocalDate.of(2026, 11, 14));
        EngagementView view = EngagementView.of(new Engagement("p-123", Optional.ofNullable(status), summary,
                new LinkWorkerSession.Totals(3, 135), Arm.PATHWAY));
        assertThat(view).isEqualTo(new EngagementView("p-123", expected, 4, 2, 1, LocalDate.of(2026, 11, 14), 3, 135,
                "pathway"));
    }

    @Test
    void credentialsResponseNeverPrintsTheSecret() {
        CredentialsResponse response = new CredentialsResponse("green-gym", "whsec_abcdef");
        assertThat(response.toString()).contains("green-gym").doesNotContain("whsec_abcdef");
        assertThat(response.secret()).isEqualTo("whsec_abcdef");
    }

    @Test
    void attendanceResultKeepsItsOwnCopyOfRejections() {
        List<AttendanceResult.Rejected> rejected = new ArrayList<>();
        rejected.add(new AttendanceResult.Rejected("att-1", "UNKNOWN_PLACEMENT"));
        AttendanceResult result = new AttendanceResult(3, 1, rejected);
        rejected.clear();
        assertThat(result.rejected()).extracting(AttendanceResult.Rejected::eventId).containsExactly("att-1");
    }

    @Test
    void attendanceResultNamesEachRejectionByItsReason() {
        AttendanceResult result = AttendanceResult.of(new AttendanceIntake.Result(1, 2, List.of(
                new AttendanceIntake.Rejection("att-1", RejectionReason.UNKNOWN_PLACEMENT),
                new AttendanceIntake.Rejection(null, RejectionReason.INVALID))));
        assertThat(result).isEqualTo(new AttendanceResult(1, 2, List.of(
                new AttendanceResult.Rejected("att-1", "UNKNOWN_PLACEMENT"),
                new AttendanceResult.Rejected(null, "INVALID"))));
    }
}
