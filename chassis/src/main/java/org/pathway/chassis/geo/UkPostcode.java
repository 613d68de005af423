package org.pathway.chassis.geo;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string is a UK postcode in the strict {@link Postcodes} format. Null is valid: combine
 * with {@code @NotNull} where the postcode is required. The message never repeats the value.
 */
@Documented
@Constraint(validatedBy = UkPostcodeValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UkPostcode {

    String message() default "must be a UK postcode";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
