package org.pathway.testkit;

import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;

/** Reads test kit settings from MicroProfile Config inside Quarkus, or from system properties outside it. */
final class TestkitConfig {

    private TestkitConfig() {
    }

    static String required(String key) {
        return config(key).or(() -> Optional.ofNullable(System.getProperty(key)))
                .orElseThrow(() -> new IllegalStateException(key + " is not set: is PathwayInfrastructure running "
                        + "(@QuarkusTestResource(PathwayInfrastructure.class) or new PathwayInfrastructure().start())?"));
    }

    private static Optional<String> config(String key) {
        try {
            return ConfigProvider.getConfig().getOptionalValue(key, String.class);
        } catch (IllegalStateException noConfigImplementation) {
            return Optional.empty();
        }
    }
}
