package org.pathway.local.manifests;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.local.manifests.Node.at;
import static org.pathway.local.manifests.Node.kind;
import static org.pathway.local.manifests.Node.listAt;
import static org.pathway.local.manifests.Node.map;
import static org.pathway.local.manifests.Node.mapAt;
import static org.pathway.local.manifests.Node.name;
import static org.pathway.local.manifests.Node.text;

/**
 * The Deployments and Services under deploy/kubernetes match what each service's configuration says:
 * its image, its HTTP port, its health endpoints and the environment variables it reads.
 */
class KubernetesWorkloadsTest {

    static final String LIVENESS = "/q/health/live";
    static final String READINESS = "/q/health/ready";
    static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|CREDENTIAL).*");

    /** A container of a Deployment, in a full manifest or in a patch. */
    record Container(Path file, boolean patch, String deployment, Map<String, Object> spec) {
        ServiceConfig service() {
            return ServiceConfig.named(String.valueOf(spec.get("name")));
        }

        String where() {
            return Repository.relative(file) + " Deployment/" + deployment + " container " + spec.get("name");
        }
    }

    static List<Container> containers() {
        Set<Path> patches = new HashSet<>();
        Kustomization.all().forEach(k -> patches.addAll(k.patchFiles()));
        List<Container> containers = new ArrayList<>();
        for (Path file : manifestFiles()) {
            for (Object document : Repository.documents(file)) {
                if ("Deployment".equals(kind(document))) {
                    for (Object container : listAt(document, "spec.template.spec.containers")) {
                        containers.add(new Container(file, patches.contains(file), name(document), map(container)));
                    }
                }
            }
        }
        return containers;
    }

    static List<Container> fullContainers() {
        return containers().stream().filter(c -> !c.patch()).toList();
    }

    static List<Path> manifestFiles() {
        return Repository.yamlFiles(Repository.KUBERNETES).stream()
                .filter(f -> !Kustomization.isKustomizationFile(f))
                .toList();
    }

    /** Keys of every ConfigMap of that name, in base manifests and in overlays' patches alike. */
    static Set<String> configMapKeys(String configMap) {
        Set<String> keys = new TreeSet<>();
        boolean found = false;
        for (Path file : manifestFiles()) {
            for (Object document : Repository.documents(file)) {
                if ("ConfigMap".equals(kind(document)) && configMap.equals(name(document))) {
                    found = true;
                    keys.addAll(mapAt(document, "data").keySet());
                }
            }
        }
        assertThat(found).as("a ConfigMap named %s under deploy/kubernetes", configMap).isTrue();
        return keys;
    }

    /** Names of the environment variables a container gets: env entries and envFrom ConfigMaps' keys. */
    static Set<String> environment(Container container) {
        Set<String> names = new TreeSet<>();
        listAt(container.spec(), "env").forEach(e -> names.add(text(e, "name")));
        for (Object source : listAt(container.spec(), "envFrom")) {
            assertThat(at(source, "secretRef")).as("%s: envFrom a Secret hides which variables it sets; use "
                    + "env with secretKeyRef", container.where()).isNull();
            String configMap = text(source, "configMapRef.name");
            assertThat(configMap).as("%s: envFrom without a configMapRef", container.where()).isNotNull();
            names.addAll(configMapKeys(configMap));
        }
        return names;
    }

    @Test
    void everyServiceHasOneDeploymentAndEveryContainerIsAService() {
        List<String> deployed = fullContainers().stream().map(c -> c.service().name()).toList();
        assertThat(deployed).as("services with a Deployment under deploy/kubernetes")
                .containsExactlyInAnyOrderElementsOf(ServiceConfig.all().keySet());
        containers().forEach(Container::service);
    }

    @Test
    void imagesAreTheServicesContainerImages() {
        for (Container container : fullContainers()) {
            assertThat(container.spec().get("image")).as(container.where() + " image (quarkus.container-image.*)")
                    .isEqualTo(container.service().image());
        }
    }

    /** {@code http}: quarkus.http.port; {@code management}: the management interface's port. */
    static int expectedPort(ServiceConfig service, String name) {
        return "management".equals(name) ? service.managementPort() : service.httpPort();
    }

    @Test
    void containerPortsAreTheServicesHttpAndManagementPorts() {
        for (Container container : fullContainers()) {
            List<Object> ports = listAt(container.spec(), "ports");
            assertThat(ports).as(container.where() + " ports").isNotEmpty();
            for (Object port : ports) {
                assertThat(at(port, "containerPort")).as(container.where() + " containerPort " + text(port, "name"))
                        .isEqualTo(expectedPort(container.service(), text(port, "name")));
            }
        }
    }

    @Test
    void probesUseTheHealthEndpointsOnTheHttpPort() {
        for (Container container : fullContainers()) {
            Map<String, String> expected = Map.of("livenessProbe", LIVENESS, "readinessProbe", READINESS,
                    "startupProbe", LIVENESS);
            assertThat(container.spec()).as(container.where()).containsKeys("livenessProbe", "readinessProbe");
            expected.forEach((probe, path) -> {
                Object httpGet = at(container.spec().get(probe), "httpGet");
                if (container.spec().containsKey(probe)) {
                    assertThat(text(httpGet, "path")).as(container.where() + " " + probe).isEqualTo(path);
                    assertThat(portNumber(container, at(httpGet, "port"))).as(container.where() + " " + probe + " port")
                            .isEqualTo(container.service().httpPort());
                }
            });
        }
    }

    @Test
    void servicesRouteToTheHttpPortOfTheirDeployment() {
        List<Object> services = new ArrayList<>();
        manifestFiles().forEach(f -> Repository.documents(f).stream().filter(d -> "Service".equals(kind(d)))
                .forEach(services::add));
        assertThat(services).isNotEmpty();
        for (Object service : services) {
            Map<String, Object> selector = mapAt(service, "spec.selector");
            Container target = fullContainers().stream()
                    .filter(c -> podLabels(c).entrySet().containsAll(selector.entrySet()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("Service " + name(service) + " selects no Deployment: "
                            + selector));
            for (Object port : listAt(service, "spec.ports")) {
                assertThat(portNumber(target, at(port, "targetPort"))).as("Service %s targetPort", name(service))
                        .isEqualTo(expectedPort(target.service(), text(port, "name")));
            }
        }
    }

    @Test
    void environmentVariablesAreOnesTheServiceReads() {
        for (Container container : containers()) {
            assertThat(environment(container)).as(container.where() + ": variables " + container.service().name()
                            + " does not read (its application.properties and the chassis defaults declare the keys "
                            + "it reads, or reference the variable as ${NAME}; a Kafka client reads KAFKA_*)")
                    .filteredOn(variable -> !container.service().reads(variable)).isEmpty();
        }
    }

    @Test
    void everyVariableWithoutADefaultIsSet() {
        for (Container container : fullContainers()) {
            assertThat(environment(container)).as(container.where())
                    .containsAll(container.service().requiredEnv());
        }
    }

    @Test
    void secretsComeFromSecretsByReference() {
        for (Container container : containers()) {
            for (Object env : listAt(container.spec(), "env")) {
                if (SECRET_NAME.matcher(text(env, "name")).matches()) {
                    assertThat(at(env, "valueFrom.secretKeyRef.name")).as(container.where() + " " + text(env, "name"))
                            .isNotNull();
                    assertThat(at(env, "value")).as(container.where() + " " + text(env, "name")).isNull();
                }
            }
            for (Object source : listAt(container.spec(), "envFrom")) {
                assertThat(configMapKeys(text(source, "configMapRef.name")))
                        .as(container.where() + ": secrets in a ConfigMap")
                        .noneMatch(key -> SECRET_NAME.matcher(key).matches());
            }
        }
    }

    @Test
    void containersRequestAndLimitResources() {
        for (Container container : fullContainers()) {
            Object resources = container.spec().get("resources");
            assertThat(at(resources, "requests.cpu")).as(container.where() + " requests.cpu").isNotNull();
            assertThat(at(resources, "requests.memory")).as(container.where() + " requests.memory").isNotNull();
            assertThat(at(resources, "limits.memory")).as(container.where() + " limits.memory").isNotNull();
        }
    }

    @Test
    void deploymentSelectorsMatchTheirPods() {
        for (Container container : fullContainers()) {
            Object deployment = Repository.documents(container.file()).stream()
                    .filter(d -> "Deployment".equals(kind(d)) && container.deployment().equals(name(d)))
                    .findFirst().orElseThrow();
            assertThat(podLabels(container).entrySet()).as(container.where() + " pod labels")
                    .containsAll(mapAt(deployment, "spec.selector.matchLabels").entrySet());
            assertThat(mapAt(deployment, "spec.selector.matchLabels")).as(container.where()).isNotEmpty();
        }
    }

    private static Map<String, Object> podLabels(Container container) {
        return Repository.documents(container.file()).stream()
                .filter(d -> "Deployment".equals(kind(d)) && container.deployment().equals(name(d)))
                .map(d -> mapAt(d, "spec.template.metadata.labels"))
                .findFirst().orElseThrow();
    }

    /** A port given by number, or by the name of one of the container's ports. */
    private static Object portNumber(Container container, Object port) {
        if (port instanceof Number) {
            return port;
        }
        return listAt(container.spec(), "ports").stream()
                .filter(p -> String.valueOf(port).equals(text(p, "name")))
                .map(p -> at(p, "containerPort"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(container.where() + " has no port named " + port));
    }
}
