package org.pathway.local.manifests;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.local.manifests.Node.at;
import static org.pathway.local.manifests.Node.list;
import static org.pathway.local.manifests.Node.map;

/** deploy/compose/compose.yaml runs each service as its configuration says, wired to its dependencies. */
class ComposeTest {

    static final Pattern HEALTH_URL = Pattern.compile("https?://[^/\\s:\"']+:(\\d+)(/q/health[^\\s\"']*)");
    static final Pattern HOST = Pattern.compile("(?:^|//)([a-z0-9][a-z0-9-]*):\\d+");
    static final Pattern DATABASE = Pattern.compile("jdbc:postgresql://[^/]+/([A-Za-z0-9_]+)");
    static final Pattern CREATE_DATABASE = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?([A-Za-z0-9_]+)");
    static final Pattern REALM = Pattern.compile("/realms/([a-z0-9-]+)");

    @Test
    void servicesRunTheirContainerImages() {
        for (ServiceConfig service : ServiceConfig.services()) {
            assertThat(Compose.interpolate(String.valueOf(at(Compose.service(service.name()), "image"))))
                    .as("%s image (quarkus.container-image.*)", service.name())
                    .isEqualTo(service.image());
        }
    }

    @Test
    void publishedPortsAreTheHttpPortAndTheManagementPort() {
        for (ServiceConfig service : ServiceConfig.services()) {
            List<Object> ports = list(at(Compose.service(service.name()), "ports"));
            List<String> containerPorts = new ArrayList<>();
            for (Object port : ports) {
                String mapping = Compose.interpolate(String.valueOf(port)).replaceFirst("/tcp$", "");
                containerPorts.add(mapping.substring(mapping.lastIndexOf(':') + 1));
            }
            assertThat(containerPorts).as("%s container ports", service.name())
                    .containsExactlyInAnyOrder(String.valueOf(service.httpPort()), String.valueOf(service.managementPort()));
        }
    }

    @Test
    void healthchecksAskForReadinessOnTheHttpPort() {
        for (ServiceConfig service : ServiceConfig.services()) {
            String test = String.join(" ", list(at(Compose.service(service.name()), "healthcheck.test")).stream()
                    .map(String::valueOf).toList());
            Matcher url = HEALTH_URL.matcher(test);
            assertThat(url.find()).as("%s healthcheck calls a /q/health URL: %s", service.name(), test).isTrue();
            assertThat(url.group(1)).as("%s healthcheck port", service.name())
                    .isEqualTo(String.valueOf(service.httpPort()));
            assertThat(url.group(2)).as("%s healthcheck path", service.name())
                    .isEqualTo(KubernetesWorkloadsTest.READINESS);
        }
    }

    @Test
    void environmentVariablesAreOnesTheServiceReads() {
        for (ServiceConfig service : ServiceConfig.services()) {
            assertThat(Compose.environment(Compose.service(service.name())).keySet())
                    .as("%s: variables it does not read (its application.properties and the chassis defaults "
                            + "declare the keys it reads, or reference the variable as ${NAME})", service.name())
                    .isSubsetOf(service.allowedEnv());
        }
    }

    @Test
    void everyVariableWithoutADefaultIsSet() {
        for (ServiceConfig service : ServiceConfig.services()) {
            assertThat(Compose.environment(Compose.service(service.name())).keySet()).as(service.name())
                    .containsAll(service.requiredEnv());
        }
    }

    @Test
    void secretsComeFromTheEnvironmentFile() {
        Map<String, Object> raw = map(at(Compose.document(), "services"));
        raw.forEach((name, service) -> map(at(service, "environment")).forEach((key, value) -> {
            if (KubernetesWorkloadsTest.SECRET_NAME.matcher(key).matches()) {
                assertThat(String.valueOf(value)).as("%s %s is interpolated, never written here", name, key)
                        .matches("\\$\\{[A-Za-z_][A-Za-z0-9_]*(:?\\?[^}]*)?}");
            }
        }));
        Set<String> example = envExampleKeys();
        assertThat(example).as(".env.example lists every variable compose.yaml needs without a default")
                .containsAll(Compose.requiredVariables());
        assertThat(Compose.variables()).as("compose.yaml uses every variable of .env.example").containsAll(example);
        assertThat(Repository.read(Repository.COMPOSE.resolve(".gitignore")).lines().map(String::trim))
                .as("deploy/compose/.gitignore keeps .env out of git").contains(".env");
    }

    @Test
    void dependenciesAreAwaitedByCondition() {
        Map<String, Object> services = Compose.services();
        services.forEach((name, service) -> {
            Object dependsOn = at(service, "depends_on");
            if (dependsOn == null) {
                return;
            }
            assertThat(dependsOn).as("%s depends_on is a map with conditions", name).isInstanceOf(Map.class);
            map(dependsOn).forEach((dependency, spec) -> {
                assertThat(services).as("%s depends on a service of this file", name).containsKey(dependency);
                String condition = String.valueOf(at(spec, "condition"));
                if (ComposeTracesTest.TELEMETRY.contains(String.valueOf(dependency))) {
                    return; // best effort, awaited only as started (ComposeTracesTest)
                }
                assertThat(condition).as("%s -> %s condition", name, dependency)
                        .isIn("service_healthy", "service_completed_successfully");
                if (condition.equals("service_healthy")) {
                    assertThat(at(services.get(dependency), "healthcheck")).as("%s healthcheck", dependency)
                            .isNotNull();
                }
            });
        });
    }

