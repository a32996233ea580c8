package dev.handbook.model;

import java.time.Duration;

/**
 * One step of a chaos run as the tool logged it.
 *
 * @param status as the tool wrote it: {@code succeeded}, {@code failed}, {@code skipped}…
 * @param started when it started ({@code 2026-11-18T13:30:05Z}); may be null
 * @param duration how long it ran; may be null
 */
public record ChaosActivity(String name, ActivityType type, String status, java.time.Instant started, Duration duration) {

    /** Whether it did not succeed, so the page marks it. */
    public boolean failed() {
        return status != null && status.equals("failed");
    }
}
