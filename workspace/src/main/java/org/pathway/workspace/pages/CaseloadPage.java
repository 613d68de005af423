package org.pathway.workspace.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.pathway.workspace.caseload.ContactWait;
import org.pathway.workspace.caseload.QuestionnairesDue;
import org.pathway.workspace.config.WorkspaceConfig;
import org.pathway.workspace.services.Engagement;
import org.pathway.workspace.services.EngagementApi;
import org.pathway.workspace.services.Page;
import org.pathway.workspace.services.ReferralApi;
import org.pathway.workspace.services.Referrals.Summary;
import org.pathway.workspace.services.ServiceProblem;

/**
 * A link worker's caseload: who waits for a first contact (longest first, marked past the site's target), who is in
 * progress with their engagement status, who has drifted away, and whose questionnaires are due (window open) or
 * missed (window closed), from what engagement-service has recorded.
 */
@Path("/sites/{siteId}/caseload")
@Produces(MediaType.TEXT_HTML)
public class CaseloadPage {

    /** The service's largest page; the caseload reads up to this many of each list. */
    static final int LIST_SIZE = 100;
    /** Comparison participants (issue 20) are on the waiting list for questionnaires only: no contact, no offer. */
    static final String PATHWAY_ARM = "pathway";
    /** engagement-service's largest page of recorded questionnaires. */
    static final int OUTCOMES_PAGE = 200;

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
        Page<Summary> accepted = referrals.referrals(siteId, "ACCEPTED", PATHWAY_ARM, 0, LIST_SIZE);
        List<Waiting> waiting = accepted.items().stream()
                .map(r -> new Waiting(r, ContactWait.of(r.referredAt(), date, target)))
                .sorted(Comparator.comparingLong((Waiting w) -> w.contactWait().days()).reversed())
                .toList();
        Page<Summary> contacted = referrals.referrals(siteId, "CONTACTED", PATHWAY_ARM, 0, LIST_SIZE);
        List<InProgress> inProgress = new ArrayList<>();
        for (Summary referral : contacted.items()) {
            inProgress.add(new InProgress(referral, status(siteId, referral.participantId()).orElse(null)));
        }
        Map<String, Set<String>> recorded = recorded(siteId, contacted.items());
        List<Due> due = new ArrayList<>();
        for (Summary referral : contacted.items()) {
            if (referral.contactedAt() != null) {
                QuestionnairesDue.of(Today.dateOf(referral.contactedAt()), date,
                                recorded.getOrDefault(referral.participantId(), Set.of()))
                        .forEach(d -> due.add(new Due(referral, d)));
            }
        }
        List<InProgress> disengaged = inProgress.stream()
                .filter(p -> p.engagement() != null && "DISENGAGED".equals(p.engagement().status())).toList();
        return Templates.caseload(siteId, waiting, accepted.total(), target, inProgress, contacted.total(), disengaged, due);
    }

    /** The questionnaires engagement-service holds for these young people, as instrument@timepoint per participant. */
    private Map<String, Set<String>> recorded(String siteId, List<Summary> referrals) {
        List<String> ids = referrals.stream().filter(r -> r.contactedAt() != null).map(Summary::participantId).toList();
        Map<String, Set<String>> recorded = new HashMap<>();
        if (ids.isEmpty()) {
            return recorded;
        }
        Integer page = 0;
        while (page != null) {
            Page<Engagement.Recorded> measures = engagement.outcomes(siteId, ids, page, OUTCOMES_PAGE);
            measures.items().forEach(m -> recorded.computeIfAbsent(m.participantId(), k -> new HashSet<>())
                    .add(QuestionnairesDue.key(m.instrument(), m.timepoint())));
            page = measures.next();
        }
        return recorded;
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

    /** A young person's timepoint with the questionnaires still missing. */
    public record Due(Summary referral, QuestionnairesDue questionnaires) {
        public String getMissingLabels() {
            return String.join(", ", questionnaires.missing().stream().map(Labels::instrument).toList());
        }
    }
}
