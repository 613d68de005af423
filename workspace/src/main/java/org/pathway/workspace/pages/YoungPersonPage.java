package org.pathway.workspace.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.pathway.workspace.caseload.ContactWait;
import org.pathway.workspace.caseload.QuestionnaireWindow;
import org.pathway.workspace.config.WorkspaceConfig;
import org.pathway.workspace.forms.FieldErrors;
import org.pathway.workspace.services.Engagement;
import org.pathway.workspace.services.EngagementApi;
import org.pathway.workspace.services.MatchingApi;
import org.pathway.workspace.services.Matching.Placement;
import org.pathway.workspace.services.ReferralApi;
import org.pathway.workspace.services.Referrals.Message;
import org.pathway.workspace.services.Referrals.Referral;
import org.pathway.workspace.services.ServiceProblem;

/** A young person's page: {@code /sites/{siteId}/referrals/{id}}. The actions on it are in {@link ReferralActions}. */
@Path("/sites/{siteId}/referrals/{id}")
@Produces(MediaType.TEXT_HTML)
@ApplicationScoped
public class YoungPersonPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance youngPerson(YoungPerson page);
    }

    /** What a notice code (after a redirect) says. */
    private static final Map<String, String> NOTICES = Map.of(
            "contacted", "First contact recorded.",
            "placed", "Place booked.",
            "session", "Link-worker session recorded.",
            "declined", "Recorded: the young person declined the offer.",
            "withdrawn", "Consent withdrawal recorded.",
            "closed", "Referral closed.");

    private final ReferralApi referrals;
    private final MatchingApi matching;
    private final EngagementApi engagement;
    private final WorkspaceConfig config;
    private final Today today;

    public YoungPersonPage(@RestClient ReferralApi referrals, @RestClient MatchingApi matching,
                           @RestClient EngagementApi engagement, WorkspaceConfig config, Today today) {
        this.referrals = referrals;
        this.matching = matching;
        this.engagement = engagement;
        this.config = config;
        this.today = today;
    }

    @GET
    public TemplateInstance page(@PathParam("siteId") String siteId, @PathParam("id") UUID id, @QueryParam("done") String done) {
        return render(siteId, id, done == null ? null : NOTICES.get(done), null, FieldErrors.none(), Map.of());
    }

    /** The page again after a form was refused, with that form's errors and what was typed. */
    TemplateInstance render(String siteId, UUID id, String notice, String failedForm, FieldErrors errors,
                            Map<String, String> values) {
        Referral referral = referrals.referral(siteId, id);
        int target = config.sites().get(siteId).contactTargetDays();
        ContactWait wait = ContactWait.of(referral.referredAt(), today.date(), target);
        List<Placement> placements = known(() -> matching.placements(siteId, referral.participantId())).orElse(List.of());
        Engagement.Status status = known(() -> engagement.engagement(siteId, referral.participantId())).orElse(null);
        List<QuestionnaireWindow> windows = referral.contactedAt() == null ? List.of()
                : QuestionnaireWindow.after(Today.dateOf(referral.contactedAt()));
        List<Engagement.Recorded> recorded = known(() -> engagement.outcomes(siteId, referral.participantId())).orElse(List.of());
        List<Message> messages = known(() -> referrals.messages(siteId, id).items()).orElse(List.of());
        return Templates.youngPerson(new YoungPerson(siteId, referral, wait, placements, status, windows, recorded,
                messages, notice,
                failedForm, errors, values, values.getOrDefault("idempotencyKey", YoungPerson.newKey()),
                today.date().toString(), today.now().toString()));
    }

    /** A service that does not know the participant yet (their referral event is on its way) has nothing to show. */
    static <T> Optional<T> known(java.util.function.Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (ServiceProblem problem) {
            if (problem.status() == 404 || problem.status() == 409) {
                return Optional.empty();
            }
            throw problem;
        }
    }
}
