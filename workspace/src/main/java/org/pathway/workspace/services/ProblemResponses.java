package org.pathway.workspace.services;

import java.util.List;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns a service's error answer into a {@link ServiceProblem}, reading problem+json when it is one. */
public class ProblemResponses implements ResponseExceptionMapper<ServiceProblem> {

    @Override
    public ServiceProblem toThrowable(Response response) {
        Problem problem = null;
        if (response.hasEntity() && response.getMediaType() != null && response.getMediaType().getSubtype().contains("json")) {
            try {
                problem = response.readEntity(Problem.class);
            } catch (RuntimeException unreadable) {
                problem = null;
            }
        }
        return new ServiceProblem(response.getStatus(), problem == null ? null : problem.title(),
                problem == null ? List.of() : problem.errors());
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    /** The parts of RFC 9457 problem+json the workspace reads. */
    public record Problem(String title, int status, List<ServiceProblem.FieldError> errors) {
    }
}
