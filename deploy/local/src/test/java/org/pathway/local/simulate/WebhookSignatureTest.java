package org.pathway.local.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTimestampDotRawBodyWithHmacSha256InLowerCaseHexAsOpensslDoes() {
        // printf '%s.%s' 1700000000 '{"events":[]}' | openssl dgst -sha256 -hmac 'whsec_test' -hex
        assertThat(WebhookSignature.header("whsec_test", 1_700_000_000L, "{\"events\":[]}"))
                .isEqualTo("t=1700000000,v1=4f6f9b7a41398ad124e52a1320534f978e522923f3f2b2724e31d7a9dbf78a7f");
    }

    @Test
    void anyChangeToTheBodyOrTimeChangesTheSignature() {
        String signed = WebhookSignature.header("whsec_test", 1_700_000_000L, "{\"events\":[]}");
        assertThat(WebhookSignature.header("whsec_test", 1_700_000_001L, "{\"events\":[]}")).isNotEqualTo(signed);
        assertThat(WebhookSignature.header("whsec_test", 1_700_000_000L, "{\"events\": []}")).isNotEqualTo(signed);
        assertThat(WebhookSignature.header("whsec_other", 1_700_000_000L, "{\"events\":[]}")).isNotEqualTo(signed);
    }
}
