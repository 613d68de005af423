package org.pathway.referral.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * The annotated date is on or after {@link #EARLIEST}: no date in a referral is older. It keeps impossible dates
 * (year -999999999, which PostgreSQL cannot store) out, and a birth or referral before 1900 is a typing error.
 * Null is valid.
 */
@Documented
@Constraint(validatedBy = NotBefore1900.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotBefore1900 {

    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    String message() default "must not be before 1900-01-01";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NotBefore1900, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(EARLIEST);
        }
    }
}
