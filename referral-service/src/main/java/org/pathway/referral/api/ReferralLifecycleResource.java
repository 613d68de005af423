package org.pathway.referral.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.pathway.referral.api.dto.CloseRequest;
import org.pathway.referral.api.dto.ContactRequest;
import org.pathway.referral.api.dto.DeclineRequest;
import org.pathway.referral.api.dto.ReferralSummary;
import org.pathway.referral.api.dto.WithdrawRequest;
import org.pathway.referral.domain.ReferralLifecycle;
import org.pathway.referral.security.Roles;

/**
 * The moves after intake; each answers 200 with the referral's summary, or 409 when the move is illegal. A move
 * repeated with the same details answers 200 with the referral as it stands (see {@code ReferralLifecycle}).
 */
@Path("/sites/{siteId}/referrals/{id}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReferralLifecycleResource {

    private final ReferralLifecycle lifecycle;

    public ReferralLifecycleResource(ReferralLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @POST
    @Path("/contact")
    @RolesAllowed(Roles.LINK_WORKER)
    public ReferralSummary contact(@PathParam("siteId") String siteId, @PathParam("id") UUID id, ContactRequest body) {
        return ReferralViews.summary(lifecycle.contact(id, body));
    }

    @POST
    @Path("/decline")
    @RolesAllowed(Roles.LINK_WORKER)
    public ReferralSummary decline(@PathParam("siteId") String siteId, @PathParam("id") UUID id, DeclineRequest body) {
        return ReferralViews.summary(lifecycle.decline(id, body));
    }

    @POST
    @Path("/withdraw")
    @RolesAllowed({Roles.LINK_WORKER, Roles.SITE_ADMIN})
    public ReferralSummary withdraw(@PathParam("siteId") String siteId, @PathParam("id") UUID id,
                                    WithdrawRequest body) {
        return ReferralViews.summary(lifecycle.withdraw(id, body));
    }

    @POST
    @Path("/close")
    @RolesAllowed({Roles.LINK_WORKER, Roles.SITE_ADMIN})
    public ReferralSummary close(@PathParam("siteId") String siteId, @PathParam("id") UUID id, CloseRequest body) {
        return ReferralViews.summary(lifecycle.close(id, body));
    }
}
