package org.pathway.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

/** One WireMock server playing every realm, each signing with its own RSA key whose kid is the realm name. */
final class OidcIssuers implements AutoCloseable {

    private final WireMockServer server;
    private final Map<String, KeyPair> keys;

    private OidcIssuers(WireMockServer server, Map<String, KeyPair> keys) {
        this.server = server;
        this.keys = keys;
    }

    /** {@code emptyRoot} keeps WireMock from loading stray mappings from a service's src/test/resources. */
    static OidcIssuers start(Path emptyRoot) throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Map<String, KeyPair> keys = new LinkedHashMap<>();
        for (String tenant : Tenants.ALL_KEYS) {
            keys.put(tenant, generator.generateKeyPair());
        }
        WireMockServer server = new WireMockServer(options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .withRootDirectory(emptyRoot.toString())
                .disableRequestJournal());
        server.start();
        OidcIssuers issuers = new OidcIssuers(server, keys);
        for (String tenant : Tenants.PUBLISHED) {
            issuers.stubRealm(Tenants.realm(tenant), (RSAPublicKey) keys.get(tenant).getPublic());
        }
        return issuers;
    }

    private void stubRealm(String realm, RSAPublicKey publicKey) {
        server.stubFor(get(urlEqualTo(OidcDocuments.discoveryPath(realm)))
                .willReturn(json(OidcDocuments.discovery(baseUrl(), realm))));
        server.stubFor(get(urlEqualTo(OidcDocuments.jwksPath(realm)))
                .willReturn(json(OidcDocuments.jwks(publicKey, realm))));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    String baseUrl() {
        return "http://localhost:" + server.port();
    }

    /** Base64 PKCS#8 private key per tenant, as published in configuration. */
    Map<String, String> encodedPrivateKeys() {
        Map<String, String> encoded = new LinkedHashMap<>();
        keys.forEach((tenant, pair) -> encoded.put(tenant, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded())));
        return encoded;
    }

    @Override
    public void close() {
        server.stop();
    }
}
