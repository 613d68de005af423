package org.pathway.referral.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pathway.chassis.problem.FieldError;
import org.pathway.referral.api.ReferralRequestValidator;
import org.pathway.referral.api.dto.ReferralRequest;
import org.pathway.referral.domain.NewReferral;

/**
 * Our rules on a structurally valid message: the JSON door's own, run on the mapped referral (its Bean
 * Validation constraints, then {@link ReferralRequestValidator}), so NHS number modulus 11, dates, postcode,
 * consent and vocabulary are checked once, in one place. Refusals name the FHIRPath of each field.
 */
@ApplicationScoped
public class BarsRules {

    private final Validator validator;

    public BarsRules(Validator validator) {
        this.validator = validator;
    }

    /** The referral intake takes, or a 422 ({@code REC_UNPROCESSABLE_ENTITY}) naming each element to fix. */
    public NewReferral check(BarsReferralMapper.Mapped mapped) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<ReferralRequest> violation : validator.validate(mapped.request())) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        if (errors.isEmpty()) {
            errors.addAll(ReferralRequestValidator.validate(mapped.request()));
        }
        if (!errors.isEmpty()) {
            throw FhirFailure.unprocessable(errors.stream()
                    .sorted(Comparator.comparing(FieldError::field))
                    .map(error -> new FhirIssue(mapped.paths().of(error.field()),
                            fieldName(error.field()) + " " + error.message()))
                    .distinct().toList());
        }
        return ReferralRequestValidator.toNewReferral(mapped.request());
    }

    /** The referral field in words the sender can place ("youngPerson.nhsNumber"), never its value. */
    private static String fieldName(String field) {
        return field.isEmpty() ? "referral" : field;
    }
}