    @Test
    void servicesWaitForEveryHostTheirConfigurationNames() {
        Map<String, Object> services = Compose.services();
        for (ServiceConfig service : ServiceConfig.services()) {
            Set<String> hosts = new TreeSet<>();
            Compose.environment(Compose.service(service.name())).values().forEach(value -> {
                Matcher host = HOST.matcher(String.valueOf(value));
                while (host.find()) {
                    if (services.containsKey(host.group(1))) {
                        hosts.add(host.group(1));
                    }
                }
            });
            assertThat(hosts).as("%s names compose services in its environment", service.name()).isNotEmpty();
            assertThat(awaited(service.name())).as("%s waits (depends_on, directly or not) for", service.name())
                    .containsAll(hosts);
        }
    }

    @Test
    void everyServiceDatabaseIsCreatedByTheInitScript() {
        Set<String> created = new TreeSet<>();
        for (Object volume : list(at(Compose.service("postgres"), "volumes"))) {
            String[] parts = String.valueOf(volume).split(":");
            if (parts.length > 1 && parts[1].startsWith("/docker-entrypoint-initdb.d")) {
                Matcher create = CREATE_DATABASE.matcher(Repository.read(Repository.COMPOSE.resolve(parts[0])));
                while (create.find()) {
                    created.add(create.group(1));
                }
            }
        }
        List<String> databases = new ArrayList<>();
        for (ServiceConfig service : ServiceConfig.services().stream().filter(ServiceConfig::hasDatabase).toList()) {
            Matcher database = DATABASE.matcher(String.valueOf(
                    Compose.environment(Compose.service(service.name())).get("PATHWAY_DB_URL")));
            assertThat(database.find()).as("%s PATHWAY_DB_URL is a PostgreSQL URL", service.name()).isTrue();
            databases.add(database.group(1));
        }
        assertThat(databases).as("each service has its own database").doesNotHaveDuplicates();
        assertThat(created).as("databases the init script creates").containsAll(databases);
    }

    @Test
    void hostPathsMountedIntoContainersExist() {
        Compose.services().forEach((name, service) -> {
            for (Object volume : list(at(service, "volumes"))) {
                String source = String.valueOf(volume).split(":")[0];
                if (source.startsWith(".") || source.startsWith("/")) {
                    assertThat(Repository.COMPOSE.resolve(source).normalize()).as("%s volume %s", name, volume)
                            .exists();
                }
            }
        });
    }

    @Test
    void keycloakImportsEveryRealmTheServicesTrust() {
        Set<String> realms = new TreeSet<>();
        for (ServiceConfig service : ServiceConfig.services()) {
            Path properties = Repository.ROOT.resolve(service.name()).resolve("src/main/resources/application.properties");
            Matcher realm = REALM.matcher(Repository.read(properties) + Repository.read(ServiceConfig.CHASSIS_DEFAULTS));
            while (realm.find()) {
                realms.add(realm.group(1));
            }
        }
        assertThat(realms).isNotEmpty();
        Path importDir = null;
        for (Object volume : list(at(Compose.service("keycloak"), "volumes"))) {
            String[] parts = String.valueOf(volume).split(":");
            if (parts.length > 1 && parts[1].equals("/opt/keycloak/data/import")) {
                importDir = Repository.COMPOSE.resolve(parts[0]).normalize();
            }
        }
        assertThat(importDir).as("keycloak mounts a realm directory at /opt/keycloak/data/import").isNotNull();
        Set<String> imported = new HashSet<>();
        try (var files = Files.list(importDir)) {
            files.filter(f -> f.toString().endsWith(".json"))
                    .forEach(f -> imported.add(String.valueOf(at(Repository.documents(f).get(0), "realm"))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(imported).as("realms in %s", Repository.relative(importDir)).containsAll(realms);
    }

    @Test
    void keycloakIsTheVersionTheLocalStackRuns() {
        Matcher version = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>")
                .matcher(Repository.read(Repository.ROOT.resolve("deploy/local/pom.xml")));
        assertThat(version.find()).as("keycloak.version in deploy/local/pom.xml").isTrue();
        assertThat(String.valueOf(at(Compose.service("keycloak"), "image")))
                .endsWith("/keycloak:" + version.group(1));
    }

    private static Set<String> awaited(String service) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(service));
        while (!queue.isEmpty()) {
            for (Object dependency : map(at(Compose.service(queue.pop()), "depends_on")).keySet()) {
                if (seen.add(String.valueOf(dependency))) {
                    queue.add(String.valueOf(dependency));
                }
            }
        }
        return seen;
    }

    private static Set<String> envExampleKeys() {
        Set<String> keys = new TreeSet<>();
        Repository.read(Repository.COMPOSE.resolve(".env.example")).lines()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
                .forEach(line -> keys.add(line.substring(0, line.indexOf('='))));
        return keys;
    }
}
