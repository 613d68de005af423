package org.pathway.referral.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.events.Arm;
import org.pathway.chassis.problem.Problem;
import org.pathway.chassis.security.Roles;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.referral.api.dto.ComparisonParticipantRequest;
import org.pathway.referral.domain.IntakeResult;
import org.pathway.referral.domain.NewReferral;
import org.pathway.referral.domain.ReferralIntake;
import org.pathway.referral.domain.RequestFingerprint;

/**
 * The comparison group (issue 20): before the pathway starts at the site ({@code pathwayStartDate}), a link worker
 * or site admin registers young people on the same waiting list who consent to questionnaires only. Each is stored
 * as a referral of arm {@code comparison} through the referral intake itself (identifiers, validation, consent,
 * eligibility, pseudonym, idempotency, events and audit are the referral's), and is never offered the pathway.
 */
@Path("/sites/{siteId}/comparison-participants")
@Tag(name = "Comparison group", description = "Young people on the same waiting list who answer questionnaires only.")
@Produces(MediaType.APPLICATION_JSON)
public class ComparisonParticipantResource {

    private static final String REGISTERED_ON = "registeredOn";

    private final ReferralIntake intake;
    private final PathwayClock clock;
    private final ObjectMapper mapper;

    public ComparisonParticipantResource(ReferralIntake intake, PathwayClock clock, ObjectMapper mapper) {
        this.intake = intake;
        this.clock = clock;
        this.mapper = mapper;
    }

    /**
     * 201 for a new registration (ACCEPTED or DECLINED) with the referral's Location, 200 with the original answer
     * for a replay; 409 when the site has no pathway start date, 422 naming {@code registeredOn} when it is not
     * before it.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.LINK_WORKER, Roles.SITE_ADMIN})
    @Operation(summary = "Register a comparison participant", description = "Before the site's pathway start "
            + "date: stored as a referral of arm `comparison` (the referral's validation, consent, eligibility and "
            + "idempotency), never offered the pathway. 201 with the referral's Location, 200 for a replay.")
    @APIResponse(responseCode = "409", description = "The site has no pathway start date, or the "
            + "`Idempotency-Key` was sent before with a different body.")
    @APIResponse(responseCode = "422", description = "Invalid fields, or `registeredOn` not before the pathway "
            + "start date.")
    public Response register(@PathParam("siteId") String siteId,
                             @HeaderParam(IdempotencyKeyHeader.HEADER) String idempotencyKey,
                             @Valid ComparisonParticipantRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw Problem.invalid("", "a comparison participant body is required");
        }
        LocalDate registeredOn = request.registeredOn() == null ? clock.today() : request.registeredOn();
        NewReferral participant = ReferralRequestValidator.toNewReferral(request.asReferral(registeredOn),
                Arm.COMPARISON, REGISTERED_ON);
        IntakeResult result = intake.receive(participant, RequestFingerprint.ofJson(mapper, request),
                IdempotencyKeyHeader.of(idempotencyKey));
        return ReferralResource.answer(result, siteId, uri);
    }
}
