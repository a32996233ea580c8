package dev.handbook.layout;

import java.util.stream.Collectors;

/**
 * The {@code site/handbook.yaml} that {@code handbook init} writes for a {@link Layout}: the title, the sources found
 * (unless everything is in today's {@code content/<kind>/} folders), the files no format reads as excludes, and
 * placeholders for required fields, each commented with what it stands for, so a person can review it at a glance.
 */
public final class InitialConfig {

    private InitialConfig() {}

    public static String yaml(Layout layout) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Written by `handbook init` from the folders found in this repository. Review it, then run `handbook build`.\n");
        yaml.append("title: ").append(quote(layout.title())).append('\n');
        if (!layout.needsSources()) {
            return yaml.toString();
        }
        yaml.append("sources:\n");
        for (FoundSource source : layout.sources()) {
            yaml.append("  - path: ").append(quote(source.path())).append("   # ").append(source.summary()).append('\n');
            yaml.append("    kind: ").append(source.kind().key()).append('\n');
            if (!source.exclude().isEmpty()) {
                yaml.append("    exclude: [").append(source.exclude().stream().map(f -> quote(glob(f))).collect(Collectors.joining(", ")))
                        .append("]   # no format reads these\n");
            }
            if (!source.defaults().isEmpty()) {
                yaml.append("    defaults:   # placeholders for records that do not set these; replace with real values\n");
                source.defaults().forEach((field, value) -> yaml.append("      ").append(field).append(": ").append(quote(value)).append('\n'));
            }
        }
        return yaml.toString();
    }

    /** A file name as a glob that matches only itself. */
    private static String glob(String name) {
        StringBuilder glob = new StringBuilder();
        for (char c : name.toCharArray()) {
            if ("\\*?[]{}".indexOf(c) >= 0) {
                glob.append('\\');
            }
            glob.append(c);
        }
        return glob.toString();
    }

    /** A YAML double-quoted scalar, so no name is read as another type or breaks the line; control characters dropped. */
    private static String quote(String text) {
        String clean = text.codePoints().filter(c -> c >= 0x20 && c != 0x7f)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return '"' + clean.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
