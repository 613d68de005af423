package org.pathway.engagement.api.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST .../outcomes}: {@code instrument} SWEMWBS|RCADS25|ONS4, {@code timepoint}
 * baseline|3m|6m, item answers in questionnaire order.
 */
public record OutcomeRequest(String instrument, String timepoint, LocalDate completedAt, List<Integer> items) {
}
