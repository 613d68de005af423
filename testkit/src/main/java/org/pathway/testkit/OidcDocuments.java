package org.pathway.testkit;

import java.security.interfaces.RSAPublicKey;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;

/** The documents a Keycloak realm serves, reduced to what a bearer-token resource server reads. */
final class OidcDocuments {

    private OidcDocuments() {
    }

    static String realmUrl(String baseUrl, String realm) {
        return baseUrl + "/realms/" + realm;
    }

    static String discoveryPath(String realm) {
        return "/realms/" + realm + "/.well-known/openid-configuration";
    }

    static String jwksPath(String realm) {
        return "/realms/" + realm + "/protocol/openid-connect/certs";
    }

    /**
     * No introspection or userinfo endpoint is advertised: a token the JWKS cannot verify must be rejected,
     * not handed to a remote introspection that the stub cannot answer meaningfully.
     */
    static String discovery(String baseUrl, String realm) {
        String issuer = realmUrl(baseUrl, realm);
        String openIdConnect = issuer + "/protocol/openid-connect";
        return "{"
                + "\"issuer\":\"" + issuer + "\","
                + "\"authorization_endpoint\":\"" + openIdConnect + "/auth\","
                + "\"token_endpoint\":\"" + openIdConnect + "/token\","
                + "\"jwks_uri\":\"" + openIdConnect + "/certs\","
                + "\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"],"
                + "\"grant_types_supported\":[\"authorization_code\",\"client_credentials\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\"]"
                + "}";
    }

    static String jwks(RSAPublicKey publicKey, String keyId) {
        RsaJsonWebKey jwk = new RsaJsonWebKey(publicKey);
        jwk.setKeyId(keyId);
        jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        jwk.setUse("sig");
        return new JsonWebKeySet(jwk).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }
}
