package org.pathway.chassis.api;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestMatrix;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.pathway.chassis.problem.UnconvertibleParameter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Path, query and header parameters of the types Pathway routes take (whole numbers, UUIDs), converted
 * strictly: text that is not such a value ({@code page=abc}, {@code size=1e9}, a malformed UUID) is a
 * 400 problem naming the parameter, where JAX-RS would answer 404 for a path or query parameter. Only
 * ASCII digits and the canonical 36-character UUID form are values; the JDK parsers alone would also
 * take other scripts' digits and {@code 1-1-1-1-1}.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,19}");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String WHOLE = "must be a whole number in range";

    private static final Map<Class<?>, Rule> RULES = Map.of(
            Integer.class, new Rule(WHOLE_NUMBER, Integer::valueOf, WHOLE),
            int.class, new Rule(WHOLE_NUMBER, Integer::valueOf, WHOLE),
            Long.class, new Rule(WHOLE_NUMBER, Long::valueOf, WHOLE),
            long.class, new Rule(WHOLE_NUMBER, Long::valueOf, WHOLE),
            UUID.class, new Rule(UUID_TEXT, UUID::fromString, "must be a UUID"));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Rule rule = RULES.get(rawType);
        if (rule == null) {
            return null;
        }
        Parameter parameter = Parameter.of(annotations);
        return (ParamConverter<T>) new StrictConverter(rule, parameter);
    }

    /** What a parameter's text must look like, how it becomes a value, and what to tell the client otherwise. */
    record Rule(Pattern shape, Function<String, Object> parse, String expected) {
    }

    /** How the client names the parameter: its kind and name, as the route declares them. */
    record Parameter(String kind, String name) {

        private static final String QUERY = "query parameter";
        private static final String PATH = "path parameter";
        private static final String HEADER = "header";
        private static final String COOKIE = "cookie";
        private static final String MATRIX = "matrix parameter";
        private static final String FORM = "form field";

        static Parameter of(Annotation[] annotations) {
            for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
                Parameter found = declared(a);
                if (found != null) {
                    return found.name().isEmpty() ? new Parameter(found.kind(), "parameter") : found;
                }
            }
            return new Parameter("parameter", "parameter");
        }

        private static Parameter declared(Annotation a) {
            if (a instanceof QueryParam q) {
                return new Parameter(QUERY, q.value());
            } else if (a instanceof RestQuery q) {
                return new Parameter(QUERY, q.value());
            } else if (a instanceof PathParam p) {
                return new Parameter(PATH, p.value());
            } else if (a instanceof RestPath p) {
                return new Parameter(PATH, p.value());
            } else if (a instanceof HeaderParam h) {
                return new Parameter(HEADER, h.value());
            } else if (a instanceof RestHeader h) {
                return new Parameter(HEADER, h.value());
            } else if (a instanceof CookieParam c) {
                return new Parameter(COOKIE, c.value());
            } else if (a instanceof RestCookie c) {
                return new Parameter(COOKIE, c.value());
            } else if (a instanceof MatrixParam m) {
                return new Parameter(MATRIX, m.value());
            } else if (a instanceof RestMatrix m) {
                return new Parameter(MATRIX, m.value());
            } else if (a instanceof FormParam f) {
                return new Parameter(FORM, f.value());
            } else if (a instanceof RestForm f) {
                return new Parameter(FORM, f.value());
            }
            return null;
        }
    }

    /** Converts one parameter by its rule; text that breaks the rule is the 400 naming the parameter. */
    record StrictConverter(Rule rule, Parameter parameter) implements ParamConverter<Object> {

        @Override
        public Object fromString(String text) {
            if (text == null) {
                return null;
            }
            if (!rule.shape().matcher(text).matches()) {
                throw refused();
            }
            try {
                return rule.parse().apply(text);
            } catch (IllegalArgumentException outOfRange) {
                throw refused();
            }
        }

        @Override
        public String toString(Object value) {
            return value == null ? null : value.toString();
        }

        private UnconvertibleParameter refused() {
            return new UnconvertibleParameter(parameter.kind(), parameter.name(), rule.expected());
        }
    }
}
