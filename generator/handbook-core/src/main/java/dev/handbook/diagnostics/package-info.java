/**
 * The one channel for problems, used by every stage: the first of the stages, so that all of them may report.
 *
 * <p>Takes nothing from the pipeline. Gives {@link dev.handbook.diagnostics.Diagnostics}, the thread-safe collector each
 * stage reports to and keeps going after (one run shows every problem); {@link dev.handbook.diagnostics.Diagnostic},
 * one problem as {@code file:line:column: severity: message hint [code]}; {@link dev.handbook.diagnostics.SourcePosition}
 * (display path, 1-based line and column); {@link dev.handbook.diagnostics.Suggestions} for "Did you mean …?" hints; and
 * {@link dev.handbook.diagnostics.DiagnosticSummary}, the per-code summary front ends print before a long list.
 *
 * <p>Later stages may rely on diagnostics being sortable by position ({@code Diagnostic.BY_POSITION}) and on
 * {@code format()} being the one line every front end prints. Imports nothing of handbook.
 */
package dev.handbook.diagnostics;
