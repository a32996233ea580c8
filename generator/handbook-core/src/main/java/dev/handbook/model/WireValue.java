package dev.handbook.model;

import java.util.Locale;

/** An enum whose constants are written in content as lower-case, dash-separated words. */
public interface WireValue {

    /** The spelling used in content files, e.g. {@code accepted-risk}. */
    default String wire() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
