package org.pathway.local.manifests;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.pathway.local.manifests.Node.at;
import static org.pathway.local.manifests.Node.list;
import static org.pathway.local.manifests.Node.map;

/** deploy/compose/compose.yaml, with variables interpolated as docker compose would from an empty environment. */
final class Compose {

    static final Path FILE = Repository.COMPOSE.resolve("compose.yaml");

    /** ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}; $$ is a literal $. */
    static final Pattern VARIABLE = Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    private Compose() {
    }

    static Object document() {
        return Repository.documents(FILE).get(0);
    }

    static Map<String, Object> services() {
        return map(at(document(), "services"));
    }

    static Object service(String name) {
        Object service = services().get(name);
        if (service == null) {
            throw new AssertionError("compose.yaml has no service " + name + "; it has " + services().keySet());
        }
        return service;
    }

    /** A service's environment (map or KEY=VALUE list form), interpolated. */
    static Map<String, String> environment(Object service) {
        Map<String, String> environment = new LinkedHashMap<>();
        Object declared = at(service, "environment");
        if (declared instanceof java.util.List<?>) {
            for (Object entry : list(declared)) {
                String text = String.valueOf(entry);
                int equals = text.indexOf('=');
                environment.put(equals < 0 ? text : text.substring(0, equals),
                        equals < 0 ? null : interpolate(text.substring(equals + 1)));
            }
        } else {
            map(declared).forEach((k, v) -> environment.put(k, v == null ? null : interpolate(String.valueOf(v))));
        }
        return environment;
    }

    /** Interpolates as with no variables set: defaults apply, required variables become {@code <NAME>}. */
    static String interpolate(String value) {
        Matcher variable = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            String replacement;
            if (variable.group().equals("$$")) {
                replacement = "$";
            } else if (variable.group(2) != null && variable.group(2).endsWith("-")) {
                replacement = variable.group(3);
            } else {
                replacement = "<" + variable.group(1) + ">";
            }
            variable.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        variable.appendTail(out);
        return out.toString();
    }

    /** Variables the file takes from the environment without a default (they must be in .env.example). */
    static Set<String> requiredVariables() {
        Set<String> names = new TreeSet<>();
        Matcher variable = VARIABLE.matcher(Repository.read(FILE));
        while (variable.find()) {
            if (variable.group(1) != null && (variable.group(2) == null || variable.group(2).endsWith("?"))) {
                names.add(variable.group(1));
            }
        }
        return names;
    }

    /** Every variable the file interpolates. */
    static Set<String> variables() {
        Set<String> names = new TreeSet<>();
        Matcher variable = VARIABLE.matcher(Repository.read(FILE));
        while (variable.find()) {
            if (variable.group(1) != null) {
                names.add(variable.group(1));
            }
        }
        return names;
    }
}
