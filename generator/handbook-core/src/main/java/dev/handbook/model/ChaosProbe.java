package dev.handbook.model;

/**
 * One probe of a steady-state hypothesis, checked before the fault and again after it.
 *
 * @param tolerance what the probe had to return, as the tool wrote it ({@code 200}, {@code [0, 0.5]}); may be empty
 * @param before its result before the fault; null when it was not checked
 * @param after its result after the fault; null when it was not checked (the run stopped first)
 */
public record ChaosProbe(String name, String tolerance, ProbeResult before, ProbeResult after) {}
