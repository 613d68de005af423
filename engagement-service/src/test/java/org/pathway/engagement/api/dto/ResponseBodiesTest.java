package org.pathway.engagement.api.dto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.engagement.domain.EngagementStatus;
import org.pathway.engagement.domain.EngagementSummary;

class ResponseBodiesTest {

    @ParameterizedTest
    @CsvSource({"ENGAGED, ENGAGED", "DISENGAGED, DISENGAGED", ","})
    void engagementViewCarriesStatusOrNullWhenNotYetConnected(EngagementStatus status, String expected) {
        EngagementSummary summary = new EngagementSummary(4, 2, 1, LocalDate.of(2026, 11, 14));
        EngagementView view = EngagementView.of("p-123", Optional.ofNullable(status), summary, 3, 135);
        assertThat(view).isEqualTo(new EngagementView("p-123", expected, 4, 2, 1, LocalDate.of(2026, 11, 14), 3, 135));
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
        rejected.add(new AttendanceResult.Rejected("att-1", AttendanceResult.Rejected.UNKNOWN_PLACEMENT));
        AttendanceResult result = new AttendanceResult(3, 1, rejected);
        rejected.clear();
        assertThat(result.rejected()).extracting(AttendanceResult.Rejected::eventId).containsExactly("att-1");
    }
}
