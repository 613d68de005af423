package org.pathway.local.manifests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.pathway.local.manifests.Node.list;
import static org.pathway.local.manifests.Node.listAt;
import static org.pathway.local.manifests.Node.map;

/** One kustomization.yaml under deploy/kubernetes and what it points at. */
record Kustomization(Path file, Object document) {

    static final String FILE_NAME = "kustomization.yaml";

    static List<Kustomization> all() {
        return Repository.yamlFiles(Repository.KUBERNETES).stream()
                .filter(Kustomization::isKustomizationFile)
                .map(Kustomization::of)
                .toList();
    }

    static Kustomization of(Path fileOrDirectory) {
        Path file = Files.isDirectory(fileOrDirectory) ? fileOrDirectory.resolve(FILE_NAME) : fileOrDirectory;
        List<Object> documents = Repository.documents(file);
        if (documents.size() != 1) {
            throw new AssertionError(Repository.relative(file) + " must hold exactly one document");
        }
        return new Kustomization(file, documents.get(0));
    }

    static boolean isKustomizationFile(Path file) {
        String name = file.getFileName().toString();
        return name.equals(FILE_NAME) || name.equals("kustomization.yml") || name.equals("Kustomization");
    }

    Path directory() {
        return file.getParent();
    }

    /** resources and components: files, or directories holding a kustomization. */
    List<String> resourceEntries() {
        List<String> entries = new ArrayList<>();
        listAt(document, "resources").forEach(e -> entries.add(String.valueOf(e)));
        listAt(document, "components").forEach(e -> entries.add(String.valueOf(e)));
        return entries;
    }

    /** Patch files: patches[].path, patchesStrategicMerge[], patchesJson6902[].path. */
    List<String> patchEntries() {
        List<String> entries = new ArrayList<>();
        for (Object patch : listAt(document, "patches")) {
            Object path = map(patch).get("path");
            if (path != null) {
                entries.add(String.valueOf(path));
            }
        }
        listAt(document, "patchesStrategicMerge").forEach(e -> entries.add(String.valueOf(e)));
        for (Object patch : listAt(document, "patchesJson6902")) {
            Object path = map(patch).get("path");
            if (path != null) {
                entries.add(String.valueOf(path));
            }
        }
        return entries;
    }

    /** Files read by configMapGenerator and secretGenerator (files, envs; "key=path" allowed). */
    List<String> generatorFileEntries() {
        List<String> entries = new ArrayList<>();
        for (String generator : List.of("configMapGenerator", "secretGenerator")) {
            for (Object entry : listAt(document, generator)) {
                Stream.concat(list(map(entry).get("files")).stream(), list(map(entry).get("envs")).stream())
                        .map(String::valueOf)
                        .map(f -> f.contains("=") ? f.substring(f.indexOf('=') + 1) : f)
                        .forEach(entries::add);
            }
        }
        return entries;
    }

    /** Every file this kustomization and those below it read as resources (not patches). */
    Set<Path> resourceFiles() {
        Set<Path> files = new LinkedHashSet<>();
        for (String entry : resourceEntries()) {
            Path target = directory().resolve(entry).normalize();
            if (Files.isDirectory(target)) {
                files.addAll(of(target).resourceFiles());
            } else {
                files.add(target);
            }
        }
        return files;
    }

    /** The documents this kustomization builds from, before its own patches. */
    List<Object> resourceDocuments() {
        List<Object> documents = new ArrayList<>();
        resourceFiles().forEach(f -> documents.addAll(Repository.documents(f)));
        return documents;
    }

    /** Every patch file applied here or by a kustomization below. */
    Set<Path> patchFiles() {
        Set<Path> files = new LinkedHashSet<>();
        patchEntries().forEach(e -> files.add(directory().resolve(e).normalize()));
        for (String entry : resourceEntries()) {
            Path target = directory().resolve(entry).normalize();
            if (Files.isDirectory(target)) {
                files.addAll(of(target).patchFiles());
            }
        }
        return files;
    }

    String relative() {
        return Repository.relative(file);
    }
}
