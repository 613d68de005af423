package org.pathway.local.manifests;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The repository these tests check: found from the working directory, read as it is on disk. */
public final class Repository {

    public static final Path ROOT = findRoot();
    static final Path COMPOSE = ROOT.resolve("deploy/compose");
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");

    private Repository() {
    }

    /** The nearest directory, from the working directory up, holding the Maven wrapper and root pom. */
    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("mvnw")) && Files.isRegularFile(d.resolve("pom.xml"))
                    && Files.isDirectory(d.resolve("deploy"))) {
                return d;
            }
        }
        throw new IllegalStateException("No repository root (a directory with mvnw, pom.xml, deploy/) above " + dir);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every .yaml/.yml file under the directory, sorted. */
    static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * All documents of a YAML file, with anchors and merge keys resolved; empty documents (a file
     * starting with {@code ---}) are dropped. Duplicate keys are an error, as they silently lose a value.
     */
    static List<Object> documents(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        List<Object> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml(options).loadAll(reader)) {
                if (document != null) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    static String relative(Path file) {
        return ROOT.relativize(file).toString();
    }
}
