package org.pathway.chassis.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} is refused with a 413
 * problem+json before it is read, in every service. Quarkus' own check (the next route) answers a bare
 * 413 with no body, which no client can tell from a proxy's error.
 */
@ApplicationScoped
public class BodyLimit {

    /** Bodies up to this size are read to their end before the connection closes. */
    private static final long MAX_DRAINED = 64L << 20;

    private final ObjectMapper mapper;

    public BodyLimit(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void install(@Observes Router router,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        long max = limit.asLongValue();
        byte[] problem = problem(max);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(ctx -> refuseIfTooLarge(ctx, max,
                problem));
    }

    private static void refuseIfTooLarge(RoutingContext ctx, long max, byte[] problem) {
        long declared = declaredLength(ctx);
        if (declared <= max) {
            ctx.next();
            return;
        }
        HttpServerRequest request = ctx.request();
        // Read (and drop) what the client is still sending, so it gets to read the answer: a
        // connection closed under a sending client loses the 413 in a reset. Absurd sizes are not waited for.
        boolean drain = declared <= MAX_DRAINED;
        if (drain) {
            request.handler(ignored -> { });
            request.resume();
        }
        // Connection: close tells the client not to reuse this connection; it closes once the body is read.
        ctx.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemBody.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Buffer.buffer(problem))
                .onComplete(done -> {
                    if (!drain || request.isEnded()) {
                        request.connection().close();
                    } else {
                        request.endHandler(ended -> request.connection().close());
                    }
                });
    }

    private static long declaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0; // Vert.x refuses a malformed Content-Length itself
        }
    }

    private byte[] problem(long max) {
        try {
            return mapper.writeValueAsBytes(ProblemBody.of(413, "Content Too Large",
                    "The body is larger than " + max + " bytes.", List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
