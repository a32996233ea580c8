package dev.handbook.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void splitsYamlAndBodyAndKnowsWhereTheBodyStarts() {
        FrontMatter fm = FrontMatter.split("---\ntitle: X\nowner: y\n---\n# Body\n").orElseThrow();

        assertThat(fm.yaml()).isEqualTo("title: X\nowner: y\n");
        assertThat(fm.yamlFirstLine()).isEqualTo(2);
        assertThat(fm.body()).isEqualTo("# Body\n");
        assertThat(fm.bodyFirstLine()).isEqualTo(5);
    }

    @Test
    void acceptsDotsAsTheClosingLineAndAByteOrderMark() {
        assertThat(FrontMatter.split("\uFEFF---\ntitle: X\n...\nbody")).hasValueSatisfying(fm -> assertThat(fm.body()).isEqualTo("body"));
    }

    @Test
    void needsBothDelimiters() {
        assertThat(FrontMatter.split("# No front matter\n")).isEmpty();
        assertThat(FrontMatter.split("---\ntitle: X\n")).isEmpty();
    }
}
