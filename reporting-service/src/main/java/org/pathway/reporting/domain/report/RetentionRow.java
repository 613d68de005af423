package org.pathway.reporting.domain.report;

import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.SuppressedRate;

/**
 * One row of {@code GET /reports/retention}: one group at one questionnaire timepoint, over the accepted
 * participants (see {@code docs/metrics.md}).
 *
 * @param due participants whose due date has come by the report's date and who had not withdrawn before it
 * @param inWindow of them, those with a questionnaire of the timepoint completed within the window
 * @param late of them, those with none within the window but one after it
 * @param missing of them, those with neither: {@code due - inWindow - late}
 * @param withdrawnBeforeDue participants who withdrew consent before the due date; not in {@code due}
 * @param inWindowRate inWindow / due
 */
public record RetentionRow(
        String group,
        String timepoint,
        SuppressedCount due,
        SuppressedCount inWindow,
        SuppressedCount late,
        SuppressedCount missing,
        SuppressedCount withdrawnBeforeDue,
        SuppressedRate inWindowRate) {
}
