package dev.handbook.model;

import java.util.Arrays;
import java.util.Optional;

/** Reads flag categories as written in {@code --fail-on} and {@code fail_on}. */
public final class FlagCategories {

    private FlagCategories() {}

    public static Optional<FlagCategory> parse(String word) {
        return Arrays.stream(FlagCategory.values()).filter(c -> c.wire().equals(word.strip())).findFirst();
    }
}
