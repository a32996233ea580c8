package dev.handbook.policy;

/**
 * A policy word that is not one of the valid ones. Its message lists them; the CLI turns it into a usage error, the
 * Maven plugin into a goal failure, both before the build starts.
 */
public final class PolicyWordException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    PolicyWordException(String message) {
        super(message);
    }
}
