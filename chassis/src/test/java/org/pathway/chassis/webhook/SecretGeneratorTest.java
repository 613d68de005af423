package org.pathway.chassis.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SecretGeneratorTest {

    @Test
    void prefixesWhsecAndEncodes32RandomBytesAsUnpaddedBase64Url() {
        String secret = SecretGenerator.newSecret();
        assertThat(secret).startsWith("whsec_").hasSize(6 + 43).matches("whsec_[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(secret.substring(6))).hasSize(32);
    }

    @Test
    void neverRepeatsASecret() {
        long distinct = IntStream.range(0, 200).mapToObj(i -> SecretGenerator.newSecret()).distinct().count();
        assertThat(distinct).isEqualTo(200);
    }
}
