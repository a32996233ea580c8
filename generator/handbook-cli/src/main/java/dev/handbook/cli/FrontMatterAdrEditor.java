package dev.handbook.cli;

import java.util.Locale;

/**
 * Edits the links of an ADR with YAML front matter. handbook's own front matter gets the schema's fields:
 * {@code status: superseded} and {@code superseded_by: [id]}, {@code supersedes: [id]}, and {@code relations:
 * [{verb, target}]} for any other verb. MADR's front matter has no {@code superseded_by} (handbook would then read the
 * file as its own), so there the status says it, as MADR's template does: {@code status: superseded by [5. Title](0005-title.md)}.
 */
final class FrontMatterAdrEditor implements AdrLinkEditor {

    private final String path;
    private final boolean handbookForm;

    /** {@code handbookForm}: handbook's own front matter (it has a {@code title}), else MADR's. */
    FrontMatterAdrEditor(String path, boolean handbookForm) {
        this.path = path;
        this.handbookForm = handbookForm;
    }

    @Override
    public String superseded(String text, AdrRef by) {
        FrontMatterText frontMatter = frontMatter(text);
        if (handbookForm) {
            frontMatter.set("status", "superseded");
            frontMatter.add("superseded_by", YamlText.scalar(by.id()));
        } else {
            frontMatter.set("status", "superseded by " + by.markdownLink());
        }
        return frontMatter.text();
    }

    @Override
    public String linked(String text, String verb, AdrRef to) {
        FrontMatterText frontMatter = frontMatter(text);
        if (verb.toLowerCase(Locale.ROOT).equals("supersedes")) {
            if (!handbookForm) {
                throw AdrLinkEditor.cannotEdit(path, "MADR front matter has no `supersedes` field");
            }
            frontMatter.add("supersedes", YamlText.scalar(to.id()));
        } else {
            frontMatter.add("relations", "{verb: " + YamlText.scalar(verb) + ", target: " + YamlText.scalar(to.id()) + "}");
        }
        return frontMatter.text();
    }

    private FrontMatterText frontMatter(String text) {
        return FrontMatterText.of(path, text).orElseThrow(() -> AdrLinkEditor.cannotEdit(path, "its front matter has no closing `---`"));
    }
}
