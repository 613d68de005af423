package org.pathway.referral.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.pathway.chassis.api.Page;
import org.pathway.chassis.api.Paging;
import org.pathway.chassis.security.Roles;
import org.pathway.referral.api.dto.AuditEntryView;
import org.pathway.referral.config.ReferralConfig;
import org.pathway.referral.security.AuditTrail;

/** The site's audit trail for its admins: who read or changed identifiable data, newest first. */
@Path("/sites/{siteId}/audit")
@Tag(name = "Audit", description = "Who read or changed identifiable data at the site.")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final ReferralConfig config;

    public AuditResource(ReferralConfig config) {
        this.config = config;
    }

    /** {@code subject} is a referral id or a participant id. */
    @GET
    @RolesAllowed(Roles.SITE_ADMIN)
    @Operation(summary = "Read the site's audit trail", description = "Newest first; `subject` is a referral id or "
            + "a participant id.")
    @APIResponse(responseCode = "422", description = "`page` or `size` is out of range.")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntryView> list(@PathParam("siteId") String siteId, @QueryParam("subject") String subject,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size, config.paging().defaultSize(), config.paging().maxSize());
        Optional<String> about = Optional.ofNullable(subject).filter(s -> !s.isBlank());
        return Page.of(AuditTrail.page(about, paging.page(), paging.size()).stream()
                .map(AuditEntryView::of).toList(), paging, AuditTrail.count(about));
    }
}
