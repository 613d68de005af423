package org.pathway.local.identity;

/**
 * Bearer tokens for the demo users of ARCHITECTURE.md's local defaults ({@code referrer-<site>},
 * {@code link-worker-<site>}, {@code site-admin-<site>}, {@code researcher}, {@code platform-admin}).
 * Implementations cache tokens and renew them before they expire.
 */
public interface TokenSource {

    /** A valid access token (without the {@code Bearer } prefix) for the named demo user. */
    String accessToken(String user);
}
