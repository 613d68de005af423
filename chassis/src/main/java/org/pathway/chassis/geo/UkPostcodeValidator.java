package org.pathway.chassis.geo;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link UkPostcode}. */
public class UkPostcodeValidator implements ConstraintValidator<UkPostcode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Postcodes.isValid(value);
    }
}
