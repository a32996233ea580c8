package dev.handbook.verify;

import dev.handbook.model.WireValue;

/** How a verification snippet ended. */
public enum SnippetStatus implements WireValue {
    PASS,
    FAIL,
    TIMEOUT,
    SKIPPED;

    public boolean failed() {
        return this == FAIL || this == TIMEOUT;
    }
}
