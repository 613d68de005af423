package org.pathway.referral.fhir;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.pathway.chassis.problem.Problem;
import org.pathway.chassis.security.Roles;
import org.pathway.referral.domain.Referral;
import org.pathway.referral.domain.ReferralStore;

/**
 * Reading a referral back as a ServiceRequest, by our id or by an identifier (ours, or the sender's ServiceRequest
 * full URL), for the site's link workers and admins and the referrer of the same organisation; every read is
 * audited ({@link ReferralStore#read}). The CapabilityStatement says what this door supports.
 */
@Path("/sites/{siteId}/fhir")
@Tag(name = "FHIR (BaRS)", description = "The FHIR door: answers and errors are FHIR R4 (`application/fhir+json`).")
@Produces(FhirOutcomes.FHIR_JSON)
public class FhirReadResource {

    private final ReferralStore referrals;
    private final FhirSupport fhir;

    public FhirReadResource(ReferralStore referrals, FhirSupport fhir) {
        this.referrals = referrals;
        this.fhir = fhir;
    }

    @GET
    @Path("/ServiceRequest/{id}")
    @RolesAllowed({Roles.LINK_WORKER, Roles.SITE_ADMIN, Roles.REFERRER})
    @Operation(summary = "Read a referral as a FHIR ServiceRequest", description = "Audited like the JSON read.")
    public Response read(@PathParam("siteId") String siteId, @PathParam("id") UUID id) {
        if (referrals.findByIdOptional(id).filter(Referral::comparisonArm).isPresent()) {
            throw Problem.notFound("No referral with this id at this site.");
        }
        return ok(fhir.encode(ServiceRequestView.of(referrals.read(id))));
    }

    /** A searchset of the one referral the identifier names, or none; {@code identifier} is {@code system|value}. */
    @GET
    @Path("/ServiceRequest")
    @RolesAllowed({Roles.LINK_WORKER, Roles.SITE_ADMIN, Roles.REFERRER})
    @Operation(summary = "Find a referral by identifier", description = "`identifier=<system>|<value>`: our "
            + "referral id, or the sender's ServiceRequest reference; a searchset of the one match, or none.")
    @APIResponse(responseCode = "400", description = "`identifier` is missing.")
    public Response search(@PathParam("siteId") String siteId, @QueryParam("identifier") String identifier,
                           @Context UriInfo uri) {
        Optional<UUID> found = Identifiers.find(identifier, referrals);
        Bundle searchset = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        found.map(referrals::read).ifPresent(referral -> searchset.addEntry()
                .setFullUrl(uri.getBaseUriBuilder().path("sites").path(siteId).path("fhir").path("ServiceRequest")
                        .path(referral.id.toString()).build().toString())
                .setResource(ServiceRequestView.of(referral))
                .getSearch().setMode(Bundle.SearchEntryMode.MATCH));
        searchset.setTotal(searchset.getEntry().size());
        return ok(fhir.encode(searchset));
    }

    @GET
    @Path("/metadata")
    @Operation(summary = "The CapabilityStatement of this FHIR door", description = "For any user of the site.")
    public Response metadata(@PathParam("siteId") String siteId) {
        return ok(fhir.encode(Capabilities.statement()));
    }

    private static Response ok(String body) {
        return Response.ok(body, FhirOutcomes.FHIR_JSON).build();
    }

    /** {@code system|value}: our referral id, or (any other system, or none) the sender's ServiceRequest reference. */
    static final class Identifiers {
        private Identifiers() {
        }

        static Optional<UUID> find(String identifier, ReferralStore referrals) {
            if (identifier == null || identifier.isBlank()) {
                throw FhirFailure.badRequest(List.of(new FhirIssue("http.identifier",
                        "is required: system|value")));
            }
            int bar = identifier.indexOf('|');
            String system = bar < 0 ? "" : identifier.substring(0, bar);
            String value = bar < 0 ? identifier : identifier.substring(bar + 1);
            if (BarsCodes.REFERRAL_ID.equals(system)) {
                try {
                    UUID id = UUID.fromString(value);
                    return referrals.findByIdOptional(id).filter(r -> !r.comparisonArm()).map(r -> r.id);
                } catch (IllegalArgumentException notAnId) {
                    return Optional.empty();
                }
            }
            return referrals.findByExternalReference(value).filter(r -> !r.comparisonArm()).map((Referral r) -> r.id);
        }
    }
}
