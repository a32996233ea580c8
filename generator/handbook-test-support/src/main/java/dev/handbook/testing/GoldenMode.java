package dev.handbook.testing;

/**
 * What a golden-file assertion does besides comparing, chosen by a system property for the whole test run.
 *
 * <pre><code>
 * mvn … verify -Dhandbook.updateGolden=true   # write X.new beside each differing golden X, and fail
 * mvn … verify -Dhandbook.acceptGolden=true   # move each X.new over X, then compare as usual
 * </code></pre>
 */
public enum GoldenMode {
    /** Compare; a pending {@code .new} file fails the test, so none is forgotten or committed. */
    CHECK,
    /** Compare; write what differs as {@code .new} files for review, then fail. Never touches a golden. */
    UPDATE,
    /** Take the pending {@code .new} files as the goldens, then compare. */
    ACCEPT;

    public static final String UPDATE_PROPERTY = "handbook.updateGolden";
    public static final String ACCEPT_PROPERTY = "handbook.acceptGolden";

    /** The mode the properties of this run select; both at once is a mistake worth stopping for. */
    public static GoldenMode current() {
        boolean update = Boolean.getBoolean(UPDATE_PROPERTY);
        boolean accept = Boolean.getBoolean(ACCEPT_PROPERTY);
        if (update && accept) {
            throw new IllegalStateException("Set -D" + UPDATE_PROPERTY + " or -D" + ACCEPT_PROPERTY + ", not both: review the .new files in between.");
        }
        return update ? UPDATE : accept ? ACCEPT : CHECK;
    }
}
