package io.quotetrail.gateway.rest.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class IsoDateValidator implements ConstraintValidator<IsoDate, String> {

    // STRICT refuses dates that do not exist instead of moving them to the end of the month.
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        // Empty is the same as absent, as in the gRPC contract.
        if (value == null || value.isEmpty()) {
            return true;
        }
        try {
            LocalDate.parse(value, ISO_DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
