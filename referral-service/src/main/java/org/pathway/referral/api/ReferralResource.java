package org.pathway.referral.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.api.Page;
import org.pathway.chassis.api.Paging;
import org.pathway.chassis.events.Arm;
import org.pathway.chassis.problem.Problem;
import org.pathway.chassis.security.Roles;
import org.pathway.referral.api.dto.ReferralCreatedView;
import org.pathway.referral.api.dto.ReferralRequest;
import org.pathway.referral.api.dto.ReferralSummaryView;
import org.pathway.referral.api.dto.ReferralView;
import org.pathway.referral.config.ReferralConfig;
import org.pathway.referral.domain.IntakeResult;
import org.pathway.referral.domain.NewReferral;
import org.pathway.referral.domain.ReferralIntake;
import org.pathway.referral.domain.ReferralStatus;
import org.pathway.referral.domain.ReferralStore;
import org.pathway.referral.domain.RequestFingerprint;

/** Intake from NHS trusts, and reads for the site's link workers, admins and referrers. */
@Path("/sites/{siteId}/referrals")
@Tag(name = "Referrals", description = "Intake from NHS trusts and reads of the site's referrals.")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    public static final String IDEMPOTENCY_KEY = IdempotencyKeyHeader.HEADER;

    private final ReferralIntake intake;
    private final ReferralStore referrals;
    private final ReferralConfig config;
    private final ObjectMapper mapper;

    public ReferralResource(ReferralIntake intake, ReferralStore referrals, ReferralConfig config, ObjectMapper mapper) {
        this.intake = intake;
        this.referrals = referrals;
        this.config = config;
        this.mapper = mapper;
    }

    /** 201 for a new referral (ACCEPTED or DECLINED), 200 with the original answer for a replay. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REFERRER)
    @Operation(summary = "Refer a young person", description = "Eligibility is decided at intake: 201 with status "
            + "`ACCEPTED`, or `DECLINED` and a `declineReason` (`AGE_OUT_OF_RANGE`, `NEED_NOT_IN_SCOPE`, "
            + "`SEVERITY_NOT_MODERATE`, `HIGH_RISK`, `NO_CONSENT`, `DUPLICATE_ACTIVE_REFERRAL`), and the Location of "
            + "the referral. The same `Idempotency-Key`, or the same `externalReference` at the site, with the same "
            + "body answers 200 with the original body; with a different body 409.")
    @APIResponse(responseCode = "409", description = "The `Idempotency-Key` or the `externalReference` was sent "
            + "before with a different body.")
    @APIResponse(responseCode = "422", description = "Invalid fields, e.g. an NHS number that fails modulus 11, an "
            + "unknown ethnic category, a postcode not in a UK format, a date of birth in the future, no consent.")
    public Response create(@PathParam("siteId") String siteId, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                           @Valid ReferralRequest request, @Context UriInfo uri) {
        NewReferral referral = ReferralRequestValidator.toNewReferral(request);
        Optional<String> key = IdempotencyKeyHeader.of(idempotencyKey);
        return answer(intake.receive(referral, RequestFingerprint.ofJson(mapper, request), key), siteId, uri);
    }

    /**
     * Intake's answer for a referral of either arm: 201, or 200 for a replay, with the body as intake decided it and
     * the Location the referral is read at ({@code /sites/{siteId}/referrals/{id}}).
     */
    static Response answer(IntakeResult result, String siteId, UriInfo uri) {
        ReferralCreatedView created = ReferralCreatedView.of(result.referral(), siteId);
        return Response.status(result.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .location(uri.getBaseUriBuilder().path("sites").path(siteId).path("referrals")
                        .path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.LINK_WORKER, Roles.SITE_ADMIN})
    @Operation(summary = "List the site's referrals", description = "Paged, newest first; filter by `status` and "
            + "`arm` (`pathway` or `comparison`).")
    @APIResponse(responseCode = "422", description = "`status`, `arm`, `page` or `size` is not one of its values.")
    public Page<ReferralSummaryView> list(@PathParam("siteId") String siteId, @QueryParam("status") String status,
                                          @QueryParam("arm") String arm, @QueryParam("page") Integer page,
                                          @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size, config.paging().defaultSize(), config.paging().maxSize());
        ReferralStore.Listing listing = referrals.list(status(status), arm(arm), paging.page(), paging.size());
        return Page.of(listing.referrals().stream().map(ReferralSummaryView::of).toList(), paging, listing.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a referral", description = "The identifiable record; every read is audited. A "
            + "referrer reads only its own organisation's referrals.")
    @RolesAllowed({Roles.LINK_WORKER, Roles.SITE_ADMIN, Roles.REFERRER})
    public ReferralView get(@PathParam("siteId") String siteId, @PathParam("id") UUID id) {
        return ReferralView.of(referrals.read(id), siteId);
    }

    private static Optional<Arm> arm(String arm) {
        if (arm == null || arm.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(FieldChecks.requiredWireValue("arm", arm, Arm.class));
    }

    private static Optional<ReferralStatus> status(String status) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(ReferralStatus.values()).filter(known -> known.name().equals(status))
                .findFirst().orElseThrow(() -> Problem.invalid("status",
                        "must be one of: " + Arrays.toString(ReferralStatus.values()))));
    }
}
