package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handbook.HandbookException;
import org.junit.jupiter.api.Test;

/** Front matter edited as text: only the value or list touched changes, whatever form the list is written in. */
class FrontMatterTextTest {

    private static String added(String yaml, String key, String item) {
        FrontMatterText frontMatter = FrontMatterText.of("adrs/0001-x.md", "---\n" + yaml + "---\nBody.\n").orElseThrow();
        frontMatter.add(key, item);
        return frontMatter.text();
    }

    @Test
    void anItemGoesInsideAFlowListEmptyOrNot() {
        assertThat(added("supersedes: [a, 'b'] # old ones\n", "supersedes", "c")).isEqualTo("---\nsupersedes: [a, 'b', c] # old ones\n---\nBody.\n");
        assertThat(added("supersedes: []\n", "supersedes", "c")).isEqualTo("---\nsupersedes: [c]\n---\nBody.\n");
    }

    @Test
    void anItemGoesAfterTheLastOfABlockListWithItsIndentation() {
        assertThat(added("tags:\n    - 🐘 postgres # the elephant\n    - vault\nowner: x\n", "tags", "redis"))
                .isEqualTo("---\ntags:\n    - 🐘 postgres # the elephant\n    - vault\n    - redis\nowner: x\n---\nBody.\n");
        assertThat(added("notes:\n  - |\n    two\n    lines\nowner: x\n", "notes", "three"))
                .isEqualTo("---\nnotes:\n  - |\n    two\n    lines\n  - three\nowner: x\n---\nBody.\n");
    }

    @Test
    void aSingleValueOrNoneBecomesAList() {
        assertThat(added("superseded_by: 0002-y\n", "superseded_by", "0003-z")).isEqualTo("---\nsuperseded_by: [0002-y, 0003-z]\n---\nBody.\n");
        assertThat(added("superseded_by:   # none yet\nowner: x\n", "superseded_by", "0003-z"))
                .isEqualTo("---\nsuperseded_by: [0003-z]   # none yet\nowner: x\n---\nBody.\n");
        assertThat(added("superseded_by: ~\n", "superseded_by", "0003-z")).isEqualTo("---\nsuperseded_by: [0003-z]\n---\nBody.\n");
        assertThat(added("owner: x\n", "superseded_by", "0003-z")).isEqualTo("---\nowner: x\nsuperseded_by: [0003-z]\n---\nBody.\n");
    }

    @Test
    void aValueIsReplacedWhereItIsWrittenAndQuotedWhenYamlNeedsIt() {
        FrontMatterText frontMatter = FrontMatterText.of("x.md", "---\nstatus: \"accepted\" # for now\n---\n").orElseThrow();
        frontMatter.set("status", "superseded by [5. Use X](0005-use-x.md)");
        assertThat(frontMatter.text()).isEqualTo("---\nstatus: 'superseded by [5. Use X](0005-use-x.md)' # for now\n---\n");
    }

    @Test
    void anEmptyValueIsSetAfterItsColon() {
        FrontMatterText frontMatter = FrontMatterText.of("x.md", "---\nstatus:\ndate: 2025-01-02\n---\n").orElseThrow();
        frontMatter.set("status", "superseded");
        assertThat(frontMatter.text()).isEqualTo("---\nstatus: superseded\ndate: 2025-01-02\n---\n");
    }

    @Test
    void aMappingWhereAListShouldBeIsNotEdited() {
        assertThatThrownBy(() -> added("relations: {verb: x}\n", "relations", "y")).isInstanceOf(HandbookException.class)
                .hasMessageContaining("Cannot edit adrs/0001-x.md safely: its 'relations' is not a list");
    }
}
