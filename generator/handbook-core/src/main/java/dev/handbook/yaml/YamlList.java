package dev.handbook.yaml;

import dev.handbook.diagnostics.SourcePosition;
import java.util.List;

/** A YAML sequence. */
public record YamlList(List<YamlNode> items, SourcePosition position) implements YamlNode {

    public YamlList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
