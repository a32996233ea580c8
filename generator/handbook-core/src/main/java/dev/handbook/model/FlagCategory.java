package dev.handbook.model;


/**
 * What a freshness flag is about. {@code --fail-on} and {@code fail_on} name the categories that fail a build;
 * {@link #DUE_SOON} is a heads-up and never fails one.
 */
public enum FlagCategory implements WireValue {
    /** Runbooks past their review date or never reviewed; ADRs past {@code review_by}. */
    STALE,
    /** SPOFs and services whose drill, chaos experiment or backup verification is overdue. */
    OVERDUE,
    /** Open action items past their due date. */
    ACTION_ITEMS,
    /** Reviews due within {@code review.due_soon}. */
    DUE_SOON,
    /** Verification snippets that failed or timed out (a policy category; raised by the verify stage). */
    VERIFY
}
