package dev.handbook.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * The one channel every stage reports problems to. Stages keep going after reporting so that one run shows every
 * problem.
 *
 * <p>Thread-safe: conversion and rendering report from parallel workers.
 */
public final class Diagnostics {

    private final List<Diagnostic> reported = new ArrayList<>();

    public synchronized void report(Diagnostic diagnostic) {
        reported.add(diagnostic);
    }

    public void error(String code, SourcePosition where, String message, String hint) {
        report(new Diagnostic(Severity.ERROR, code, where, message, hint));
    }

    public void error(String code, SourcePosition where, String message) {
        error(code, where, message, "");
    }

    public void warning(String code, SourcePosition where, String message, String hint) {
        report(new Diagnostic(Severity.WARNING, code, where, message, hint));
    }

    public synchronized boolean hasErrors() {
        return reported.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** Everything reported so far, sorted by position; duplicates (same text at the same place) appear once. */
    public synchronized List<Diagnostic> sorted() {
        return reported.stream().distinct().sorted(Diagnostic.BY_POSITION).toList();
    }
}
