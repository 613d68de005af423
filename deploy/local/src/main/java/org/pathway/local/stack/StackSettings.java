package org.pathway.local.stack;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Ports and sites of the local stack: the "Local defaults" of ARCHITECTURE.md. */
public record StackSettings(int referralPort, int matchingPort, int engagementPort, int reportingPort,
                            int workspacePort, int kafkaPort, int kafkaControllerPort, int keycloakPort, int postgresPort,
                            int prometheusPort, List<String> sites) {

    public static final List<String> DEMO_SITES = List.of("north-london", "cardiff-vale");
    public static final String PLATFORM_REALM = "platform";

    /** Shifts every port by this much, for a second stack next to one on the defaults. */
    public static final String PORT_OFFSET_ENV = "PATHWAY_PORT_OFFSET";

    public static StackSettings localDefaults() {
        return new StackSettings(8081, 8082, 8083, 8084, 8085, 9092, 9093, 8180, 5433, 9090, DEMO_SITES);
    }

    /** The defaults, with every port shifted by {@code PATHWAY_PORT_OFFSET} when set. */
    public static StackSettings fromEnvironment(Map<String, String> env) {
        String offset = env.getOrDefault(PORT_OFFSET_ENV, "").trim();
        if (offset.isEmpty()) {
            return localDefaults();
        }
        try {
            return localDefaults().shifted(Integer.parseInt(offset));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT_OFFSET_ENV + " must be a whole number, not " + offset);
        }
    }

    public StackSettings shifted(int by) {
        return new StackSettings(referralPort + by, matchingPort + by, engagementPort + by, reportingPort + by, workspacePort + by,
                kafkaPort + by, kafkaControllerPort + by, keycloakPort + by, postgresPort + by, prometheusPort + by, sites);
    }

    public String kafkaBootstrap() {
        return "localhost:" + kafkaPort;
    }

    public URI keycloakUrl() {
        return local(keycloakPort);
    }

    /** Every realm: one per site, then the platform's. */
    public List<String> realms() {
        return Stream.concat(sites.stream().map(StackSettings::siteRealm), Stream.of(PLATFORM_REALM)).toList();
    }

    public static String siteRealm(String site) {
        return "site-" + site;
    }

    public Endpoints endpoints() {
        return new Endpoints(local(referralPort), local(matchingPort), local(engagementPort), local(reportingPort), keycloakUrl(),
                local(workspacePort));
    }

    static URI local(int port) {
        return URI.create("http://localhost:" + port);
    }
}
