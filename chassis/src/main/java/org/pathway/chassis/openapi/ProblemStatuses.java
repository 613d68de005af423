package org.pathway.chassis.openapi;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which problem responses an operation can give because of its shape alone: what the chassis answers for every
 * operation of that shape (the problem mappers, the body limit, the parameter converters, the security layer).
 * What only the operation knows (a 404 for a participant pseudonym, a 409 for an illegal move, a 422 for a query
 * parameter) it declares with {@code @APIResponse}; {@link #of} adds those it declared.
 */
public final class ProblemStatuses {

    private ProblemStatuses() {
    }

    /**
     * What the document says about an operation.
     *
     * @param secured         needs a bearer token (every operation but a signed webhook)
     * @param signed          authenticated by the webhook signature header instead
     * @param body            takes a request body
     * @param anyBodyType     the body may be of any media type (a webhook reads raw bytes), so no 415
     * @param validatedBody   the body is parsed into fields the service validates (JSON, FHIR), so 422
     * @param typedParameters a path, query or header parameter is a number or a UUID, so text that is not one is 400
     * @param uuidInPath      the path names a record by its UUID, which may not exist at the site
     * @param idempotencyKey  takes the {@code Idempotency-Key} header: 400 when malformed, 409 when reused
     * @param declared        statuses the operation declared itself
     */
    public record Shape(boolean secured, boolean signed, boolean body, boolean anyBodyType, boolean validatedBody,
                       boolean typedParameters, boolean uuidInPath, boolean idempotencyKey, Set<Integer> declared) {
        public Shape {
            declared = Set.copyOf(declared);
        }
    }

    /**
     * The problem statuses, ascending: the shape's and the declared 4xx ones, and 503, which every operation can give
     * (a request the database could not take: chassis {@code problem/DatabaseUnavailable}, with {@code Retry-After}).
     */
    public static SortedSet<Integer> of(Shape shape) {
        SortedSet<Integer> statuses = new TreeSet<>();
        for (int status : shape.declared()) {
            if (status >= 400 && status < 500) {
                statuses.add(status);
            }
        }
        if (shape.body() || shape.typedParameters() || shape.idempotencyKey()) {
            statuses.add(400);
        }
        if (shape.secured() || shape.signed()) {
            statuses.add(401);
        }
        if (shape.secured()) {
            statuses.add(403);
        }
        if (shape.uuidInPath()) {
            statuses.add(404);
        }
        if (shape.idempotencyKey()) {
            statuses.add(409);
        }
        if (shape.body()) {
            statuses.add(413);
            if (!shape.anyBodyType()) {
                statuses.add(415);
            }
            if (shape.validatedBody()) {
                statuses.add(422);
            }
        }
        statuses.add(503);
        return statuses;
    }
}
