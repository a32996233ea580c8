package dev.handbook.preview;

import java.time.Duration;

/**
 * How many live-reload streams may be open at once, and how often an idle one gets a heartbeat comment: the write
 * that finds a closed connection is what removes a browser that left without saying so.
 */
record StreamLimits(int maxStreams, Duration heartbeat) {

    /** Far more than one person's tabs (a browser keeps at most 6 connections per server), few enough to stay small. */
    static final StreamLimits DEFAULTS = new StreamLimits(512, Duration.ofSeconds(15));

    StreamLimits {
        if (maxStreams < 1 || heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("maxStreams must be positive and heartbeat longer than zero: " + maxStreams + ", " + heartbeat);
        }
    }
}
