package org.pathway.referral.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.api.Page;
import org.pathway.chassis.api.Paging;
import org.pathway.chassis.problem.Problem;
import org.pathway.referral.api.dto.ReferralRequest;
import org.pathway.referral.api.dto.ReferralSummary;
import org.pathway.referral.api.dto.ReferralView;
import org.pathway.referral.config.ReferralConfig;
import org.pathway.referral.domain.IntakeResult;
import org.pathway.referral.domain.ReferralIntake;
import org.pathway.referral.domain.ReferralReads;
import org.pathway.referral.domain.ReferralStatus;
import org.pathway.referral.security.Roles;

/** Intake from NHS trusts, and reads for the site's link workers and admins. */
@Path("/sites/{siteId}/referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    public static final String IDEMPOTENCY_KEY = IdempotencyKeyHeader.HEADER;

    private final ReferralIntake intake;
    private final ReferralReads reads;
    private final ReferralConfig config;

    public ReferralResource(ReferralIntake intake, ReferralReads reads, ReferralConfig config) {
        this.intake = intake;
        this.reads = reads;
        this.config = config;
    }

    /** 201 for a new referral (ACCEPTED or DECLINED), 200 with the original answer for a replay. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REFERRER)
    public Response create(@PathParam("siteId") String siteId, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                           ReferralRequest request, @Context UriInfo uri) {
        IntakeResult result = intake.receive(request, Optional.ofNullable(idempotencyKey));
        URI location = uri.getBaseUriBuilder().path("sites").path(siteId).path("referrals")
                .path(result.body().id().toString()).build();
        return Response.status(result.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .location(location).entity(result.body()).build();
    }

    @GET
    @RolesAllowed({Roles.LINK_WORKER, Roles.SITE_ADMIN})
    public Page<ReferralSummary> list(@PathParam("siteId") String siteId, @QueryParam("status") String status,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size, config.paging().defaultSize(), config.paging().maxSize());
        ReferralReads.Listing listing = reads.list(status(status), paging.page(), paging.size());
        return Page.of(listing.referrals().stream().map(ReferralViews::summary).toList(), paging, listing.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.LINK_WORKER, Roles.SITE_ADMIN, Roles.REFERRER})
    public ReferralView get(@PathParam("siteId") String siteId, @PathParam("id") UUID id) {
        return ReferralViews.view(reads.read(id), siteId);
    }

    private static Optional<ReferralStatus> status(String status) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        for (ReferralStatus known : ReferralStatus.values()) {
            if (known.name().equals(status)) {
                return Optional.of(known);
            }
        }
        throw Problem.invalid("status", "must be one of: " + Arrays.toString(ReferralStatus.values()));
    }
}
