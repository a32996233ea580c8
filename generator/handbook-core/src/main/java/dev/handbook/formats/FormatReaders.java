package dev.handbook.formats;

import java.util.List;
import java.util.Optional;

/**
 * The registered {@link FormatReader}s. {@code format: auto} asks them in order, so more specific formats come before
 * more general ones.
 *
 * <p>Immutable and thread-safe.
 */
public final class FormatReaders {

    /** The {@code format:} that picks handbook's own format or a reader per file; the default. */
    public static final String AUTO = "auto";
    /** The {@code format:} of handbook's own front matter and YAML records. */
    public static final String NATIVE = "native";

    private final List<FormatReader> readers;

    private FormatReaders(List<FormatReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** Exactly {@code readers}, in this order: for tests and embedders that bring formats of their own. */
    public static FormatReaders of(List<FormatReader> readers) {
        return new FormatReaders(readers);
    }

    /**
     * Every format handbook reads, most specific first: adr-tools (a numbered H1 and a {@code ## Status} section)
     * before MADR (metadata lines, a metadata table or MADR's front matter); GOV.UK tech docs ({@code .html.md.erb})
     * before any other Markdown runbook; Markdown postmortems; evidence: Chaos Toolkit journals, LitmusChaos
     * ChaosResults, pgBackRest info, then the readers that also name any other Kubernetes object's kind in their
     * sources: Chaos Mesh (chaos) and Velero (backups, restores).
     */
    public static FormatReaders standard() {
        AdrStatusTable statuses = AdrStatusTable.standard();
        return new FormatReaders(List.of(new AdrToolsReader(statuses), new MadrReader(statuses), new GovukTechDocsReader(),
                new MarkdownRunbookReader(), new MarkdownPostmortemReader(), new ChaosToolkitReader(), new LitmusReader(),
                new PgBackRestReader(), new ChaosMeshReader(), new VeleroReader()));
    }

    /** These readers reading ADR statuses with a site's {@code statuses} table. */
    public FormatReaders withStatuses(AdrStatusTable statuses) {
        return new FormatReaders(readers.stream().map(r -> r.withStatuses(statuses)).toList());
    }

    /** The reader a source's {@code format:} names. */
    public Optional<FormatReader> named(String name) {
        return readers.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The first reader that recognises {@code input} and reads its kind. */
    public Optional<FormatReader> detect(FormatInput input) {
        return readers.stream().filter(r -> r.kinds().contains(input.kind()) && r.recognises(input)).findFirst();
    }

    /** The names {@code format:} accepts besides {@code auto}, for messages that list them. */
    public List<String> names() {
        return readers.stream().map(FormatReader::name).toList();
    }
}
