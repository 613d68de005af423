package org.pathway.referral.fhir;

import java.util.List;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A @QuarkusTest only to share the service's one FhirSupport (HAPI's classes cannot load twice in one JVM). */
@QuarkusTest
class FhirSupportTest {

    @Inject
    FhirSupport fhir;

    @ParameterizedTest
    @ValueSource(strings = {BarsExamples.ENGLAND, BarsExamples.ENGLAND_AS_PUBLISHED, BarsExamples.WALES,
            BarsExamples.WALES_CANCEL})
    void thePublishedExamplesAreValidR4(String example) {
        List<FhirIssue> issues = fhir.validate(BarsExamples.read(example));
        assertThat(issues).as(issues.toString()).isEmpty();
    }

    @Test
    void aDateThatIsNotADateIsNamedByItsFhirPathWithoutItsValue() {
        String broken = BarsExamples.read(BarsExamples.ENGLAND).replace("\"2005-03-14\"", "\"canary\"");

        List<FhirIssue> issues = fhir.validate(broken);

        assertThat(issues).extracting(FhirIssue::expression).contains("Bundle.entry[5].resource.birthDate");
        assertThat(issues.toString()).doesNotContain("canary");
    }

    @Test
    void textThatIsNotJsonIsOneIssueAboutTheBundle() {
        assertThat(fhir.validate("{\"resourceType\": \"Bun")).extracting(FhirIssue::expression)
                .containsExactly("Bundle");
    }
}
