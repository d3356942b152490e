package io.quotetrail.gateway.rest.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class MaxUtf8BytesValidator implements ConstraintValidator<MaxUtf8Bytes, String> {

    private long maxBytes;

    @Override
    public void initialize(MaxUtf8Bytes annotation) {
        maxBytes = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || utf8Length(value, maxBytes) <= maxBytes;
    }

    /** Counts UTF-8 bytes without encoding the string; stops counting once past {@code limit}. */
    static long utf8Length(CharSequence text, long limit) {
        long bytes = 0;
        for (int i = 0, n = text.length(); i < n && bytes <= limit; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                // BMP character, or a lone surrogate which Java's encoder writes as a 3-byte replacement.
                bytes += 3;
            }
        }
        return bytes;
    }
}
