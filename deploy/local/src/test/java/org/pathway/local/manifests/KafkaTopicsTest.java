package org.pathway.local.manifests;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.local.manifests.Node.at;
import static org.pathway.local.manifests.Node.kind;
import static org.pathway.local.manifests.Node.listAt;
import static org.pathway.local.manifests.Node.mapAt;
import static org.pathway.local.manifests.Node.name;
import static org.pathway.local.manifests.Node.text;

/** Kafka in both shapes: KRaft, the right topics, and the services pointed at its listener. */
class KafkaTopicsTest {

    static List<Object> kubernetesDocuments(String kind) {
        List<Object> documents = new ArrayList<>();
        KubernetesWorkloadsTest.manifestFiles().forEach(f -> Repository.documents(f).stream()
                .filter(d -> kind.equals(kind(d))).forEach(documents::add));
        return documents;
    }

    @Test
    void kafkaTopicsAreTheEventTopicsAndEveryDeadLetterTopic() {
        Set<String> declared = new TreeSet<>();
        for (Object topic : kubernetesDocuments("KafkaTopic")) {
            String topicName = text(topic, "spec.topicName");
            declared.add(topicName != null ? topicName : name(topic));
        }
        assertThat(declared).as("KafkaTopic resources (chassis Topics + dead-letter-queue.topic of each service)")
                .isEqualTo(EventTopics.all());
    }

    @Test
    void composeCreatesTheEventTopicsAndEveryDeadLetterTopic() {
        String topics = Compose.environment(Compose.service("kafka-topics")).get("PATHWAY_TOPICS");
        assertThat(topics).as("PATHWAY_TOPICS of compose service kafka-topics").isNotNull();
        assertThat(new TreeSet<>(Arrays.asList(topics.trim().split("\\s+")))).isEqualTo(EventTopics.all());
    }

    @Test
    void topicsBelongToAKraftClusterWithEnoughBrokers() {
        List<Object> clusters = kubernetesDocuments("Kafka");
        assertThat(clusters).hasSize(1);
        Object cluster = clusters.get(0);
        assertThat(at(cluster, "spec.zookeeper")).as("Kafka runs in KRaft mode, without ZooKeeper").isNull();
        int brokers = 0;
        boolean controllers = false;
        for (Object pool : kubernetesDocuments("KafkaNodePool")) {
            assertThat(mapAt(pool, "metadata.labels").get("strimzi.io/cluster")).as("node pool %s", name(pool))
                    .isEqualTo(name(cluster));
            List<Object> roles = listAt(pool, "spec.roles");
            controllers |= roles.contains("controller");
            if (roles.contains("broker")) {
                brokers += ((Number) at(pool, "spec.replicas")).intValue();
            }
        }
        assertThat(controllers).as("a node pool with the KRaft controller role").isTrue();
        for (Object topic : kubernetesDocuments("KafkaTopic")) {
            assertThat(mapAt(topic, "metadata.labels").get("strimzi.io/cluster")).as("KafkaTopic %s", name(topic))
                    .isEqualTo(name(cluster));
            assertThat(((Number) at(topic, "spec.replicas")).intValue()).as("KafkaTopic %s replicas", name(topic))
                    .isLessThanOrEqualTo(brokers);
        }
    }

    @Test
    void servicesBootstrapFromTheClustersListener() {
        Object cluster = kubernetesDocuments("Kafka").get(0);
        Set<String> ports = new TreeSet<>();
        listAt(cluster, "spec.kafka.listeners").forEach(l -> ports.add(text(l, "port")));
        List<String> bootstraps = new ArrayList<>();
        kubernetesDocuments("ConfigMap").forEach(c -> {
            Object value = mapAt(c, "data").get("KAFKA_BOOTSTRAP_SERVERS");
            if (value != null) {
                bootstraps.add(String.valueOf(value));
            }
        });
        assertThat(bootstraps).isNotEmpty();
        for (String bootstrap : bootstraps) {
            String host = bootstrap.substring(0, bootstrap.lastIndexOf(':'));
            String port = bootstrap.substring(bootstrap.lastIndexOf(':') + 1);
            assertThat(host).as(bootstrap).matches(name(cluster) + "-kafka-bootstrap(\\.[a-z0-9-]+\\.svc(\\..*)?)?");
            assertThat(port).as(bootstrap).isIn(ports);
        }
    }

    @Test
    void composeServicesBootstrapFromAnAdvertisedListener() {
        String advertised = Compose.environment(Compose.service("kafka")).get("KAFKA_ADVERTISED_LISTENERS");
        Set<String> addresses = new TreeSet<>();
        for (String listener : advertised.split(",")) {
            addresses.add(listener.substring(listener.indexOf("//") + 2));
        }
        for (ServiceConfig service : ServiceConfig.services().stream().filter(ServiceConfig::usesKafka).toList()) {
            assertThat(Compose.environment(Compose.service(service.name())).get("KAFKA_BOOTSTRAP_SERVERS"))
                    .as("%s KAFKA_BOOTSTRAP_SERVERS", service.name())
                    .isIn(addresses);
        }
    }
}
