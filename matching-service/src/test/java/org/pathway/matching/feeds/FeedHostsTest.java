package org.pathway.matching.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SSRF guard's rules, table-driven: which hosts a feed may name, as written and once resolved. */
class FeedHostsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            http://127.0.0.1:8080/services          | must not name a loopback address (127.0.0.1)
            http://127.1.2.3/services               | must not name a loopback address (127.1.2.3)
            http://[::1]/services                   | must not name a loopback address (::1)
            http://[::ffff:127.0.0.1]/services      | must not name a loopback address (::ffff:127.0.0.1)
            http://0.0.0.0/services                 | must not name a this-host address (0.0.0.0)
            http://169.254.169.254/latest/meta-data | must not name a link-local address (169.254.169.254)
            http://[fe80::1]/services               | must not name a link-local address (fe80::1)
            http://10.0.0.5/services                | must not name a private address (10.0.0.5)
            http://172.16.0.1/services              | must not name a private address (172.16.0.1)
            http://172.31.255.255/services          | must not name a private address (172.31.255.255)
            http://192.168.1.20/services            | must not name a private address (192.168.1.20)
            http://[fd00:ec2::254]/services         | must not name a private address (fd00:ec2::254)
            http://100.100.100.200/latest           | must not name a shared (carrier-grade NAT) address (100.100.100.200)
            http://224.0.0.1/services               | must not name a multicast address (224.0.0.1)
            http://localhost:8080/services          | must not name a local or cloud metadata host (localhost)
            http://LOCALHOST./services              | must not name a local or cloud metadata host (localhost)
            http://feeds.localhost/services         | must not name a local or cloud metadata host (feeds.localhost)
            http://metadata.google.internal/v1      | must not name a local or cloud metadata host (metadata.google.internal)
            https://172.32.0.1/services             | -
            https://11.0.0.1/services               | -
            https://directory.example.org/services  | -
            https://[2001:db8::1]/services          | -
            """)
    void refusesLocalPrivateAndMetadataHostsAsWritten(String url, String refusal) {
        assertThat(FeedHosts.refusalAsWritten(URI.create(url), Set.of())).isEqualTo(Optional.ofNullable(refusal));
    }

    @Test
    void allowsOnlyTheHostsListedAsWritten() {
        Set<String> allowed = Set.of("127.0.0.1");

        assertThat(FeedHosts.refusalAsWritten(URI.create("http://127.0.0.1:9000/services"), allowed)).isEmpty();
        assertThat(FeedHosts.refusalAsWritten(URI.create("http://127.0.0.2:9000/services"), allowed)).isPresent();
        assertThat(FeedHosts.refusalAsWritten(URI.create("http://localhost:9000/services"), allowed)).isPresent();
    }

    /** A public-looking name whose DNS answers a private address (or rebinding to one) is refused at fetch time. */
    @Test
    void refusesANameThatResolvesToAPrivateAddress() {
        FeedHosts.Resolver dns = host -> switch (host) {
            case "feeds.example.org" -> addresses("93.184.216.34", "10.1.2.3");
            case "directory.example.org" -> addresses("93.184.216.34");
            default -> throw new UnknownHostException(host);
        };

        assertThat(FeedHosts.refusal(URI.create("https://feeds.example.org/services"), Set.of(), dns))
                .contains("host feeds.example.org resolves to a private address (10.1.2.3): refused");
        assertThat(FeedHosts.refusal(URI.create("https://directory.example.org/services"), Set.of(), dns)).isEmpty();
        assertThat(FeedHosts.refusal(URI.create("https://gone.example.org/services"), Set.of(), dns))
                .as("left to the request to report as unreachable").isEmpty();
        assertThat(FeedHosts.refusal(URI.create("https://feeds.example.org/services"), Set.of("feeds.example.org"),
                dns)).as("allowed by name").isEmpty();
    }

    private static InetAddress[] addresses(String... literals) throws UnknownHostException {
        InetAddress[] addresses = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
            addresses[i] = InetAddress.getByName(literals[i]);
        }
        return addresses;
    }
}
