package dev.handbook.config;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.FlagCategories;
import dev.handbook.model.Cadence;
import dev.handbook.model.EntryKind;
import dev.handbook.schema.FieldReader;
import dev.handbook.schema.Fields;
import dev.handbook.schema.ConfigSchema;
import dev.handbook.yaml.YamlReader;
import java.time.Period;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads {@code handbook.yaml} into a {@link HandbookConfig}. A missing file means defaults; problems in it are
 * diagnostics like any content error.
 */
public final class ConfigLoader {

    public static final String FILE_NAME = "handbook.yaml";

    /**
     * @param text the file's text, or null when the site has no config file
     * @param displayPath the file's path as shown to users
     */
    public HandbookConfig load(String text, String displayPath, Diagnostics diagnostics) {
        HandbookConfig defaults = HandbookConfig.defaults();
        if (text == null) {
            return defaults;
        }
        Fields f =
                new YamlReader()
                        .read(text, displayPath, 1, diagnostics)
                        .map(node -> new FieldReader().read(node, ConfigSchema.SITE, diagnostics))
                        .orElse(null);
        if (f == null) {
            return defaults;
        }
        Fields review = f.object("review");
        Fields cadence = f.object("cadence");
        Cadence fallback = defaults.cadence();
        return new HandbookConfig(
                f.string("title", defaults.title()),
                f.string("description", defaults.description()),
                folders(f.object("folders"), diagnostics),
                orElse(review.period("every"), defaults.reviewEvery()),
                orElse(review.period("due_soon"), defaults.dueSoon()),
                new Cadence(
                        orElse(cadence.period("drill"), fallback.drill()),
                        orElse(cadence.period("chaos"), fallback.chaos()),
                        orElse(cadence.period("backup"), fallback.backup()),
                        orElse(cadence.period("restore"), fallback.restore())),
                f.object("markdown").bool("raw_html", false),
                f.strings("fail_on").stream().map(FlagCategories::parse).flatMap(java.util.Optional::stream).collect(java.util.stream.Collectors.toSet()),
                f.object("verify").bool("enabled", false),
                f.object("verify").duration("cache_for") != null ? f.object("verify").duration("cache_for") : defaults.verifyCacheFor(),
                f.bool("offline", false),
                new SourcesReader().read(f.objects("sources"), diagnostics),
                f.has("sources"),
                new AdrStatusesReader().read(f.object("adr_statuses"), diagnostics),
                new SourcesReader().alertSources(f.objects("sources"), diagnostics),
                SiteUrls.baseUrl(f, diagnostics),
                SiteUrls.editUrl(f, diagnostics));
    }

    private static Map<EntryKind, String> folders(Fields f, Diagnostics diagnostics) {
        Map<EntryKind, String> folders = new EnumMap<>(EntryKind.class);
        Map<String, EntryKind> claimed = new HashMap<>();
        for (EntryKind kind : EntryKind.values()) {
            String folder = f.string(kind.key(), kind.defaultFolder()).replace('\\', '/');
            if (folder.isBlank() || folder.startsWith("/") || folder.contains("..")) {
                diagnostics.error(
                        "config.folder",
                        f.position(kind.key()),
                        "Folder '" + folder + "' for " + kind.key() + " must be a relative path inside the content folder.",
                        "Write a path such as `" + kind.defaultFolder() + "`.");
                folder = kind.defaultFolder();
            }
            EntryKind other = claimed.putIfAbsent(folder, kind);
            if (other != null) {
                SourcePosition at = f.position(kind.key());
                diagnostics.error(
                        "config.folder",
                        at,
                        "Folder '" + folder + "' is used for both " + other.key() + " and " + kind.key() + ".",
                        "Give each kind its own folder.");
            }
            folders.put(kind, folder);
        }
        return folders;
    }

    private static Period orElse(Period value, Period fallback) {
        return value == null ? fallback : value;
    }
}
