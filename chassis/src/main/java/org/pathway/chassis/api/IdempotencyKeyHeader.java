package org.pathway.chassis.api;

import java.util.Optional;

import org.pathway.chassis.problem.Problem;

/**
 * The {@code Idempotency-Key} request header, as every Pathway POST that creates a record takes it: a client that
 * repeats a request after losing its answer (a timeout, a connection cut while the service restarts) sends the same
 * key, and the record is made once. Same key with the same body: {@code 200} and the original record; same key with
 * a different body: {@code 409}.
 */
public final class IdempotencyKeyHeader {

    public static final String HEADER = "Idempotency-Key";
    /** Keys are the client's; beyond this they are not keys but payloads. */
    public static final int MAX_LENGTH = 255;

    private IdempotencyKeyHeader() {
    }

    /** The header's value, checked: absent is fine; blank or longer than {@link #MAX_LENGTH} is a 400. */
    public static Optional<String> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (header.isBlank() || header.length() > MAX_LENGTH) {
            throw Problem.badRequest(HEADER + " must be 1 to " + MAX_LENGTH + " characters.");
        }
        return Optional.of(header);
    }

    /** The 409 for a key sent before with a different body. */
    public static Problem reusedWithDifferentBody(String what) {
        return Problem.conflict(HEADER + " was already used for a different " + what + ".");
    }
}
