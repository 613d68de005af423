package org.pathway.chassis.problem;

/**
 * One invalid field in a request: {@code field} is the JSON path as the client sent it
 * (e.g. {@code youngPerson.nhsNumber}, {@code items[3]}); {@code message} says what is wrong
 * without echoing the value (values may be identifiable).
 */
public record FieldError(String field, String message) {
}
