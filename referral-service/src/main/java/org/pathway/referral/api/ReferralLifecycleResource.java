package org.pathway.referral.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.pathway.chassis.events.WithdrawalScope;
import org.pathway.chassis.security.Roles;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.referral.api.dto.CloseRequest;
import org.pathway.referral.api.dto.ContactRequest;
import org.pathway.referral.api.dto.DeclineRequest;
import org.pathway.referral.api.dto.ReferralSummaryView;
import org.pathway.referral.api.dto.WithdrawRequest;
import org.pathway.referral.domain.CloseReason;
import org.pathway.referral.domain.ReferralLifecycle;

/**
 * The moves after intake; each answers 200 with the referral's summary, 404 when the referral is not at this
 * site, 409 when the move is illegal. A move repeated with the same details answers 200 with the referral as it
 * stands (see {@code ReferralLifecycle}).
 */
@Path("/sites/{siteId}/referrals/{id}")
@Tag(name = "Referral lifecycle", description = "The moves after intake: contact, decline, withdraw, close.")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReferralLifecycleResource {

    private static final String ILLEGAL = "An illegal move for the referral's state (e.g. contact after a "
            + "withdrawal); the same move repeated with the same details answers 200.";

    private final ReferralLifecycle lifecycle;
    private final PathwayClock clock;

    public ReferralLifecycleResource(ReferralLifecycle lifecycle, PathwayClock clock) {
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @POST
    @Path("/contact")
    @RolesAllowed(Roles.LINK_WORKER)
    @Operation(summary = "Record the first contact with the young person", description = "`method` is `phone`, "
            + "`video`, `in-person` or `text`.")
    @APIResponse(responseCode = "409", description = ILLEGAL)
    public ReferralSummaryView contact(@PathParam("siteId") String siteId, @PathParam("id") UUID id,
                                       @Valid ContactRequest body) {
        return ReferralSummaryView.of(lifecycle.contact(id, ContactRequestValidator.toFirstContact(body, clock.now())));
    }

    @POST
    @Path("/decline")
    @RolesAllowed(Roles.LINK_WORKER)
    @Operation(summary = "Record that the young person declined the offer", description = "SNOMED "
            + "871711000000103; `reason` is free text without identifiable data.")
    @APIResponse(responseCode = "409", description = ILLEGAL)
    public ReferralSummaryView decline(@PathParam("siteId") String siteId, @PathParam("id") UUID id,
                                       @Valid DeclineRequest body) {
        return ReferralSummaryView.of(lifecycle.decline(id, body == null ? null : body.reason()));
    }

    @POST
    @Path("/withdraw")
    @RolesAllowed({Roles.LINK_WORKER, Roles.SITE_ADMIN})
    @Operation(summary = "Withdraw consent", description = "`scope` `all` erases the identifiable data at the site "
            + "and asks every service and the research store to drop the participant; `future` stops new "
            + "collection.")
    @APIResponse(responseCode = "409", description = ILLEGAL)
    public ReferralSummaryView withdraw(@PathParam("siteId") String siteId, @PathParam("id") UUID id,
                                        WithdrawRequest body) {
        WithdrawalScope scope = FieldChecks.requiredWireValue("scope", body == null ? null : body.scope(),
                WithdrawalScope.class);
        return ReferralSummaryView.of(lifecycle.withdraw(id, scope));
    }

    @POST
    @Path("/close")
    @RolesAllowed({Roles.LINK_WORKER, Roles.SITE_ADMIN})
    @Operation(summary = "Close the referral: the young person left the pathway", description = "`reason` is "
            + "`camhs-treatment-started`, `completed`, `moved-away`, `no-longer-wants` or `other`.")
    @APIResponse(responseCode = "409", description = ILLEGAL)
    public ReferralSummaryView close(@PathParam("siteId") String siteId, @PathParam("id") UUID id,
                                     CloseRequest body) {
        CloseReason reason = FieldChecks.requiredWireValue("reason", body == null ? null : body.reason(),
                CloseReason.class);
        return ReferralSummaryView.of(lifecycle.close(id, reason));
    }
}
