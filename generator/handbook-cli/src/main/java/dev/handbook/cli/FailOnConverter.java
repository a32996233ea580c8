package dev.handbook.cli;

import dev.handbook.model.FlagCategory;
import dev.handbook.policy.PolicyWordException;
import dev.handbook.policy.PolicyWords;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --fail-on stale,overdue} by {@link PolicyWords}; an unknown word is a usage error listing the valid ones. */
final class FailOnConverter implements ITypeConverter<Set<FlagCategory>> {

    @Override
    public Set<FlagCategory> convert(String value) {
        try {
            return PolicyWords.failOn(value);
        } catch (PolicyWordException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
