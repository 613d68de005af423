package org.pathway.workspace.pages;

import java.util.List;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import org.pathway.workspace.forms.FieldErrors;
import org.pathway.workspace.services.Engagement.Credentials;
import org.pathway.workspace.services.EngagementApi;
import org.pathway.workspace.services.ServiceProblem;

/**
 * A site admin issues or rotates a provider's webhook secret. The secret is shown once, on the answer to the form
 * (never stored here, never cached: {@code Cache-Control: no-store}), with how a provider signs its requests.
 */
@Path("/sites/{siteId}/admin/providers")
@Produces(MediaType.TEXT_HTML)
public class ProvidersPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance providers(String siteId, String providerId, FieldErrors errors);

        static native TemplateInstance secret(String siteId, Credentials credentials, String webhookPath);
    }

    private static final String NOT_A_SLUG = "must be lower-case letters, digits and hyphens, like green-gym";

    private final EngagementApi engagement;

    public ProvidersPage(@RestClient EngagementApi engagement) {
        this.engagement = engagement;
    }

    @GET
    public TemplateInstance providers(@PathParam("siteId") String siteId) {
        return Templates.providers(siteId, "", FieldErrors.none());
    }

    @POST
    public Response rotate(@PathParam("siteId") String siteId, @RestForm String providerId) {
        String provider = providerId == null ? "" : providerId.trim();
        try {
            Credentials credentials = engagement.rotate(siteId, provider);
            return Response.ok(Templates.secret(siteId, credentials,
                    "/sites/" + siteId + "/providers/" + credentials.providerId() + "/attendance"))
                    .header("Cache-Control", "no-store").build();
        } catch (ServiceProblem problem) {
            if (problem.status() != 400 && problem.status() != 404 && problem.status() != 422) {
                throw problem;
            }
            FieldErrors errors = FieldErrors.of(problem.errors().isEmpty()
                    ? new ServiceProblem(422, null, List.of(new ServiceProblem.FieldError("providerId", NOT_A_SLUG)))
                    : problem, Map.of("providerId", "Provider id"));
            return Response.status(422).entity(Templates.providers(siteId, provider, errors)).build();
        }
    }
}
