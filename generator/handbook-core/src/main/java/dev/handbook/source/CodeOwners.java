package dev.handbook.source;

import dev.handbook.diagnostics.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GitHub {@code CODEOWNERS} file: {@code pattern @owner…} lines, the last line whose pattern matches a path giving
 * its owners, as GitHub decides. Patterns follow GitHub's gitignore rules: a pattern without a slash (or with only a
 * trailing one) matches at any depth, one with a slash is anchored at the repository root, a trailing {@code /} matches
 * what is under a folder, {@code *} stays within a segment (so {@code docs/*} owns no file of {@code docs/a/}) and
 * {@code **} crosses them. A matching line without owners
 * means no owner.
 *
 * <p>Immutable and thread-safe.
 */
final class CodeOwners {

    private static final Pattern LINE = Pattern.compile("^\\s*(\\S+)(.*)$");
    private static final Pattern OWNER = Pattern.compile("\\S+");

    /** One line: its pattern as a regex over repository-relative paths, and its first owner, where written. */
    private record Rule(Pattern path, Optional<Owner> owner) {}

    /** An owner as written, without GitHub's {@code @}, and where it was written. */
    record Owner(String name, SourcePosition where) {}

    private final List<Rule> rules;

    private CodeOwners(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Reads {@code text}, the file at {@code displayPath}. */
    static CodeOwners parse(String text, String displayPath) {
        List<Rule> rules = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceFirst("(^|\\s)#.*$", "");
            Matcher m = LINE.matcher(line);
            if (line.isBlank() || !m.matches()) {
                continue;
            }
            Matcher owner = OWNER.matcher(m.group(2));
            int lineNumber = i + 1;
            Optional<Owner> first = owner.find()
                    ? Optional.of(new Owner(owner.group().replaceFirst("^@", ""), SourcePosition.of(displayPath, lineNumber, m.start(2) + owner.start() + 1)))
                    : Optional.empty();
            rules.add(new Rule(regex(m.group(1)), first));
        }
        return new CodeOwners(rules);
    }

    /** The owner of {@code path} (relative to the repository root, forward slashes): the last matching line's. */
    Optional<Owner> ownerOf(String path) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            if (rules.get(i).path().matcher(path).matches()) {
                return rules.get(i).owner();
            }
        }
        return Optional.empty();
    }

    private static Pattern regex(String pattern) {
        boolean folder = pattern.endsWith("/");
        String p = folder ? pattern.substring(0, pattern.length() - 1) : pattern;
        boolean anchored = p.contains("/");
        p = p.startsWith("/") ? p.substring(1) : p;
        StringBuilder regex = new StringBuilder(anchored ? "" : "(?:.*/)?");
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (p.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (p.startsWith("**", i)) {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        // a pattern naming a folder owns everything under it; `docs/*` only the files directly in docs (GitHub's rule)
        regex.append(folder ? "/.*" : p.endsWith("/*") ? "" : "(?:/.*)?");
        return Pattern.compile(regex.toString());
    }
}
