package dev.handbook.cli;

import dev.handbook.policy.PolicyWordException;
import dev.handbook.policy.PolicyWords;
import dev.handbook.verify.VerifyMode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --verify} (cached results allowed), {@code --verify=fresh} and {@code --verify=off} by {@link PolicyWords}. */
final class VerifyModeConverter implements ITypeConverter<VerifyMode> {

    @Override
    public VerifyMode convert(String value) {
        try {
            return PolicyWords.verifyMode(value);
        } catch (PolicyWordException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
