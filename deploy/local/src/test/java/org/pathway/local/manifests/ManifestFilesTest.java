package org.pathway.local.manifests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.local.manifests.Node.kind;
import static org.pathway.local.manifests.Node.name;

/** Every YAML file under deploy/compose and deploy/kubernetes is well-formed and says what it is. */
class ManifestFilesTest {

    static Stream<Path> yamlFiles() {
        return Stream.concat(Repository.yamlFiles(Repository.COMPOSE).stream(),
                Repository.yamlFiles(Repository.KUBERNETES).stream());
    }

    static Stream<Path> kubernetesManifests() {
        return Repository.yamlFiles(Repository.KUBERNETES).stream().filter(f -> !Kustomization.isKustomizationFile(f));
    }

    @Test
    void bothDeploymentShapesHaveManifests() {
        assertThat(Repository.COMPOSE.resolve("compose.yaml")).isRegularFile();
        assertThat(Kustomization.all()).as("kustomization.yaml files under deploy/kubernetes").hasSizeGreaterThan(1);
    }

    @ParameterizedTest
    @MethodSource("yamlFiles")
    void everyDocumentParsesWithoutDuplicateKeys(Path file) {
        assertThat(Repository.documents(file)).as(Repository.relative(file)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("kubernetesManifests")
    void everyKubernetesObjectHasApiVersionKindAndName(Path file) {
        for (Object document : Repository.documents(file)) {
            assertThat(Node.text(document, "apiVersion")).as("apiVersion in %s", Repository.relative(file)).isNotBlank();
            assertThat(kind(document)).as("kind in %s", Repository.relative(file)).isNotBlank();
            assertThat(name(document)).as("metadata.name of a %s in %s", kind(document), Repository.relative(file))
                    .isNotBlank();
        }
    }

    @Test
    void noSecretValuesAreCommitted() {
        List<String> secrets = new ArrayList<>();
        kubernetesManifests().forEach(file -> Repository.documents(file).stream()
                .filter(d -> "Secret".equals(kind(d)))
                .forEach(d -> secrets.add(Repository.relative(file) + ": Secret " + name(d))));
        for (Kustomization kustomization : Kustomization.all()) {
            Node.listAt(kustomization.document(), "secretGenerator")
                    .forEach(g -> secrets.add(kustomization.relative() + ": secretGenerator " + Node.text(g, "name")));
        }
        assertThat(secrets).as("Secrets are created in the cluster and only referenced here").isEmpty();
    }
}
