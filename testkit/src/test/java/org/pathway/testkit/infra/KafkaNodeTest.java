package org.pathway.testkit.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kafka.server.KafkaConfig;

class KafkaNodeTest {

    @Test
    void formatsFreshStorageAndWritesAConfigurationKafkaAccepts(@TempDir Path dir) throws Exception {
        Path nodeDir = dir.resolve("kafka");
        Files.createDirectories(nodeDir.resolve("data/leftover-topic-0"));

        KafkaNode node = KafkaNode.format(nodeDir, 19092, 19093);

        assertThat(node.bootstrapServers()).isEqualTo("localhost:19092");
        assertThat(nodeDir.resolve("data/leftover-topic-0")).doesNotExist();
        assertThat(nodeDir.resolve("data/meta.properties")).isRegularFile();
        Properties written = new Properties();
        try (Reader in = Files.newBufferedReader(node.serverProperties())) {
            written.load(in);
        }
        KafkaConfig config = KafkaConfig.fromProps(written, false);
        assertThat(config.nodeId()).isEqualTo(1);
        assertThat(written.getProperty("listeners")).isEqualTo("PLAINTEXT://localhost:19092,CONTROLLER://localhost:19093");
        assertThat(written.getProperty("log.dirs")).isEqualTo(nodeDir.resolve("data").toString());
    }

    @Test
    void anExistingNodeIsFoundWithItsPortsAndStorage(@TempDir Path dir) throws Exception {
        KafkaNode formatted = KafkaNode.format(dir, 19094, 19095);

        KafkaNode existing = KafkaNode.existing(dir);

        assertThat(existing.bootstrapServers()).isEqualTo(formatted.bootstrapServers());
        assertThat(existing.serverProperties()).isEqualTo(formatted.serverProperties());
        assertThat(dir.resolve("data/meta.properties")).isRegularFile();
    }

    @Test
    void formatIfNewKeepsAFormattedStorageAndItsClusterIdOnOtherPorts(@TempDir Path dir) throws Exception {
        KafkaNode first = KafkaNode.formatIfNew(dir, 19096, 19097);
        String clusterId = clusterId(dir);
        Files.createDirectories(dir.resolve("data/kept-topic-0"));

        KafkaNode again = KafkaNode.formatIfNew(dir, 19098, 19099);

        assertThat(first.bootstrapServers()).isEqualTo("localhost:19096");
        assertThat(again.bootstrapServers()).isEqualTo("localhost:19098");
        assertThat(clusterId(dir)).isEqualTo(clusterId).isNotBlank();
        assertThat(dir.resolve("data/kept-topic-0")).isDirectory();
        Properties written = new Properties();
        try (Reader in = Files.newBufferedReader(again.serverProperties())) {
            written.load(in);
        }
        assertThat(written.getProperty("listeners")).isEqualTo("PLAINTEXT://localhost:19098,CONTROLLER://localhost:19099");
    }

    private static String clusterId(Path dir) throws Exception {
        Properties meta = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("data/meta.properties"))) {
            meta.load(in);
        }
        return meta.getProperty("cluster.id");
    }

    @Test
    void noExistingNodeWhereNoneWasFormatted(@TempDir Path dir) {
        assertThatThrownBy(() -> KafkaNode.existing(dir)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("no Kafka node was formatted");
    }
}
