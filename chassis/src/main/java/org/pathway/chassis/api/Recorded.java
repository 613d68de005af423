package org.pathway.chassis.api;

/**
 * What a POST that creates a record made: {@code replayed} when the request repeated an earlier one with the same
 * {@code Idempotency-Key} (answered {@code 200} with the original, nothing recorded again), else newly recorded.
 */
public record Recorded<T>(T record, boolean replayed) {
}
