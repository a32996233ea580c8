package dev.handbook.parse;

import dev.handbook.model.ValueFormats;
import dev.handbook.source.SourceFile;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule that turns a file name into a record id, and the folding that makes ids match regardless of case.
 *
 * <p>From a file name (without its extension): accents are taken off letters ({@code é} → {@code e}), case is folded,
 * spaces and {@code _} become {@code -}, every other character that an id cannot hold (anything but {@code a-z},
 * {@code 0-9}, {@code .} and {@code -}) is dropped, runs of dashes become one, and leading and trailing dashes and dots go.
 * So {@code ADR-1} is {@code adr-1}, {@code PM2019-009 - Kubernetes IP starvation} is
 * {@code pm2019-009-kubernetes-ip-starvation} and {@code AlertmanagerClusterCrashlooping} is
 * {@code alertmanagerclustercrashlooping}. A file name that leaves nothing needs an explicit {@code id:}.
 */
public final class FileIds {

    /** Ids whose page would be one the site writes itself: {@code <kind folder>/index.html}. */
    public static final Set<String> RESERVED = Set.of("index");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_]+");
    private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9.-]+");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final Pattern EDGES = Pattern.compile("^[.-]+|[.-]+$");

    /**
     * File names a tool gives the output of every run alike ({@code chaos run} writes {@code journal.json}), so a folder
     * per run tells them apart: such a file's id leads with its folder's name.
     */
    private static final Set<String> PER_RUN_NAMES = Set.of("journal");

    private FileIds() {}

    /**
     * The id {@code file} gets when it sets none: {@link #fromFileName} of its name, or of its folder's name and its
     * name when a tool names every run's file alike: {@code runs/2026-11-18T1430/journal.json} is
     * {@code 2026-11-18t1430-journal}, {@code chaos-redis/journal.json} is {@code chaos-redis-journal}.
     */
    public static String of(SourceFile file) {
        Path folder = file.file().toAbsolutePath().normalize().getParent();
        boolean perRun = PER_RUN_NAMES.contains(ValueFormats.foldId(file.stem())) && folder != null && folder.getFileName() != null;
        return fromFileName(perRun ? folder.getFileName() + "-" + file.stem() : file.stem());
    }

    /** The id a file called {@code stem} gets when it sets none; empty when nothing of the name is left. */
    public static String fromFileName(String stem) {
        String plain = MARKS.matcher(Normalizer.normalize(stem, Normalizer.Form.NFKD)).replaceAll("");
        String id = NOT_ID.matcher(SEPARATORS.matcher(ValueFormats.foldId(plain)).replaceAll("-")).replaceAll("");
        return EDGES.matcher(DASHES.matcher(id).replaceAll("-")).replaceAll("");
    }
}
