package dev.handbook.source;

import java.nio.file.Path;

/** Turns file paths into the short, stable form shown to users: relative to a base folder, with forward slashes. */
public final class DisplayPaths {

    private final Path base;

    public DisplayPaths(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    public String of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
