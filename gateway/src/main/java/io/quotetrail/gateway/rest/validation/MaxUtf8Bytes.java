package io.quotetrail.gateway.rest.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The string, encoded as UTF-8, is at most {@link #value()} bytes. A violation is a payload that is too large,
 * answered with 413 rather than 400.
 */
@Documented
@Constraint(validatedBy = MaxUtf8BytesValidator.class)
@Target({ FIELD, METHOD, PARAMETER })
@Retention(RUNTIME)
public @interface MaxUtf8Bytes {

    int value();

    String message() default "is too large";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
