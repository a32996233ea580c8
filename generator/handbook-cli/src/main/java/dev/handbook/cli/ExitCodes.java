package dev.handbook.cli;

import dev.handbook.policy.Verdict;
import java.util.Map;
import java.util.TreeMap;

/** The exit codes of every handbook command, documented in {@code --help}. Values never change. */
public final class ExitCodes {

    private ExitCodes() {}

    /** Success: no errors (and, with {@code --strict}, no warnings). */
    public static final int OK = 0;

    /** The content has errors, or warnings under {@code --strict}. Every problem was printed. */
    public static final int CONTENT = 1;

    /**
     * Bad usage: an unknown option, a missing content folder, an output folder that may not be replaced; for
     * {@code serve}, a port another program holds; for {@code init}, a config that already exists (never overwritten) or a repository without records; for {@code new}, an
     * id that exists or an ADR that {@code --supersedes}, {@code --amends} or {@code --links} cannot link.
     */
    public static final int USAGE = 2;

    /** An internal error: a bug in handbook, or the site could not be written. */
    public static final int INTERNAL = 3;

    /** The content is valid, but freshness flags named by {@code --fail-on} (or {@code fail_on}) were raised. */
    public static final int POLICY = 4;

    /** Verification snippets failed or timed out, and {@code --fail-on verify} (or {@code fail_on}) says that fails. */
    public static final int VERIFY = 5;

    /** The exit code for a finished build or check: by the {@link Verdict} the Maven plugin fails on too. */
    static int of(dev.handbook.BuildResult result) {
        return switch (Verdict.of(result)) {
            case PASS -> OK;
            case CONTENT -> CONTENT;
            case VERIFY -> VERIFY;
            case FLAGS -> POLICY;
        };
    }

    /** The documentation of every code, as shown in {@code --help}. */
    static final Map<String, String> HELP =
            new TreeMap<>(
                    Map.of(
                            String.valueOf(OK), "Success.",
                            String.valueOf(CONTENT), "Content errors (or warnings with --strict); each is listed as file:line:column.",
                            String.valueOf(USAGE), "Usage error: a bad option, a missing content folder, an output folder that is not safe to replace;"
                                    + " for serve, a port already in use; for init, a site/handbook.yaml that already exists or no records found;"
                                    + " for new, a record that exists or an ADR it cannot link (then nothing is written).",
                            String.valueOf(INTERNAL), "Internal error (a bug), or the site could not be written.",
                            String.valueOf(POLICY), "Policy: flags named by --fail-on (or fail_on in handbook.yaml) were raised: stale, overdue or action-items.",
                            String.valueOf(VERIFY), "Verification: snippets failed or timed out under --fail-on verify (or fail_on)."));
}
