package org.pathway.workspace.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.pathway.workspace.caseload.ContactWait;
import org.pathway.workspace.caseload.QuestionnaireWindow;
import org.pathway.workspace.config.WorkspaceConfig;
import org.pathway.workspace.services.Engagement;
import org.pathway.workspace.services.EngagementApi;
import org.pathway.workspace.services.Page;
import org.pathway.workspace.services.ReferralApi;
import org.pathway.workspace.services.Referrals.Summary;
import org.pathway.workspace.services.ServiceProblem;

/**
 * A link worker's caseload: who waits for a first contact (longest first, marked past the site's target), who is in
 * progress with their engagement status, who has drifted away, and whose questionnaire window is open.
 */
@Path("/sites/{siteId}/caseload")
@Produces(MediaType.TEXT_HTML)
public class CaseloadPage {

    /** The service's largest page; the caseload reads up to this many of each list. */
    static final int LIST_SIZE = 100;

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance caseload(String siteId, List<Waiting> waiting, long waitingTotal, int target,
                                                List<InProgress> inProgress, long inProgressTotal,
                                                List<InProgress> disengaged, List<Due> due);
    }

    private final ReferralApi referrals;
    private final EngagementApi engagement;
    private final WorkspaceConfig config;
    private final Today today;

    public CaseloadPage(@RestClient ReferralApi referrals, @RestClient EngagementApi engagement, WorkspaceConfig config,
                        Today today) {
        this.referrals = referrals;
        this.engagement = engagement;
        this.config = config;
        this.today = today;
    }

    @GET
    public TemplateInstance caseload(@PathParam("siteId") String siteId) {
        int target = config.sites().get(siteId).contactTargetDays();
        LocalDate date = today.date();
        Page<Summary> accepted = referrals.referrals(siteId, "ACCEPTED", 0, LIST_SIZE);
        List<Waiting> waiting = accepted.items().stream()
                .map(r -> new Waiting(r, ContactWait.of(r.referredAt(), date, target)))
                .sorted(Comparator.comparingLong((Waiting w) -> w.contactWait().days()).reversed())
                .toList();
        Page<Summary> contacted = referrals.referrals(siteId, "CONTACTED", 0, LIST_SIZE);
        List<InProgress> inProgress = new ArrayList<>();
        List<Due> due = new ArrayList<>();
        for (Summary referral : contacted.items()) {
            inProgress.add(new InProgress(referral, status(siteId, referral.participantId()).orElse(null)));
            if (referral.contactedAt() != null) {
                LocalDate contactedOn = Today.dateOf(referral.contactedAt());
                QuestionnaireWindow.openOn(contactedOn, date).ifPresent(window -> due.add(new Due(referral, window)));
            }
        }
        List<InProgress> disengaged = inProgress.stream()
                .filter(p -> p.engagement() != null && "DISENGAGED".equals(p.engagement().status())).toList();
        return Templates.caseload(siteId, waiting, accepted.total(), target, inProgress, contacted.total(), disengaged, due);
    }

    /** A participant engagement-service does not know yet (its referral event is on its way) has no status. */
    private Optional<Engagement.Status> status(String siteId, String participantId) {
        try {
            return Optional.of(engagement.engagement(siteId, participantId));
        } catch (ServiceProblem notKnownYet) {
            if (notKnownYet.status() == 404) {
                return Optional.empty();
            }
            throw notKnownYet;
        }
    }

    public record Waiting(Summary referral, ContactWait contactWait) {
    }

    /** A young person in progress with their engagement (null while engagement-service does not know them yet). */
    public record InProgress(Summary referral, Engagement.Status engagement) {
        public String getStatusLabel() {
            if (engagement == null) {
                return "Not known yet";
            }
            return engagement.status() == null ? "Not yet attended" : Labels.engagement(engagement.status());
        }
    }

    public record Due(Summary referral, QuestionnaireWindow window) {
    }
}
