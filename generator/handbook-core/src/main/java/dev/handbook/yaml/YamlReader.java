package dev.handbook.yaml;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one YAML document into a {@link YamlNode} tree with positions, using SnakeYAML's composer, which resolves
 * aliases to the value of their anchor (within SnakeYAML's limit of aliases per file, against alias bombs).
 *
 * <p>Syntax errors, duplicate keys, a second document and oversized text are reported to {@link Diagnostics}; a text
 * with a syntax error yields nothing. Thread-safe: each call has its own composer.
 */
public final class YamlReader {

    /** SnakeYAML's own limit on the text it reads: 3 MiB of characters. */
    public static final int MAX_CODE_POINTS = new LoaderOptions().getCodePointLimit();

    /**
     * Parses {@code text}, which starts at line {@code firstLine} of the file {@code path} (1 for a whole YAML file, 2
     * for front matter after a {@code ---} line).
     */
    public Optional<YamlNode> read(String text, String path, int firstLine, Diagnostics diagnostics) {
        return parse(text, path, firstLine, false, diagnostics).stream().findFirst();
    }

    /**
     * Every document of {@code text}, a whole file: for files a tool writes with {@code ---} between objects
     * ({@code kubectl get … -o yaml} of several, concatenated). Empty documents are left out.
     */
    public List<YamlNode> readAll(String text, String path, Diagnostics diagnostics) {
        return parse(text, path, 1, true, diagnostics);
    }

    private List<YamlNode> parse(String text, String path, int firstLine, boolean all, Diagnostics diagnostics) {
        if (text.length() > MAX_CODE_POINTS && text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            diagnostics.error("yaml.too-large", SourcePosition.of(path, firstLine, 1),
                    "The YAML is larger than " + MAX_CODE_POINTS / (1024 * 1024) + " MiB, the most handbook reads.",
                    "Move long text into the record's Markdown or AsciiDoc body, or split the record.");
            return List.of();
        }
        String source = text;
        for (int attempt = 0; ; attempt++) {
            try {
                return documents(source, path, firstLine, all, diagnostics);
            } catch (MarkedYAMLException e) {
                Optional<String> retried = attempt < source.length() ? YamlTabs.separatorAsSpace(source, e) : Optional.empty();
                if (retried.isEmpty()) {
                    diagnostics.error(YamlErrors.code(e), YamlErrors.position(e, path, firstLine),
                            "Invalid YAML: " + YamlErrors.message(e) + ".", YamlErrors.hint(e));
                    return List.of();
                }
                source = retried.get();
            } catch (YAMLException e) {
                diagnostics.error(YamlErrors.code(e), SourcePosition.of(path, firstLine, 1),
                        "Invalid YAML: " + YamlErrors.firstLine(e.getMessage()) + ".", YamlErrors.hint(e));
                return List.of();
            }
        }
    }

    /**
     * The documents that hold anything; unless {@code all}, only the first, and a later one that holds anything is
     * reported, since its fields would be lost.
     */
    private static List<YamlNode> documents(String text, String path, int firstLine, boolean all, Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        Iterator<Node> documents = new Yaml(new LoaderOptions()).composeAll(new StringReader(text)).iterator();
        List<YamlNode> read = new ArrayList<>();
        boolean first = true;
        while (documents.hasNext()) {
            Node document = documents.next();
            if (all || first) {
                YamlNode node = new YamlTree(path, firstLine - 1, own).node(document);
                if (!(node instanceof YamlScalar scalar && scalar.isNull())) {
                    read.add(node);
                }
                first = false;
            } else if (!isEmpty(document)) {
                Mark at = document.getStartMark();
                own.error("yaml.documents", SourcePosition.of(path, at.getLine() + firstLine, at.getColumn() + 1),
                        "A second YAML document starts here, after a `---` line; a file holds one record.",
                        "Remove the `---` line and merge the fields into the first document, or move them to a file of their own.");
            }
        }
        own.sorted().forEach(diagnostics::report); // only once the whole text parsed: a retry must not report twice
        return read;
    }

    private static boolean isEmpty(Node document) {
        return document instanceof ScalarNode scalar && scalar.getValue().isEmpty();
    }
}
