package org.pathway.local.identity;

import java.util.List;
import java.util.stream.Stream;

import org.pathway.chassis.security.Roles;

/**
 * The demo users of ARCHITECTURE.md's local defaults and the realm each lives in: {@code <role>-<site>} in the
 * site's realm {@code site-<site>}, {@code researcher} and {@code platform-admin} in {@code platform}.
 */
public final class DemoUsers {

    public static final String PASSWORD = "pathway-demo";
    public static final String CLIENT_ID = "pathway-cli";
    public static final List<String> SITE_ROLES = List.of(Roles.REFERRER, Roles.LINK_WORKER, Roles.SITE_ADMIN);
    /** The platform's researcher, who reads the reports. */
    public static final String RESEARCHER = "researcher";
    public static final List<String> PLATFORM_USERS = List.of(RESEARCHER, "platform-admin");
    static final String PLATFORM_REALM = "platform";

    private DemoUsers() {
    }

    /** The demo user holding {@code role} at {@code site}. */
    public static String atSite(String role, String site) {
        return role + "-" + site;
    }

    /** The realm of a demo user; fails for a name that follows neither pattern. */
    public static String realmOf(String user) {
        if (PLATFORM_USERS.contains(user)) {
            return PLATFORM_REALM;
        }
        for (String role : SITE_ROLES) {
            String prefix = role + "-";
            if (user.startsWith(prefix) && user.length() > prefix.length()) {
                return "site-" + user.substring(prefix.length());
            }
        }
        throw new IllegalArgumentException("not a demo user: " + user + " (expected one of " + String.join(", ", PLATFORM_USERS)
                + " or <role>-<site> with role " + String.join("/", SITE_ROLES) + ")");
    }

    /** Every demo user of the given sites. */
    public static List<String> all(List<String> sites) {
        return Stream.concat(sites.stream().flatMap(site -> SITE_ROLES.stream().map(role -> atSite(role, site))),
                PLATFORM_USERS.stream()).toList();
    }
}
