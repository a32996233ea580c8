/**
 * The verify stage: the verification snippets of the records, run.
 *
 * <p>Takes the snippets of the entries and a {@link dev.handbook.verify.VerifyMode}; gives a
 * {@link dev.handbook.verify.VerificationReport}, every snippet with its {@link dev.handbook.verify.SnippetResult}
 * (pass, fail, timeout or skipped, output capped and secrets masked), empty when verification is off.
 * {@link dev.handbook.verify.SnippetVerifier} runs them in parallel under their timeouts, each isolated in a PID
 * namespace ({@link dev.handbook.verify.SnippetIsolation}); {@link dev.handbook.verify.ResultCache} reuses results
 * within {@code verify.cache_for} unless fresh; {@link dev.handbook.verify.JUnitXmlWriter} writes them for CI.
 *
 * <p>Later stages (freshness counts restores a snippet proves; render shows results under snippets) may rely on the
 * report being immutable and in record order. Uses only {@code model}.
 */
package dev.handbook.verify;
