package dev.handbook.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The kinds of record a handbook holds, with their default folder and the file forms each accepts. */
public enum EntryKind {
    RUNBOOK("runbook", "runbooks", "Runbook", "Runbooks", Set.of(SourceFormat.MARKDOWN, SourceFormat.ASCIIDOC)),
    ADR("adr", "adrs", "ADR", "Architecture decisions", Set.of(SourceFormat.MARKDOWN, SourceFormat.ASCIIDOC)),
    POSTMORTEM(
            "postmortem",
            "postmortems",
            "Postmortem",
            "Postmortems",
            Set.of(SourceFormat.MARKDOWN, SourceFormat.ASCIIDOC, SourceFormat.YAML, SourceFormat.JSON)),
    SPOF("spof", "spofs", "SPOF", "Single points of failure", Set.of(SourceFormat.YAML, SourceFormat.JSON)),
    DRILL("drill", "drills", "Drill", "Drills and game days", Set.of(SourceFormat.YAML, SourceFormat.JSON)),
    CHAOS("chaos", "chaos", "Chaos experiment", "Chaos experiments", Set.of(SourceFormat.YAML, SourceFormat.JSON)),
    SERVICE("service", "services", "Service", "Services", Set.of(SourceFormat.YAML, SourceFormat.JSON)),
    /** Evidence that backups were taken: pgBackRest info, Velero Backup objects, or a YAML record. */
    BACKUP("backup", "backups", "Backup", "Backups", Set.of(SourceFormat.YAML, SourceFormat.JSON));

    private final String key;
    private final String defaultFolder;
    private final String label;
    private final String pluralLabel;
    private final Set<SourceFormat> formats;

    EntryKind(String key, String defaultFolder, String label, String pluralLabel, Set<SourceFormat> formats) {
        this.key = key;
        this.defaultFolder = defaultFolder;
        this.label = label;
        this.pluralLabel = pluralLabel;
        this.formats = formats;
    }

    /** The lower-case name used in links ({@code runbook:x}), config keys and schema file names. */
    public String key() {
        return key;
    }

    /** The folder under content/ (and under the output) unless site config remaps it. */
    public String defaultFolder() {
        return defaultFolder;
    }

    public String label() {
        return label;
    }

    /** The kind in a sentence, with its article: {@code a runbook}, {@code an ADR}, {@code a SPOF}, {@code a chaos experiment}. */
    public String withArticle() {
        String word = label.equals(label.toUpperCase(java.util.Locale.ROOT)) ? label : label.toLowerCase(java.util.Locale.ROOT);
        // SPOF is said as a word ("spoff"), ADR letter by letter: only a vowel letter takes "an" here
        return ("AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    public String pluralLabel() {
        return pluralLabel;
    }

    public boolean accepts(SourceFormat format) {
        return formats.contains(format);
    }

    /**
     * The form of file {@code name} as a record of this kind, if it is one: a JSON file is a record only of a kind
     * that can be JSON (a tool's output), and any other file there (a {@code package.json}) is of unknown type.
     */
    public Optional<SourceFormat> formatOf(String name) {
        return SourceFormat.ofFileName(name).filter(format -> format != SourceFormat.JSON || accepts(format));
    }

    public static Optional<EntryKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(EntryKind::key).toList();
    }
}
