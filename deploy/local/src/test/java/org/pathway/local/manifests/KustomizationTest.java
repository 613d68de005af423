package org.pathway.local.manifests;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.local.manifests.Node.kind;
import static org.pathway.local.manifests.Node.name;

/** The Kustomize tree holds together: what it names exists, and nothing lies unused. */
class KustomizationTest {

    @Test
    void everyResourceComponentPatchAndGeneratorFileExists() {
        List<String> missing = new ArrayList<>();
        for (Kustomization kustomization : Kustomization.all()) {
            List<String> entries = new ArrayList<>(kustomization.resourceEntries());
            entries.addAll(kustomization.patchEntries());
            entries.addAll(kustomization.generatorFileEntries());
            for (String entry : entries) {
                Path target = kustomization.directory().resolve(entry).normalize();
                boolean exists = Files.isDirectory(target)
                        ? Files.isRegularFile(target.resolve(Kustomization.FILE_NAME))
                        : Files.isRegularFile(target);
                if (entry.contains("://") || !target.startsWith(Repository.KUBERNETES) || !exists) {
                    missing.add(kustomization.relative() + " -> " + entry);
                }
            }
        }
        assertThat(missing).as("entries that are not a file or kustomization directory under deploy/kubernetes")
                .isEmpty();
    }

    @Test
    void everyManifestIsUsedByAKustomization() {
        Set<Path> used = new HashSet<>();
        for (Kustomization kustomization : Kustomization.all()) {
            kustomization.resourceEntries().forEach(e -> used.add(kustomization.directory().resolve(e).normalize()));
            kustomization.patchEntries().forEach(e -> used.add(kustomization.directory().resolve(e).normalize()));
        }
        List<String> unused = Repository.yamlFiles(Repository.KUBERNETES).stream()
                .filter(f -> !Kustomization.isKustomizationFile(f))
                .filter(f -> !used.contains(f))
                .map(Repository::relative)
                .toList();
        assertThat(unused).as("manifests no kustomization.yaml lists").isEmpty();
    }

    @Test
    void everyPatchTargetsAnObjectItsKustomizationBuilds() {
        List<String> dangling = new ArrayList<>();
        for (Kustomization kustomization : Kustomization.all()) {
            Set<String> built = new HashSet<>();
            kustomization.resourceDocuments().forEach(d -> built.add(kind(d) + "/" + name(d)));
            for (String entry : kustomization.patchEntries()) {
                Path patch = kustomization.directory().resolve(entry).normalize();
                for (Object document : Repository.documents(patch)) {
                    if (!built.contains(kind(document) + "/" + name(document))) {
                        dangling.add(kustomization.relative() + ": " + entry + " patches " + kind(document) + "/"
                                + name(document));
                    }
                }
            }
        }
        assertThat(dangling).isEmpty();
    }

    @Test
    void imageOverridesNameTheServicesImages() {
        Set<String> repositories = new HashSet<>();
        ServiceConfig.services().forEach(s -> repositories.add(s.imageRepository()));
        for (Kustomization kustomization : Kustomization.all()) {
            for (Object image : Node.listAt(kustomization.document(), "images")) {
                assertThat(Node.text(image, "name")).as("images[].name in %s", kustomization.relative())
                        .isIn(repositories);
            }
        }
    }

    @Test
    void sharedOverlayDeploysEveryServiceAndSiteOverlaysLeaveCentralServicesCentral() {
        Path overlays = Repository.KUBERNETES.resolve("overlays");
        List<Kustomization> overlayKustomizations = Kustomization.all().stream()
                .filter(k -> k.directory().getParent().equals(overlays))
                .toList();
        assertThat(overlayKustomizations).extracting(k -> k.directory().getFileName().toString())
                .contains("shared")
                .anyMatch(name -> name.startsWith("site-"));
        for (Kustomization overlay : overlayKustomizations) {
            Set<String> deployed = new HashSet<>();
            overlay.resourceDocuments().stream().filter(d -> "Deployment".equals(kind(d)))
                    .forEach(d -> deployed.add(name(d)));
            String overlayName = overlay.directory().getFileName().toString();
            if (overlayName.equals("shared")) {
                assertThat(deployed).as("services the shared overlay deploys")
                        .containsAll(ServiceConfig.all().keySet());
            } else {
                for (ServiceConfig service : ServiceConfig.services()) {
                    assertThat(deployed.contains(service.name()))
                            .as("%s deploys %s (central: %s)", overlayName, service.name(), service.central())
                            .isEqualTo(!service.central());
                }
            }
        }
    }
}
