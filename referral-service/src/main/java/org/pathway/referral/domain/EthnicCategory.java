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

/** The annotated string is an NHS Data Dictionary ethnic category code ({@link EthnicCategories}); null is valid. */
@Documented
@Constraint(validatedBy = EthnicCategory.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface EthnicCategory {

    String message() default "must be an NHS Data Dictionary ethnic category code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<EthnicCategory, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || EthnicCategories.isValid(value);
        }
    }
}
