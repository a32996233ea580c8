package dev.handbook.render.diagram;

import dev.handbook.model.Formats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A vertical duration axis from zero at {@code bottom} up to a round duration at {@code top}, with ticks at round
 * steps ({@code 5m}, {@code 30m}, {@code 2h}, …) labelled the way pages print durations. Immutable.
 */
record DurationScale(long maxSeconds, long stepSeconds, double top, double bottom) {

    private static final long[] STEPS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200,
            86400, 172800, 604800, 2592000};
    private static final int MAX_INTERVALS = 4;

    /** A scale tall enough for {@code largest}, with headroom for a label above the highest point. */
    static DurationScale upTo(Duration largest, double top, double bottom) {
        long wanted = Math.max(1, (long) Math.ceil(largest.getSeconds() * 1.12));
        long step = STEPS[STEPS.length - 1];
        for (long candidate : STEPS) {
            if (Math.ceil((double) wanted / candidate) <= MAX_INTERVALS) {
                step = candidate;
                break;
            }
        }
        long max = (long) Math.ceil((double) wanted / step) * step;
        return new DurationScale(max, step, top, bottom);
    }

    double y(Duration d) {
        return Svg.round(bottom - (bottom - top) * d.getSeconds() / maxSeconds);
    }

    List<AxisTick> ticks() {
        List<AxisTick> ticks = new ArrayList<>();
        for (long s = 0; s <= maxSeconds; s += stepSeconds) {
            ticks.add(new AxisTick(y(Duration.ofSeconds(s)), Formats.duration(Duration.ofSeconds(s)), true));
        }
        return ticks;
    }
}
