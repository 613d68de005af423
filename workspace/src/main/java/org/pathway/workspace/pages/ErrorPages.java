package org.pathway.workspace.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.pathway.workspace.security.SiteGuard;
import org.pathway.workspace.services.ServiceProblem;

/**
 * Failures as pages a person understands: another site's page is the 403 page, a service that does not answer is a
 * plain message. No page and no log line carries a stack trace, an exception message or an identifier; the log
 * says which kind of failure it was.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance error(String title, String message);
    }

    @ServerExceptionMapper
    public Response wrongSite(SiteGuard.WrongSite wrongSite) {
        return page(403, "You cannot open this page",
                "This page belongs to another site. You are signed in to your own site only; sign out first to use another account.");
    }

    @ServerExceptionMapper
    public Response serviceProblem(ServiceProblem problem) {
        return switch (problem.status()) {
            case 401 -> page(401, "Sign in again", "Your session has ended. Go to the start page and sign in again.");
            case 403 -> page(403, "You cannot open this page", "Your role does not allow this, or the page belongs to another site.");
            case 404 -> page(404, "Page not found", "There is nothing here, or it belongs to another site.");
            case 409 -> page(409, "That could not be done", "What you asked for no longer fits how things stand. Go back and reload the page.");
            default -> {
                LOG.warnf("a service answered %d", problem.status());
                yield page(502, "Something went wrong", "A service could not do that just now. Try again in a few minutes.");
            }
        };
    }

    @ServerExceptionMapper
    public Response unavailable(ProcessingException unreachable) {
        LOG.warn("a service did not answer");
        return page(503, "Service not available",
                "The pathway's services are not answering just now. Nothing was recorded. Try again in a few minutes.");
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException notFound) {
        return page(404, "Page not found", "There is nothing here. Check the address, or go back to the start page.");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException failure) {
        int status = failure.getResponse().getStatus();
        if (status < 500) {
            return page(status, "That did not work", "The request could not be handled. Go back and try again.");
        }
        return unexpected(failure);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure) {
        LOG.errorf("unexpected failure (%s)", failure.getClass().getSimpleName());
        return page(500, "Something went wrong", "The workspace could not show this page. Try again in a few minutes.");
    }

    static Response page(int status, String title, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.error(title, message)).build();
    }
}
