package dev.handbook.source;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlReader;
import dev.handbook.yaml.YamlScalar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The owner a file of a source gets when it names none: the first approver of the nearest Kubernetes-style
 * {@code OWNERS} file (its folder or any above it, up to the repository root), else the owner GitHub's
 * {@code CODEOWNERS} gives it ({@code .github/}, the root or {@code docs/}, the first found, as GitHub looks). An
 * {@code OWNERS} file is YAML with an {@code approvers:} list, or plain lines of owners ({@code #} comments and
 * {@code set …}, {@code per-file …}, {@code file:…} directives skipped). An owner file that cannot be read gives none.
 *
 * <p>Not thread-safe: one per scan; it remembers the owner files it has read.
 */
public final class OwnerFiles {

    /** The reason owner files under a source are counted as skipped. */
    public static final String SKIPPED = "OWNERS files (read as owners)";

    private static final Set<String> NAMES = Set.of("OWNERS", "CODEOWNERS");
    private static final List<String> CODEOWNERS = List.of(".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS");
    private static final Pattern APPROVERS = Pattern.compile("(?m)^approvers\\s*:");
    private static final Pattern DIRECTIVE = Pattern.compile("^(set\\s|per-file\\s|file:|include\\s).*");

    private final Path repository;
    private final DisplayPaths paths;
    private final Map<Path, Optional<CodeOwners.Owner>> owners = new HashMap<>();
    private Optional<CodeOwners> codeOwners;

    public OwnerFiles(Path repository, DisplayPaths paths) {
        this.repository = repository;
        this.paths = paths;
    }

    public static boolean isOwnerFile(Path file) {
        return NAMES.contains(file.getFileName().toString());
    }

    /** {@code defaults} with {@code owner} set to the owner of {@code file}'s owner files, when they give one. */
    YamlMap defaults(YamlMap defaults, Path file) {
        Optional<CodeOwners.Owner> owner = ownerOf(file);
        if (owner.isEmpty()) {
            return defaults;
        }
        List<YamlMap.Entry> entries = new ArrayList<>(defaults.entries().stream().filter(e -> !e.key().equals("owner")).toList());
        SourcePosition at = owner.get().where();
        entries.add(new YamlMap.Entry("owner", at, new YamlScalar(owner.get().name(), false, at)));
        return new YamlMap(entries, defaults.position());
    }

    /** Whether the owner files of the repository give {@code file} an owner. */
    public boolean owns(Path file) {
        return ownerOf(file).isPresent();
    }

    private Optional<CodeOwners.Owner> ownerOf(Path file) {
        for (Path folder = file.getParent(); folder != null && folder.startsWith(repository); folder = folder.getParent()) {
            Optional<CodeOwners.Owner> owner = owners.computeIfAbsent(folder, this::owners);
            if (owner.isPresent()) {
                return owner;
            }
        }
        if (codeOwners == null) {
            codeOwners = CODEOWNERS.stream().map(repository::resolve).filter(Files::isRegularFile).findFirst()
                    .flatMap(f -> text(f).map(t -> CodeOwners.parse(t, paths.of(f))));
        }
        return codeOwners.flatMap(c -> c.ownerOf(repository.relativize(file).toString().replace('\\', '/')));
    }

    /** The first owner the {@code OWNERS} file of {@code folder} names, if it has one. */
    private Optional<CodeOwners.Owner> owners(Path folder) {
        Path file = folder.resolve("OWNERS");
        Optional<String> text = Files.isRegularFile(file) ? text(file) : Optional.empty();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String shown = paths.of(file);
        if (APPROVERS.matcher(text.get()).find()) {
            return new YamlReader().read(text.get(), shown, 1, new Diagnostics()).filter(YamlMap.class::isInstance)
                    .flatMap(map -> ((YamlMap) map).entry("approvers")).map(YamlMap.Entry::value)
                    .filter(YamlList.class::isInstance).flatMap(list -> ((YamlList) list).items().stream().findFirst())
                    .filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast)
                    .map(s -> new CodeOwners.Owner(s.text().replaceFirst("^@", ""), s.position()));
        }
        String[] lines = text.get().split("\r\n|\r|\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceFirst("#.*$", "").strip();
            if (!line.isEmpty() && !DIRECTIVE.matcher(line).matches()) {
                return Optional.of(new CodeOwners.Owner(line.split("\\s+")[0].replaceFirst("^@", ""),
                        SourcePosition.of(shown, i + 1, lines[i].indexOf(line) + 1)));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(Path file) {
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // an unreadable owner file gives no owner; the record's own checks still apply
        }
    }
}
