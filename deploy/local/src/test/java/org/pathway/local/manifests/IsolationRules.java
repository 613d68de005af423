package org.pathway.local.manifests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.pathway.local.manifests.Node.at;
import static org.pathway.local.manifests.Node.kind;
import static org.pathway.local.manifests.Node.list;
import static org.pathway.local.manifests.Node.listAt;
import static org.pathway.local.manifests.Node.map;
import static org.pathway.local.manifests.Node.mapAt;
import static org.pathway.local.manifests.Node.name;
import static org.pathway.local.manifests.Node.text;

/**
 * The isolation rules of deploy/kubernetes (issue 21 point 4) as functions of a set of parsed documents, each
 * returning what breaks it (empty: kept). Pure, so a test can show each one fails on a manifest without it.
 */
final class IsolationRules {

    private IsolationRules() {
    }

    static List<Object> ofKind(List<Object> documents, String kind) {
        return documents.stream().filter(d -> kind.equals(kind(d))).toList();
    }

    /** A NetworkPolicy that selects every pod and allows nothing, in both directions. */
    static List<String> defaultDeny(List<Object> documents) {
        boolean found = ofKind(documents, "NetworkPolicy").stream().anyMatch(p -> mapAt(p, "spec.podSelector").isEmpty()
                && listAt(p, "spec.policyTypes").containsAll(List.of("Ingress", "Egress"))
                && listAt(p, "spec.ingress").isEmpty() && listAt(p, "spec.egress").isEmpty());
        return found ? List.of() : List.of("no default-deny NetworkPolicy (podSelector {}, Ingress and Egress, no rules)");
    }

    /** Each Deployment's own policy: both directions; its ports in; DNS, and PostgreSQL and Kafka if it uses them, out. */
    static List<String> workloadPolicies(List<Object> documents) {
        List<String> broken = new ArrayList<>();
        int kafkaPort = kafkaListenerPort(documents);
        for (Object deployment : ofKind(documents, "Deployment")) {
            ServiceConfig service = ServiceConfig.named(name(deployment));
            Object policy = ofKind(documents, "NetworkPolicy").stream()
                    .filter(p -> service.name().equals(mapAt(p, "spec.podSelector.matchLabels").get("app.kubernetes.io/name")))
                    .findFirst().orElse(null);
            if (policy == null) {
                broken.add(service.name() + ": no NetworkPolicy selects its pods");
                continue;
            }
            if (!listAt(policy, "spec.policyTypes").containsAll(List.of("Ingress", "Egress"))) {
                broken.add(service.name() + ": its policy does not restrict both Ingress and Egress");
            }
            Set<Integer> in = ports(listAt(policy, "spec.ingress"));
            Set<Integer> out = ports(listAt(policy, "spec.egress"));
            requirePort(broken, service, "in", in, service.httpPort(), "its HTTP port");
            requirePort(broken, service, "in", in, service.managementPort(), "its management port (metrics)");
            requirePort(broken, service, "out", out, 53, "DNS");
            if (service.hasDatabase()) {
                requirePort(broken, service, "out", out, 5432, "PostgreSQL");
            }
            if (service.usesKafka()) {
                requirePort(broken, service, "out", out, kafkaPort, "Kafka's TLS listener");
            }
            if (in.contains(null) || out.contains(null)) {
                broken.add(service.name() + ": a rule without ports opens every port");
            }
        }
        return broken;
    }

    /** Every Kafka listener is TLS with client certificates, and the cluster authorizes by ACL. */
    static List<String> kafkaTls(List<Object> documents) {
        List<String> broken = new ArrayList<>();
        for (Object cluster : ofKind(documents, "Kafka")) {
            for (Object listener : listAt(cluster, "spec.kafka.listeners")) {
                if (!Boolean.TRUE.equals(at(listener, "tls")) || !"tls".equals(text(listener, "authentication.type"))) {
                    broken.add("listener " + text(listener, "name") + " is not TLS with client certificates");
                }
                if (listAt(listener, "networkPolicyPeers").isEmpty()) {
                    broken.add("listener " + text(listener, "name") + " admits every pod (no networkPolicyPeers)");
                }
            }
            if (!"simple".equals(text(cluster, "spec.kafka.authorization.type"))) {
                broken.add("Kafka " + name(cluster) + " does not authorize by ACL (authorization.type simple)");
            }
            String metrics = text(cluster, "spec.kafka.metricsConfig.valueFrom.configMapKeyRef.name");
            String key = text(cluster, "spec.kafka.metricsConfig.valueFrom.configMapKeyRef.key");
            boolean present = ofKind(documents, "ConfigMap").stream()
                    .anyMatch(c -> name(c).equals(metrics) && mapAt(c, "data").containsKey(key));
            if (metrics == null || !present) {
                broken.add("Kafka " + name(cluster) + " has no metricsConfig backed by a ConfigMap key of these manifests");
            }
        }
        return broken;
    }

