package org.pathway.testkit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site-scoped routes that name a record by id, read from the JAX-RS annotations of the resource
 * classes given: every route under {@code /sites/{siteId}/} with at least one more path parameter. A
 * test runs its cases (an unknown id, another site's id, for each role allowed) over all of them, so a
 * route added later is covered without anyone listing it.
 */
public final class RouteMatrix {

    static final String SITE_PREFIX = "/sites/{siteId}/";

    // {name} or {name: regex}, where the regex may hold quantifiers such as {36}
    private static final Pattern TEMPLATE_PARAMETER =
            Pattern.compile("\\{\\s*([\\w.-]+)\\s*(?::(?:[^{}]|\\{[^{}]*})*)?}");

    /** Types the framework injects itself; a parameter of these is never the body. */
    private static final List<String> CONTEXT_PACKAGES = List.of(
            "jakarta.ws.rs.", "io.vertx.", "io.quarkus.", "org.jboss.resteasy.reactive.", "java.security.");

    private RouteMatrix() {
    }

    /**
     * One route.
     *
     * @param method       the HTTP method
     * @param path         the path template, e.g. {@code /sites/{siteId}/participants/{participantId}/outcomes}
     * @param idParameters the path parameters after {@code {siteId}}, in path order
     * @param roles        the roles {@code @RolesAllowed} lets in (the method's, else the class'); empty when none is named
     * @param takesBody    whether the resource method reads a request body
     * @param handler      {@code Resource#method}, to name a failing case
     */
    public record Route(String method, String path, List<String> idParameters, Set<String> roles,
                        boolean takesBody, String handler) {

        public Route {
            idParameters = List.copyOf(idParameters);
            roles = Set.copyOf(roles);
        }

        /** The path with the site and the ids put in, in path order. */
        public String uri(String siteId, String... ids) {
            if (ids.length != idParameters.size()) {
                throw new IllegalArgumentException(this + " takes " + idParameters.size() + " ids");
            }
            StringBuilder uri = new StringBuilder();
            Matcher m = TEMPLATE_PARAMETER.matcher(path);
            int next = 0;
            while (m.find()) {
                String value = m.group(1).equals("siteId") ? siteId : ids[next++];
                m.appendReplacement(uri, Matcher.quoteReplacement(value));
            }
            m.appendTail(uri);
            return uri.toString();
        }

        /** The same value for every id parameter. */
        public String uriWithEveryId(String siteId, String id) {
            String[] ids = new String[idParameters.size()];
            Arrays.fill(ids, id);
            return uri(siteId, ids);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The site-scoped routes with an id, sorted by path then method. */
    public static List<Route> siteScopedRoutesWithIds(Class<?>... resources) {
        return routes(resources).stream()
                .filter(route -> route.path().startsWith(SITE_PREFIX) && !route.idParameters().isEmpty())
                .toList();
    }

    /** Every route of the resource classes, sorted by path then method. */
    public static List<Route> routes(Class<?>... resources) {
        List<Route> routes = new ArrayList<>();
        for (Class<?> resource : resources) {
            String base = pathOf(resource.getAnnotation(Path.class));
            for (Method method : resource.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                String path = join(base, pathOf(method.getAnnotation(Path.class)));
                routes.add(new Route(httpMethod, path, idParameters(path), roles(resource, method),
                        takesBody(method), resource.getSimpleName() + "#" + method.getName()));
            }
        }
        routes.sort(Comparator.comparing(Route::path).thenComparing(Route::method));
        return routes;
    }

    static List<String> idParameters(String path) {
        if (!path.startsWith(SITE_PREFIX)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Matcher m = TEMPLATE_PARAMETER.matcher(path.substring(SITE_PREFIX.length()));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static Set<String> roles(Class<?> resource, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return Set.of();
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? Set.of() : new TreeSet<>(Arrays.asList(allowed.value()));
    }

    private static boolean takesBody(Method method) {
        return Arrays.stream(method.getParameters()).anyMatch(RouteMatrix::isBody);
    }

    private static boolean isBody(Parameter parameter) {
        boolean bound = Arrays.stream(parameter.getAnnotations())
                .map(a -> a.annotationType().getName())
                .anyMatch(name -> name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive."));
        String type = parameter.getType().getName();
        return !bound && CONTEXT_PACKAGES.stream().noneMatch(type::startsWith);
    }

    private static String pathOf(Path path) {
        return path == null ? "" : path.value();
    }

    private static String join(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
