package org.pathway.workspace.pages;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.pathway.workspace.caseload.ContactWait;
import org.pathway.workspace.caseload.QuestionnaireWindow;
import org.pathway.workspace.forms.FieldErrors;
import org.pathway.workspace.services.Engagement;
import org.pathway.workspace.services.Matching.Placement;
import org.pathway.workspace.services.Referrals.Message;
import org.pathway.workspace.services.Referrals.Referral;

/**
 * Everything a young person's page shows: the referral (read from referral-service, which audits the read), their
 * placements and engagement, the questionnaire windows and what was recorded in them, the messages sent back to the
 * referrer with their delivery, a notice of what was just done, the errors of a form that
 * was refused, and fresh idempotency keys for the forms that create a record.
 */
public record YoungPerson(String siteId, Referral referral, ContactWait contactWait, List<Placement> placements,
                          Engagement.Status engagement, List<QuestionnaireWindow> windows,
                          List<Engagement.Recorded> recorded, List<Message> messages, String notice,
                          String failedForm, FieldErrors errors, Map<String, String> values, String sessionKey,
                          String today, String renderedAt) {

    private static final List<ReferralActions.Choice> MODES = List.of(new ReferralActions.Choice("phone", "Phone"),
            new ReferralActions.Choice("video", "Video"), new ReferralActions.Choice("in-person", "In person"),
            new ReferralActions.Choice("text", "Text message"));

    public String getStatusLabel() {
        return Labels.referralStatus(referral.status());
    }

    public String getEngagementLabel() {
        if (engagement == null) {
            return "Not known yet";
        }
        return engagement.status() == null ? "Not yet attended" : Labels.engagement(engagement.status());
    }

    /** The errors of this form, or none when another form (or nothing) failed. */
    public FieldErrors errorsOf(String form) {
        return form.equals(failedForm) ? errors : FieldErrors.none();
    }

    public String value(String field, String otherwise) {
        return values.getOrDefault(field, otherwise);
    }

    /** How a contact or a session took place (the services' wire values). */
    public List<ReferralActions.Choice> getModes() {
        return MODES;
    }

    public List<Questionnaire> getQuestionnaires() {
        return List.of(Questionnaire.values());
    }

    /** A window with the questionnaires recorded for its timepoint (instrument label and scores). */
    public List<Timepoint> getTimepoints() {
        return windows.stream().map(w -> new Timepoint(w, recorded.stream()
                .filter(r -> r.timepoint().equals(w.timepoint())).toList())).toList();
    }

    /** A questionnaire window and the measures recorded at its timepoint. */
    public record Timepoint(QuestionnaireWindow window, List<Engagement.Recorded> recorded) {
        public String getRecordedLabels() {
            return recorded.stream().map(r -> Labels.instrument(r.instrument()) + " on " + r.completedAt() + " ("
                    + QuestionnairePage.Score.summary(r.scores()) + ")").collect(java.util.stream.Collectors.joining("; "));
        }
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }
}
