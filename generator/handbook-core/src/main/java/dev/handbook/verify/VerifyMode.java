package dev.handbook.verify;

/** Whether a build runs verification snippets. */
public enum VerifyMode {
    /** Snippets are shown, not run. */
    OFF,
    /** Snippets run, reusing results cached within {@code verify.cache_for}. */
    CACHED,
    /** Snippets run, ignoring the cache. */
    FRESH
}
