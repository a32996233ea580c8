package dev.handbook;

/**
 * Bad options or environment, found before the pipeline starts (a missing content folder, an output folder that may
 * not be replaced) or while writing the site. Its message says what to do; content problems are never thrown.
 */
public final class HandbookException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HandbookException(String message) {
        super(message);
    }

    public HandbookException(String message, Throwable cause) {
        super(message, cause);
    }
}
