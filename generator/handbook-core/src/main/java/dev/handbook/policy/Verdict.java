package dev.handbook.policy;

import dev.handbook.BuildResult;

/**
 * Whether a finished build or check passes, and if not, the first reason in the order the CLI's exit codes and the
 * plugin's failures both follow: content errors, then failed snippets, then freshness flags.
 */
public enum Verdict {
    /** Nothing fails the build. */
    PASS,
    /** Errors in the content, or warnings under strict. */
    CONTENT,
    /** Snippets failed or timed out, and the policy names {@code verify}. */
    VERIFY,
    /** Freshness flags in a category the policy names. */
    FLAGS;

    public static Verdict of(BuildResult result) {
        if (result.failed()) {
            return CONTENT;
        }
        if (result.verificationFailed()) {
            return VERIFY;
        }
        return result.failingFlags().isEmpty() ? PASS : FLAGS;
    }
}
