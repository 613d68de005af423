package org.pathway.referral.referrer;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.pathway.chassis.problem.Problem;
import org.pathway.chassis.security.Roles;
import org.pathway.referral.domain.Referral;
import org.pathway.referral.domain.ReferralStore;
import org.pathway.referral.security.Caller;
import org.pathway.referral.security.OrganisationAccess;

/**
 * The messages a referral owed its referrer, oldest first, with their delivery state and attempts: link workers
 * and site admins of the site, and the referrer of the same organisation ({@code 403} another's); {@code 404} for
 * a referral the site does not hold, to every role.
 */
@Path("/sites/{siteId}/referrals/{id}/messages")
@Tag(name = "Referrers", description = "Referring organisations and the messages the pathway sends them back.")
@Produces(MediaType.APPLICATION_JSON)
public class ReferrerMessagesResource {

    /** The list's body. */
    public record Messages(List<MessageView> items) {
    }

    private final ReferralStore referrals;
    private final ReferrerMessageStore messages;
    private final Caller caller;

    public ReferrerMessagesResource(ReferralStore referrals, ReferrerMessageStore messages, Caller caller) {
        this.referrals = referrals;
        this.messages = messages;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.LINK_WORKER, Roles.SITE_ADMIN, Roles.REFERRER})
    @Operation(summary = "The messages a referral owed its referrer", description = "Oldest first, with their "
            + "delivery state and attempts; a referrer reads only its own organisation's.")
    public Messages list(@PathParam("siteId") String siteId, @PathParam("id") UUID id) {
        Referral referral = referrals.findByIdOptional(id).orElseThrow(ReferralStore::notHere);
        if (!OrganisationAccess.mayRead(caller.roles(), caller.organisation(), referral.referrerOrganisationCode)) {
            throw Problem.forbidden("A referrer reads only its own organisation's referrals.");
        }
        return new Messages(messages.ofReferral(id).stream().map(MessageView::of).toList());
    }
}