    /** The ACLs a KafkaUser of the service must hold, as {@code "<operation> <type> <name>"}. */
    static Set<String> expectedAcls(ServiceConfig service, String group) {
        Set<String> acls = new TreeSet<>();
        EventTopics.producedBy(service).forEach(t -> acls.add("Write topic " + t));
        service.deadLetterTopics().forEach(t -> acls.add("Write topic " + t));
        service.consumedTopics().values().forEach(t -> acls.add("Read topic " + t));
        acls.add("Read group " + group);
        return acls;
    }

    static Set<String> acls(Object user) {
        Set<String> acls = new TreeSet<>();
        for (Object acl : listAt(user, "spec.authorization.acls")) {
            for (Object operation : listAt(acl, "operations")) {
                acls.add(operation + " " + text(acl, "resource.type") + " " + text(acl, "resource.name")
                        + ("literal".equals(text(acl, "resource.patternType")) || text(acl, "resource.patternType") == null
                        ? "" : " (" + text(acl, "resource.patternType") + ")"));
            }
        }
        return acls;
    }

    /**
     * Each Kafka client service has a KafkaUser {@code <prefix><service>} with mutual TLS and exactly its ACLs;
     * {@code groups} gives the consumer group each service uses here.
     */
    static List<String> kafkaUsers(List<Object> documents, String prefix, Map<String, String> groups) {
        List<String> broken = new ArrayList<>();
        for (String serviceName : groups.keySet()) {
            ServiceConfig service = ServiceConfig.named(serviceName);
            Object user = ofKind(documents, "KafkaUser").stream().filter(u -> (prefix + serviceName).equals(name(u)))
                    .findFirst().orElse(null);
            if (user == null) {
                broken.add("no KafkaUser " + prefix + serviceName);
                continue;
            }
            if (!"tls".equals(text(user, "spec.authentication.type"))) {
                broken.add("KafkaUser " + name(user) + " does not authenticate by TLS certificate");
            }
            Set<String> expected = expectedAcls(service, groups.get(serviceName));
            if (!acls(user).equals(expected)) {
                broken.add("KafkaUser " + name(user) + " ACLs " + acls(user) + ", expected exactly " + expected);
            }
        }
        return broken;
    }

    /** Each Kafka client connects over TLS with the certificate of its own KafkaUser (the Secret of its name). */
    static List<String> kafkaClients(List<Object> documents) {
        List<String> broken = new ArrayList<>();
        for (Object deployment : ofKind(documents, "Deployment")) {
            ServiceConfig service = ServiceConfig.named(name(deployment));
            if (!service.usesKafka()) {
                continue;
            }
            Map<String, Object> container = map(listAt(deployment, "spec.template.spec.containers").get(0));
            Map<String, String> env = new LinkedHashMap<>();
            listAt(container, "env").forEach(e -> env.put(text(e, "name"), text(e, "value")));
            if (!"SSL".equals(env.get("KAFKA_SECURITY_PROTOCOL"))) {
                broken.add(service.name() + ": KAFKA_SECURITY_PROTOCOL is not SSL");
            }
            boolean ownCertificate = listAt(deployment, "spec.template.spec.volumes").stream()
                    .anyMatch(v -> service.name().equals(text(v, "secret.secretName")));
            if (!ownCertificate) {
                broken.add(service.name() + ": does not mount its KafkaUser's Secret " + service.name());
            }
            if (!"true".equals(mapAt(deployment, "spec.template.metadata.labels").get("pathway.example/kafka-client"))) {
                broken.add(service.name() + ": pods lack the label the Kafka listener admits");
            }
        }
        return broken;
    }

