package org.pathway.local.manifests;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.local.manifests.IsolationRules.ofKind;
import static org.pathway.local.manifests.Node.at;
import static org.pathway.local.manifests.Node.listAt;
import static org.pathway.local.manifests.Node.mapAt;
import static org.pathway.local.manifests.Node.name;
import static org.pathway.local.manifests.Node.text;

/**
 * deploy/kubernetes isolates sites (issue 21 point 4): each rule holds for the overlays as committed, and fails on
 * a copy of them with the rule's piece removed, so a manifest without it would be caught.
 */
class KubernetesIsolationTest {

    static final String SITE = "north-london";

    static Kustomization shared() {
        return Kustomization.of(Repository.KUBERNETES.resolve("overlays/shared"));
    }

    static Kustomization site() {
        return Kustomization.of(Repository.KUBERNETES.resolve("overlays/site-" + SITE));
    }

    static Kustomization siteKafkaUsers() {
        return Kustomization.of(Repository.KUBERNETES.resolve("overlays/site-" + SITE + "/kafka-users"));
    }

    /** The rule holds on the documents, and breaks once {@code mutation} has changed a copy of them. */
    private static void holdsAndCatchesItsAbsence(List<Object> documents, Function<List<Object>, List<String>> rule,
                                                  java.util.function.Consumer<List<Object>> mutation) {
        assertThat(rule.apply(documents)).isEmpty();
        List<Object> mutated = IsolationRules.copyAll(documents);
        mutation.accept(mutated);
        assertThat(rule.apply(mutated)).as("the rule catches a manifest without it").isNotEmpty();
    }

