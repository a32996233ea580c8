package dev.handbook.cli;

import dev.handbook.model.FlagCategories;
import dev.handbook.model.FlagCategory;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --fail-on stale,overdue}; an unknown word is a usage error that lists the valid ones. */
final class FailOnConverter implements ITypeConverter<Set<FlagCategory>> {

    @Override
    public Set<FlagCategory> convert(String value) {
        Set<FlagCategory> categories = EnumSet.noneOf(FlagCategory.class);
        for (String word : value.split(",")) {
            if (word.isBlank()) {
                continue;
            }
            FlagCategory category = FlagCategories.parse(word)
                    .filter(c -> c != FlagCategory.DUE_SOON)
                    .orElseThrow(() -> new TypeConversionException(
                            "'" + word.strip() + "' is not a flag category; use stale, overdue, action-items or verify"));
            categories.add(category);
        }
        return categories;
    }
}
