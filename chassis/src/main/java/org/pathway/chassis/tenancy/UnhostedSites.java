package org.pathway.chassis.tenancy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.pathway.chassis.problem.ProblemBody;

/**
 * A path under {@code /sites/{siteId}/} of a configured site that this deployment does not host
 * ({@code pathway.hosted-sites}) answers 404 problem+json before any token is read: for a site-only
 * deployment the other sites do not exist, whoever asks. (An id no deployment knows is refused as before,
 * by {@link SiteAccessPolicy}.)
 */
@ApplicationScoped
public class UnhostedSites {

    private final Sites sites;
    private final byte[] problem;

    public UnhostedSites(Sites sites, ObjectMapper mapper) {
        this.sites = sites;
        try {
            this.problem = mapper.writeValueAsBytes(ProblemBody.of(404, "Not Found",
                    "This deployment does not host the site in the path.", List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void install(@Observes Router router) {
        router.route("/sites/*").order(RouteConstants.ROUTE_ORDER_BODY_HANDLER + 1).handler(this::refuseUnhosted);
    }

    private void refuseUnhosted(RoutingContext ctx) {
        SiteAccessPolicy.SitePath path = SiteAccessPolicy.SitePath.parse(ctx.normalizedPath());
        if (path == null || !sites.hostedElsewhere(path.siteId())) {
            ctx.next();
            return;
        }
        ctx.response().setStatusCode(404)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemBody.MEDIA_TYPE)
                .end(Buffer.buffer(problem));
    }
}
