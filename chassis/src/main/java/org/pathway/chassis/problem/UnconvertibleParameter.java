package org.pathway.chassis.problem;

import jakarta.ws.rs.WebApplicationException;

import java.util.List;

/**
 * A path, query or header parameter whose text is not a value of the declared type: a 400 naming the
 * parameter (never repeating its value). A {@link WebApplicationException}, because the framework
 * passes those from parameter converters through unchanged and turns anything else into a 404.
 */
public class UnconvertibleParameter extends WebApplicationException {

    public UnconvertibleParameter(String kind, String name, String expected) {
        super(Problems.response(400, "Bad Request", "The " + kind + " " + name + " " + expected + ".",
                List.of(new FieldError(name, expected))));
    }
}