    /** A PodDisruptionBudget per Deployment that keeps a replica while allowing a drain. */
    static List<String> disruptionBudgets(List<Object> documents) {
        List<String> broken = new ArrayList<>();
        for (Object deployment : ofKind(documents, "Deployment")) {
            Map<String, Object> labels = mapAt(deployment, "spec.template.metadata.labels");
            Object budget = ofKind(documents, "PodDisruptionBudget").stream()
                    .filter(b -> labels.entrySet().containsAll(mapAt(b, "spec.selector.matchLabels").entrySet())
                            && !mapAt(b, "spec.selector.matchLabels").isEmpty())
                    .findFirst().orElse(null);
            int replicas = at(deployment, "spec.replicas") instanceof Number n ? n.intValue() : 1;
            if (budget == null) {
                broken.add(name(deployment) + ": no PodDisruptionBudget");
            } else if (!(at(budget, "spec.minAvailable") instanceof Number min) || min.intValue() < 1
                    || min.intValue() >= replicas) {
                broken.add(name(deployment) + ": its budget must keep at least one of its " + replicas
                        + " replicas and still let one go");
            }
        }
        return broken;
    }

    /** A ServiceMonitor per Service, on the Service port that reaches the management port, path /q/metrics. */
    static List<String> serviceMonitors(List<Object> documents) {
        List<String> broken = new ArrayList<>();
        for (Object service : ofKind(documents, "Service")) {
            ServiceConfig config = ServiceConfig.named(name(service));
            Object monitor = ofKind(documents, "ServiceMonitor").stream()
                    .filter(m -> mapAt(service, "metadata.labels").entrySet()
                            .containsAll(mapAt(m, "spec.selector.matchLabels").entrySet())
                            && !mapAt(m, "spec.selector.matchLabels").isEmpty())
                    .findFirst().orElse(null);
            if (monitor == null) {
                broken.add(name(service) + ": no ServiceMonitor");
                continue;
            }
            for (Object endpoint : listAt(monitor, "spec.endpoints")) {
                Object port = listAt(service, "spec.ports").stream()
                        .filter(p -> String.valueOf(text(endpoint, "port")).equals(text(p, "name")))
                        .findFirst().orElse(null);
                if (port == null || !Integer.valueOf(config.managementPort()).equals(at(port, "port"))) {
                    broken.add(name(service) + ": its ServiceMonitor scrapes port " + text(endpoint, "port")
                            + ", not the management port " + config.managementPort());
                }
                if (!"/q/metrics".equals(text(endpoint, "path"))) {
                    broken.add(name(service) + ": its ServiceMonitor path is not /q/metrics");
                }
            }
        }
        return broken;
    }

    /** Every image the overlay deploys pinned by its {@code images:} to a release tag or a digest. */
    static List<String> pinnedImages(Object kustomization, List<Object> documents) {
        List<String> broken = new ArrayList<>();
        Map<String, Object> pins = new LinkedHashMap<>();
        listAt(kustomization, "images").forEach(i -> pins.put(text(i, "name"), i));
        for (Object deployment : ofKind(documents, "Deployment")) {
            for (Object container : listAt(deployment, "spec.template.spec.containers")) {
                String image = text(container, "image");
                String repository = image.contains(":") ? image.substring(0, image.lastIndexOf(':')) : image;
                Object pin = pins.get(repository);
                String tag = pin == null ? null : text(pin, "newTag");
                boolean digest = pin != null && text(pin, "digest") != null;
                if (!digest && (tag == null || tag.equals("latest") || tag.endsWith("SNAPSHOT"))) {
                    broken.add(repository + " is not pinned to a release tag or digest (images: newTag: " + tag + ")");
                }
            }
        }
        return broken;
    }

    private static void requirePort(List<String> broken, ServiceConfig service, String direction, Set<Integer> ports,
                                    int port, String what) {
        if (!ports.contains(port)) {
            broken.add(service.name() + ": its policy does not let " + what + " (" + port + ") " + direction);
        }
    }

    /** The ports of a policy's rules; a rule without ports contributes null (every port). */
    private static Set<Integer> ports(List<Object> rules) {
        Set<Integer> ports = new java.util.HashSet<>();
        for (Object rule : rules) {
            List<Object> declared = listAt(rule, "ports");
            if (declared.isEmpty()) {
                ports.add(null);
            }
            declared.forEach(p -> ports.add(at(p, "port") instanceof Number n ? n.intValue() : null));
        }
        return ports;
    }

    static int kafkaListenerPort(List<Object> documents) {
        return ofKind(documents, "Kafka").stream().flatMap(k -> listAt(k, "spec.kafka.listeners").stream())
                .map(l -> ((Number) at(l, "port")).intValue()).findFirst().orElse(9093);
    }

    /** A deep copy, to mutate. */
    static Object copy(Object node) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
            return out;
        }
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(copy(v)));
            return out;
        }
        return node;
    }

    static List<Object> copyAll(List<Object> documents) {
        return new ArrayList<>(list(copy(documents)));
    }
}