    private static Object first(List<Object> documents, String kind, String name) {
        return ofKind(documents, kind).stream().filter(d -> name == null || name.equals(name(d))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    @Test
    void everyNamespaceDeniesByDefault() {
        for (Kustomization overlay : List.of(shared(), site())) {
            holdsAndCatchesItsAbsence(overlay.resourceDocuments(), IsolationRules::defaultDeny,
                    docs -> docs.removeIf(d -> "default-deny".equals(name(d))));
        }
    }

    @Test
    void eachWorkloadMayReachOnlyWhatItNeeds() {
        List<Object> documents = shared().resourceDocuments();
        holdsAndCatchesItsAbsence(documents, IsolationRules::workloadPolicies,
                docs -> docs.remove(first(docs, "NetworkPolicy", "engagement-service")));
        holdsAndCatchesItsAbsence(documents, IsolationRules::workloadPolicies,
                docs -> listAt(first(docs, "NetworkPolicy", "referral-service"), "spec.egress")
                        .removeIf(rule -> listAt(rule, "ports").stream().anyMatch(p -> Integer.valueOf(5432).equals(at(p, "port")))));
        holdsAndCatchesItsAbsence(documents, IsolationRules::workloadPolicies,
                docs -> listAt(first(docs, "NetworkPolicy", "matching-service"), "spec.egress").add(Map.of("to", List.of())));
        holdsAndCatchesItsAbsence(site().resourceDocuments(), IsolationRules::workloadPolicies,
                docs -> docs.remove(first(docs, "NetworkPolicy", "workspace")));
    }

    @Test
    void kafkaListensOnlyOverTlsWithClientCertificatesAndAcls() {
        List<Object> documents = shared().resourceDocuments();
        holdsAndCatchesItsAbsence(documents, IsolationRules::kafkaTls,
                docs -> listAt(first(docs, "Kafka", null), "spec.kafka.listeners")
                        .add(Map.of("name", "plain", "port", 9092, "type", "internal", "tls", false)));
        holdsAndCatchesItsAbsence(documents, IsolationRules::kafkaTls,
                docs -> map(at(first(docs, "Kafka", null), "spec.kafka")).remove("authorization"));
        holdsAndCatchesItsAbsence(documents, IsolationRules::kafkaTls,
                docs -> map(at(first(docs, "Kafka", null), "spec.kafka")).remove("metricsConfig"));
    }

    @Test
    void eachServiceIsAKafkaUserThatWritesOnlyItsOwnTopicsAndReadsOnlyWhatItConsumes() {
        Map<String, String> groups = new LinkedHashMap<>();
        ServiceConfig.services().stream().filter(ServiceConfig::usesKafka)
                .forEach(s -> groups.put(s.name(), single(s.consumerGroups().values(), s)));
        assertThat(IsolationRules.expectedAcls(ServiceConfig.named("matching-service"), "matching-service"))
                .as("derived from the code and configuration")
                .containsExactlyInAnyOrder("Write topic pathway.placements.v1", "Write topic pathway.dlq.matching-service",
                        "Read topic pathway.referrals.v1", "Read group matching-service");
        List<Object> documents = shared().resourceDocuments();
        Function<List<Object>, List<String>> rule = docs -> IsolationRules.kafkaUsers(docs, "", groups);
        holdsAndCatchesItsAbsence(documents, rule, docs -> docs.remove(first(docs, "KafkaUser", "reporting-service")));
        holdsAndCatchesItsAbsence(documents, rule, docs -> listAt(first(docs, "KafkaUser", "engagement-service"),
                "spec.authorization.acls").add(Map.of("resource", Map.of("type", "topic", "name", "pathway.referrals.v1",
                "patternType", "literal"), "operations", List.of("Write"))));
        holdsAndCatchesItsAbsence(documents, rule, docs -> listAt(first(docs, "KafkaUser", "referral-service"),
                "spec.authorization.acls").set(0, Map.of("resource", Map.of("type", "topic", "name", "pathway.",
                "patternType", "prefix"), "operations", List.of("Write"))));
        holdsAndCatchesItsAbsence(documents, IsolationRules::kafkaClients,
                docs -> listAt(first(docs, "Deployment", "matching-service"), "spec.template.spec.volumes").clear());
    }

    @Test
    void theSiteOverlayHostsOnlyItsSiteAndReachesTheCentralKafkaAsItsOwnUsers() {
        Map<String, String> platform = new LinkedHashMap<>();
        List<Object> patches = new ArrayList<>();
        site().patchFiles().forEach(f -> patches.addAll(Repository.documents(f)));
        ofKind(patches, "ConfigMap").stream().filter(c -> "pathway-platform".equals(name(c)))
                .forEach(c -> mapAt(c, "data").forEach((k, v) -> platform.put(k, String.valueOf(v))));
        assertThat(platform).containsEntry("PATHWAY_HOSTED_SITES", SITE);
        assertThat(platform.get("KAFKA_BOOTSTRAP_SERVERS")).as("the central cluster's TLS listener")
                .isEqualTo("pathway-kafka-bootstrap.pathway.svc:"
                        + IsolationRules.kafkaListenerPort(shared().resourceDocuments()));

        // Every consumer channel of every site service has a group of the site's own, held by the site's KafkaUser.
        Map<String, String> groups = new LinkedHashMap<>();
        for (Object deployment : ofKind(site().resourceDocuments(), "Deployment")) {
            ServiceConfig service = ServiceConfig.named(name(deployment));
            if (!service.usesKafka()) {
                continue;
            }
            Map<String, String> env = new LinkedHashMap<>();
            ofKind(patches, "Deployment").stream().filter(p -> service.name().equals(name(p)))
                    .flatMap(p -> listAt(p, "spec.template.spec.containers").stream())
                    .flatMap(c -> listAt(c, "env").stream()).forEach(e -> env.put(text(e, "name"), text(e, "value")));
            List<String> siteGroups = new ArrayList<>();
            for (String channel : service.consumerGroups().keySet()) {
                String group = env.get(ServiceConfig.environmentName("mp.messaging.incoming." + channel + ".group.id"));
                assertThat(group).as("%s channel %s has the site's own group", service.name(), channel)
                        .isNotNull().isNotEqualTo(service.consumerGroups().get(channel));
                siteGroups.add(group);
            }
            groups.put(service.name(), single(siteGroups, service));
        }
        assertThat(groups).isNotEmpty();
        List<Object> users = siteKafkaUsers().resourceDocuments();
        assertThat(text(siteKafkaUsers().document(), "namespace")).as("KafkaUsers live beside the cluster")
                .isEqualTo("pathway");
        Function<List<Object>, List<String>> rule = docs -> IsolationRules.kafkaUsers(docs, SITE + "-", groups);
        holdsAndCatchesItsAbsence(users, rule, docs -> listAt(first(docs, "KafkaUser", SITE + "-matching-service"),
                "spec.authorization.acls").removeIf(a -> "group".equals(text(a, "resource.type"))));
        holdsAndCatchesItsAbsence(site().resourceDocuments(), IsolationRules::kafkaClients,
                docs -> listAt(first(docs, "Deployment", "engagement-service"), "spec.template.spec.containers")
                        .forEach(c -> listAt(c, "env").removeIf(e -> "KAFKA_SECURITY_PROTOCOL".equals(text(e, "name")))));
    }

    @Test
    void everyWorkloadHasADisruptionBudgetAndAServiceMonitorOnItsManagementPort() {
        List<Object> documents = shared().resourceDocuments();
        holdsAndCatchesItsAbsence(documents, IsolationRules::disruptionBudgets,
                docs -> docs.remove(first(docs, "PodDisruptionBudget", "reporting-service")));
        holdsAndCatchesItsAbsence(documents, IsolationRules::disruptionBudgets,
                docs -> map(at(first(docs, "Deployment", "referral-service"), "spec")).put("replicas", 1));
        holdsAndCatchesItsAbsence(documents, IsolationRules::serviceMonitors,
                docs -> docs.remove(first(docs, "ServiceMonitor", "workspace")));
        holdsAndCatchesItsAbsence(documents, IsolationRules::serviceMonitors,
                docs -> map(listAt(first(docs, "ServiceMonitor", "engagement-service"), "spec.endpoints").get(0))
                        .put("port", "http"));
    }

    @Test
    void everyOverlayPinsItsImages() {
        for (Kustomization overlay : List.of(shared(), site())) {
            List<Object> documents = overlay.resourceDocuments();
            assertThat(IsolationRules.pinnedImages(overlay.document(), documents)).as(overlay.relative()).isEmpty();
            Object unpinned = IsolationRules.copy(overlay.document());
            map(listAt(unpinned, "images").get(0)).put("newTag", "latest");
            assertThat(IsolationRules.pinnedImages(unpinned, documents)).isNotEmpty();
            Object missing = IsolationRules.copy(overlay.document());
            listAt(missing, "images").remove(0);
            assertThat(IsolationRules.pinnedImages(missing, documents)).isNotEmpty();
        }
    }

    private static String single(java.util.Collection<String> values, ServiceConfig service) {
        assertThat(new java.util.TreeSet<>(values)).as("%s uses one consumer group", service.name()).hasSize(1);
        return values.iterator().next();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }
}
