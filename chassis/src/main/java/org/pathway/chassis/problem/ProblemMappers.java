package org.pathway.chassis.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.ForbiddenException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.UUID;

/**
 * Maps every failure to RFC 9457 problem+json: malformed JSON 400 (naming the field when the
 * value had the wrong type), invalid fields 422, not found 404, conflict 409. Never a stack
 * trace, never a submitted value (it may be identifiable). Unexpected failures are 500 with an
 * error id that also appears in the log, so support can find it without the client seeing more; a request the
 * database could not take ({@link DatabaseUnavailable}) is 503 with {@code Retry-After}, and its error id.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(Problem problem) {
        return Problems.response(problem);
    }

    @ServerExceptionMapper(priority = 1, value = {JsonParseException.class, JsonProcessingException.class})
    public Response malformedJson(JsonProcessingException e) {
        return Problems.response(400, "Bad Request", "The body is not well-formed JSON.", List.of());
    }

    // Quarkus' own mappers for the subtypes echo the submitted value; naming each type makes ours win for all.
    @ServerExceptionMapper(priority = 1, value = {DatabindException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, ValueInstantiationException.class})
    public Response wrongShape(DatabindException e) {
        String field = JsonPaths.of(e);
        List<FieldError> errors = field.isEmpty() ? List.of()
                : List.of(new FieldError(field, "has the wrong type or format"));
        return Problems.response(400, "Bad Request", "The body does not have the expected shape.", errors);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(ValidationPaths.field(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return Problems.response(422, "Unprocessable Content", "The request has invalid fields.", errors);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problems.response(403, "Forbidden", "The caller may not do this.", List.of());
    }

    // Its response is already the problem naming the parameter; the generic mapper below would drop it.
    @ServerExceptionMapper
    public Response unconvertible(UnconvertibleParameter e) {
        return e.getResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonParseException parse) {
            return malformedJson(parse);
        }
        if (cause instanceof DatabindException databind) {
            return wrongShape(databind);
        }
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        return Problems.response(status, title, title + ".", List.of());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(RuntimeException e) {
        String errorId = UUID.randomUUID().toString();
        if (DatabaseUnavailable.causes(e)) {
            LOG.warnf("Database unavailable for a request %s: %s", errorId, causeChain(e));
            return Response.fromResponse(Problems.response(503, "Service Unavailable",
                            "The service is too busy or cannot reach its database. Repeat the request shortly. "
                                    + "Error id " + errorId + ".", List.of()))
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        // The class chain only: messages of database or parsing errors can echo submitted values.
        LOG.errorf("Unexpected failure %s: %s", errorId, causeChain(e));
        return Problems.response(500, "Internal Server Error",
                "Something went wrong on our side. Quote error id " + errorId + ".", List.of());
    }

    private static String causeChain(Throwable e) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null && chain.length() < 1_000; t = t.getCause()) {
            if (!chain.isEmpty()) {
                chain.append(" <- ");
            }
            chain.append(t.getClass().getName());
            StackTraceElement[] trace = t.getStackTrace();
            if (trace.length > 0) {
                chain.append(" at ").append(trace[0]);
            }
        }
        return chain.toString();
    }

    /** Turns a Bean Validation property path into the client's field path. */
    static final class ValidationPaths {
        private ValidationPaths() {
        }

        static String field(ConstraintViolation<?> violation) {
            // method.argN.field.sub → field.sub (resource method parameters carry two leading nodes)
            String path = violation.getPropertyPath().toString();
            String[] parts = path.split("\\.", 3);
            return parts.length == 3 ? parts[2] : path;
        }
    }
}
