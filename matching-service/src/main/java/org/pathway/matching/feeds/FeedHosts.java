package org.pathway.matching.feeds;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which hosts a feed may be fetched from (against server-side request forgery: a site admin must
 * not be able to make this service read its own network). Refused: loopback, "this host"
 * ({@code 0.0.0.0}, {@code ::}), link-local (which holds the cloud metadata address
 * {@code 169.254.169.254}), private ranges (RFC 1918 {@code 10/8}, {@code 172.16/12},
 * {@code 192.168/16}; RFC 4193 {@code fc00::/7}, holding AWS's {@code fd00:ec2::254}), shared
 * address space ({@code 100.64/10}, holding Alibaba's {@code 100.100.100.200}), multicast, and the
 * names {@code localhost}, {@code *.localhost} and {@code metadata.google.internal}. Pure code but
 * for the DNS look-up of {@link #refusal(URI, Set)}.
 *
 * <p>Checked when a feed is registered (the URL as written, no DNS: {@link #refusalAsWritten}) and
 * again before every request of a sync, redirects included, on every address the host resolves to.
 * Hosts in the allow-list ({@code matching.feeds.private-hosts-allowed}, empty by default; the tests
 * allow {@code 127.0.0.1} for their local feed server) are exempt.
 */
public final class FeedHosts {

    private static final List<String> REFUSED_NAMES = List.of("localhost", "metadata.google.internal");

    private FeedHosts() {
    }

    /** Why the URL's host, as written, may not be fetched from; empty when it may (or is allowed). */
    public static Optional<String> refusalAsWritten(URI uri, Set<String> allowed) {
        String host = host(uri);
        if (host.isEmpty() || allowed.contains(host)) {
            return Optional.empty();
        }
        if (REFUSED_NAMES.contains(host) || host.endsWith(".localhost")) {
            return Optional.of("must not name a local or cloud metadata host (" + host + ")");
        }
        return literal(host).flatMap(FeedHosts::refusal)
                .map(why -> "must not name a " + why + " address (" + host + ")");
    }

    /**
     * Why the URL may not be fetched from, looking up every address its host resolves to; empty when
     * it may. A host that does not resolve is left to the request to report as unreachable.
     */
    public static Optional<String> refusal(URI uri, Set<String> allowed) {
        return refusal(uri, allowed, InetAddress::getAllByName);
    }

    /** Looks a host name up (DNS); a seam for the tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static Optional<String> refusal(URI uri, Set<String> allowed, Resolver resolver) {
        Optional<String> asWritten = refusalAsWritten(uri, allowed);
        String host = host(uri);
        if (asWritten.isPresent() || host.isEmpty() || allowed.contains(host)) {
            return asWritten;
        }
        try {
            for (InetAddress address : resolver.resolve(host)) {
                Optional<String> why = refusal(address);
                if (why.isPresent()) {
                    return Optional.of("host " + host + " resolves to a " + why.get() + " address ("
                            + address.getHostAddress() + "): refused");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** What kind of address this is when a feed may not be read from it; empty when it may. */
    static Optional<String> refusal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("this-host");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 10 || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168)) {
                return Optional.of("private");
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return Optional.of("shared (carrier-grade NAT)");
            }
            if (first == 0 || first >= 240) {
                return Optional.of("reserved");
            }
        }
        if (address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return Optional.of("private");
        }
        return Optional.empty();
    }

    private static String host(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** The address when the host is written as one (IPv4 dotted, IPv6); empty for a name. */
    private static Optional<InetAddress> literal(String host) {
        boolean ipv4 = host.matches("[0-9.]+");
        boolean ipv6 = host.contains(":") && host.matches("[0-9a-f:.%]+");
        if (!ipv4 && !ipv6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(host));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
