package org.pathway.local.stack;

import java.net.URI;
import java.util.List;

/**
 * One of the four services, or the workspace: its module (and process) name, its own database (none for the
 * workspace, which keeps no data) and its port; its management port follows from that.
 */
public record PathwayService(String name, String database, int port) {

    public static final String WORKSPACE = "workspace";
    /** A management port is its service's HTTP port + this (API.md: 9081–9085). */
    static final int MANAGEMENT_OFFSET = 1000;

    public static List<PathwayService> all(StackSettings settings) {
        return List.of(
                new PathwayService("referral-service", "referral", settings.referralPort()),
                new PathwayService("matching-service", "matching", settings.matchingPort()),
                new PathwayService("engagement-service", "engagement", settings.engagementPort()),
                new PathwayService("reporting-service", "reporting", settings.reportingPort()));
    }

    /** The web app people sign in to; it calls the four services' public APIs and has no database. */
    public static PathwayService workspace(StackSettings settings) {
        return new PathwayService(WORKSPACE, null, settings.workspacePort());
    }

    /** The four services, then the workspace: every application process of the stack. */
    public static List<PathwayService> applications(StackSettings settings) {
        return java.util.stream.Stream.concat(all(settings).stream(), java.util.stream.Stream.of(workspace(settings))).toList();
    }

    public boolean hasDatabase() {
        return database != null;
    }

    public URI url() {
        return StackSettings.local(port);
    }

    /** Its management interface (metrics and health, no token): the HTTP port + 1000, as API.md says. */
    public int managementPort() {
        return port + MANAGEMENT_OFFSET;
    }

    public URI management() {
        return StackSettings.local(managementPort());
    }

    public URI readiness() {
        return url().resolve("/q/health/ready");
    }
}
