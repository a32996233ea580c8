package dev.handbook.cli;

import dev.handbook.verify.VerifyMode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --verify} (cached results allowed) and {@code --verify=fresh} (everything runs again). */
final class VerifyModeConverter implements ITypeConverter<VerifyMode> {

    @Override
    public VerifyMode convert(String value) {
        switch (value) {
            case "":
            case "cached":
                return VerifyMode.CACHED;
            case "fresh":
                return VerifyMode.FRESH;
            case "off":
                return VerifyMode.OFF;
            default:
                throw new TypeConversionException("'" + value + "' is not a verify mode; use --verify, --verify=fresh or --verify=off");
        }
    }
}
