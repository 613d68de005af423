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
import java.util.regex.Pattern;

/**
 * The annotated string looks like an email address: one {@code @}, a dotted domain, plain text, at most 254
 * characters. Null is valid. Deliberately stricter than {@code @Email}, which takes {@code a@b}.
 */
@Documented
@Constraint(validatedBy = EmailAddress.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

    String message() default "must be an email address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<EmailAddress, String> {

        private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
        private static final int MAX_LENGTH = 254;

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null
                    || value.length() <= MAX_LENGTH && EMAIL.matcher(value).matches() && Text.isPlain(value);
        }
    }
}
