/**
 * The policy every front end shares: what the CLI, the Maven plugin and the preview accept and say about a build.
 *
 * <p>Takes the words of {@code --fail-on} / {@code handbook.failOn} and {@code --verify} / {@code handbook.verify}, and a
 * finished {@link dev.handbook.BuildResult}. Gives {@link dev.handbook.policy.PolicyWords} (one set of words; an unknown
 * one is a {@link dev.handbook.policy.PolicyWordException} listing the valid ones), {@link dev.handbook.policy.Verdict}
 * (pass, or the first reason not to: content, then snippets, then flags, which the CLI's exit codes and the plugin's
 * failures follow) and {@link dev.handbook.policy.ReportLines} (summary, failure, flag, snippet and freshness lines,
 * worded once; a {@link dev.handbook.policy.FrontEnd} names the options, an {@link dev.handbook.policy.Emphasis} colours).
 *
 * <p>The last package: it reads the facade's result and every stage may be read by it, none reads it.
 */
package dev.handbook.policy;
