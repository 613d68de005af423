package org.pathway.workspace.config;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The workspace's own settings. Each site it serves is also a {@code quarkus.oidc.<site>} web-app tenant (its realm
 * and the {@code pathway-workspace} client); the platform tenant signs researchers in.
 */
@ConfigMapping(prefix = "workspace")
public interface WorkspaceConfig {

    /** The sites this workspace serves, by site id. */
    Map<String, Site> sites();

    interface Site {
        /** How the site is named on the pages. */
        String name();

        /** Days a young person may wait for the first contact before the caseload marks them overdue. */
        @WithDefault("10")
        int contactTargetDays();
    }

    /** The demo's link to the researchers' dashboard, printed by `pathway demo` (only shown, never called). */
    Optional<String> publicUrl();
}
