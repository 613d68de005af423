package org.pathway.workspace.services;

import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.pathway.workspace.security.BearerToken;
import org.pathway.workspace.services.Referrals.AuditEntry;
import org.pathway.workspace.services.Referrals.Messages;
import org.pathway.workspace.services.Referrals.Referral;
import org.pathway.workspace.services.Referrals.Summary;

/** referral-service's public API (API.md), called with the signed-in person's token. */
@RegisterRestClient(configKey = "referral")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/sites/{siteId}")
public interface ReferralApi {

    /** The site's referrals of one study arm ({@code pathway}: the caseload; {@code comparison}: questionnaires only). */
    @GET
    @Path("/referrals")
    Page<Summary> referrals(@PathParam("siteId") String siteId, @QueryParam("status") String status,
                            @QueryParam("arm") String arm, @QueryParam("page") int page, @QueryParam("size") int size);

    /** The identifiable record: the service audits this read under the person's name. */
    @GET
    @Path("/referrals/{id}")
    Referral referral(@PathParam("siteId") String siteId, @PathParam("id") UUID id);

    /** {@code contact}, {@code decline}, {@code withdraw} or {@code close}, with that move's body. */
    @POST
    @Path("/referrals/{id}/{move}")
    Summary move(@PathParam("siteId") String siteId, @PathParam("id") UUID id, @PathParam("move") String move,
                 Map<String, Object> body);

    @GET
    @Path("/referrals/{id}/messages")
    Messages messages(@PathParam("siteId") String siteId, @PathParam("id") UUID id);

    @GET
    @Path("/audit")
    Page<AuditEntry> audit(@PathParam("siteId") String siteId, @QueryParam("subject") String subject,
                           @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/settings")
    Map<String, Object> settings(@PathParam("siteId") String siteId);
}
