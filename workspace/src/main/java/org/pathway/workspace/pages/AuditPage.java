package org.pathway.workspace.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.pathway.workspace.services.Page;
import org.pathway.workspace.services.ReferralApi;
import org.pathway.workspace.services.Referrals.AuditEntry;

/** The site's audit trail (who read or changed identifiable data), filtered by subject: a referral or participant id. */
@Path("/sites/{siteId}/admin/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditPage {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance audit(String siteId, String subject, Page<AuditEntry> entries, Integer next);
    }

    private final ReferralApi referrals;

    public AuditPage(@RestClient ReferralApi referrals) {
        this.referrals = referrals;
    }

    @GET
    public TemplateInstance audit(@PathParam("siteId") String siteId, @QueryParam("subject") String subject,
                                  @QueryParam("page") Integer page) {
        String filter = subject == null || subject.isBlank() ? null : subject.trim();
        int number = page == null || page < 0 ? 0 : page;
        Page<AuditEntry> entries = referrals.audit(siteId, filter, number, PAGE_SIZE);
        return Templates.audit(siteId, filter == null ? "" : filter, entries, entries.next());
    }
}
