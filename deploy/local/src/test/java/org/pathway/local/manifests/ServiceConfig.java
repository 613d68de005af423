package org.pathway.local.manifests;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's own configuration says a deployment must match: read from its
 * application.properties and the chassis' shared defaults, never from the manifests.
 *
 * @param name             the Maven module, e.g. {@code referral-service}
 * @param httpPort         {@code quarkus.http.port}
 * @param image            {@code group/name:tag} from {@code quarkus.container-image.*}
 * @param allowedEnv       environment variables the service reads: the {@code ${ENV}} references in
 *                         its properties, and the environment form of every key it declares
 * @param requiredEnv      {@code ${ENV}} references without a default (startup fails without them)
 * @param deadLetterTopics {@code mp.messaging.incoming.*.dead-letter-queue.topic} values
 * @param central          {@code pathway.tenancy.mode=central}: one instance for every site
 * @param declaredManagementPort {@code quarkus.management.port}, if set
 * @param consumedTopics   {@code mp.messaging.incoming.<channel>.topic} by channel
 * @param consumerGroups   {@code mp.messaging.incoming.<channel>.group.id} by channel
 */
record ServiceConfig(String name, int httpPort, String image, Set<String> allowedEnv, Set<String> requiredEnv,
                     Set<String> deadLetterTopics, boolean central, java.util.Optional<Integer> declaredManagementPort,
                     Map<String, String> consumedTopics, Map<String, String> consumerGroups) {

    static final Path CHASSIS_DEFAULTS =
            Repository.ROOT.resolve("chassis/src/main/resources/META-INF/microprofile-config.properties");

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern VERSION = Pattern.compile("<version>([^<]+)</version>");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    private static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.(topic|group\\.id)");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private static final Map<String, ServiceConfig> ALL = load();

    /** Every module of the root pom that is an HTTP service (declares quarkus.http.port), by name. */
    static Map<String, ServiceConfig> all() {
        return ALL;
    }

    static Collection<ServiceConfig> services() {
        return ALL.values();
    }

    static ServiceConfig named(String name) {
        ServiceConfig service = ALL.get(name);
        if (service == null) {
            throw new AssertionError("No service module named " + name + "; services: " + ALL.keySet());
        }
        return service;
    }

    /** Keeps data of its own (reads {@code PATHWAY_DB_URL}); the workspace keeps none. */
    boolean hasDatabase() {
        return allowedEnv.contains("PATHWAY_DB_URL");
    }

    /** Talks to the broker (reads {@code KAFKA_BOOTSTRAP_SERVERS}); the workspace never does. */
    boolean usesKafka() {
        return allowedEnv.contains("KAFKA_BOOTSTRAP_SERVERS");
    }

    /** The management interface's port: {@code quarkus.management.port} if set, else the HTTP port + 1000 (API.md). */
    int managementPort() {
        return declaredManagementPort.orElse(httpPort + 1000);
    }

    /**
     * Whether the service reads the environment variable: a key it declares, or (a Kafka client) any {@code KAFKA_*}
     * variable, which Quarkus' Kafka configuration maps onto a client property ({@code KAFKA_SSL_KEYSTORE_LOCATION}
     * is {@code ssl.keystore.location}).
     */
    boolean reads(String variable) {
        return allowedEnv.contains(variable) || usesKafka() && variable.startsWith("KAFKA_");
    }

    /** The image without its tag, as Kustomize's {@code images[].name} matches it. */
    String imageRepository() {
        return image.substring(0, image.lastIndexOf(':'));
    }

    /** SmallRye Config's environment form of a property name: upper case, every other character '_'. */
    static String environmentName(String property) {
        return property.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static Map<String, ServiceConfig> load() {
        Properties chassis = properties(CHASSIS_DEFAULTS);
        String rootPom = Repository.read(Repository.ROOT.resolve("pom.xml"));
        Map<String, ServiceConfig> services = new LinkedHashMap<>();
        Matcher module = MODULE.matcher(rootPom);
        while (module.find()) {
            Path dir = Repository.ROOT.resolve(module.group(1).trim());
            Path file = dir.resolve("src/main/resources/application.properties");
            if (Files.isRegularFile(file) && properties(file).containsKey("quarkus.http.port")) {
                ServiceConfig service = of(dir, properties(file), chassis);
                services.put(service.name(), service);
            }
        }
        if (services.isEmpty()) {
            throw new IllegalStateException("No service modules (with quarkus.http.port) in the root pom");
        }
        return java.util.Collections.unmodifiableMap(services);
    }

    private static ServiceConfig of(Path dir, Properties own, Properties chassis) {
        Properties merged = new Properties();
        merged.putAll(chassis);
        merged.putAll(own);
        Map<String, String> prod = prodView(merged);
        prod.putIfAbsent("quarkus.application.version", moduleVersion(dir));

        Set<String> allowed = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        Set<String> deadLetters = new TreeSet<>();
        Map<String, String> topics = new java.util.TreeMap<>();
        Map<String, String> groups = new java.util.TreeMap<>();
        for (String key : merged.stringPropertyNames()) {
            allowed.add(environmentName(unprofiled(key)));
            Matcher expression = EXPRESSION.matcher(merged.getProperty(key));
            while (expression.find()) {
                if (ENV_NAME.matcher(expression.group(1)).matches()) {
                    allowed.add(expression.group(1));
                }
            }
        }
        prod.forEach((key, value) -> {
            Matcher expression = EXPRESSION.matcher(value);
            while (expression.find()) {
                if (ENV_NAME.matcher(expression.group(1)).matches() && expression.group(2) == null) {
                    required.add(expression.group(1));
                }
            }
            if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".dead-letter-queue.topic")) {
                deadLetters.add(resolve(value, prod));
            }
            Matcher channel = CHANNEL.matcher(key);
            if (channel.matches()) {
                (channel.group(2).equals("topic") ? topics : groups).put(channel.group(1), resolve(value, prod));
            }
        });
        String image = resolve(prod.get("quarkus.container-image.group"), prod) + "/"
                + resolve(prod.get("quarkus.container-image.name"), prod) + ":"
                + resolve(prod.get("quarkus.container-image.tag"), prod);
        return new ServiceConfig(dir.getFileName().toString(),
                Integer.parseInt(resolve(prod.get("quarkus.http.port"), prod)), image,
                Set.copyOf(allowed), Set.copyOf(required), Set.copyOf(deadLetters),
                "central".equals(prod.get("pathway.tenancy.mode")),
                java.util.Optional.ofNullable(prod.get("quarkus.management.port")).map(v -> Integer.parseInt(resolve(v, prod))),
                Map.copyOf(topics), Map.copyOf(groups));
    }

    /** The values as the prod profile sees them: {@code %prod.} wins, other profiles are ignored. */
    private static Map<String, String> prodView(Properties properties) {
        Map<String, String> view = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith("%")) {
                view.put(key, properties.getProperty(key));
            }
        }
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%prod.")) {
                view.put(key.substring("%prod.".length()), properties.getProperty(key));
            }
        }
        return view;
    }

    private static String unprofiled(String key) {
        return key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
    }

    /** Expands {@code ${property}} and {@code ${property:default}} against the other properties. */
    private static String resolve(String value, Map<String, String> properties) {
        if (value == null) {
            throw new AssertionError("A property these manifests depend on is not set: " + properties.keySet());
        }
        Matcher expression = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (expression.find()) {
            String replacement = properties.get(expression.group(1));
            if (replacement == null) {
                replacement = expression.group(2);
            }
            if (replacement == null) {
                throw new AssertionError("Cannot resolve ${" + expression.group(1) + "} in " + value);
            }
            expression.appendReplacement(out, Matcher.quoteReplacement(resolve(replacement, properties)));
        }
        expression.appendTail(out);
        return out.toString();
    }

    /** The module's Maven version: its own, or else its parent's. */
    private static String moduleVersion(Path dir) {
        String pom = Repository.read(dir.resolve("pom.xml"));
        String withoutParent = pom.replaceFirst("(?s)<parent>.*?</parent>", "");
        Matcher own = VERSION.matcher(withoutParent.replaceFirst("(?s)<dependencies>.*", ""));
        if (own.find()) {
            return own.group(1).trim();
        }
        Matcher parent = Pattern.compile("(?s)<parent>.*?<version>([^<]+)</version>.*?</parent>").matcher(pom);
        if (parent.find()) {
            return parent.group(1).trim();
        }
        throw new IllegalStateException("No version in " + dir.resolve("pom.xml"));
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Repository.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
