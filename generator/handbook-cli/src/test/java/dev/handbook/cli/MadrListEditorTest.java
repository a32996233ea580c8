package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MADR 2 and log4brains metadata lists: the status bullet and the {@code ## Links} bullets, as log4brains writes them. */
class MadrListEditorTest {

    private static final AdrRef MYSQL = new AdrRef("0005-use-mysql", "0005-use-mysql.md", "5. Use MySQL");
    private final MadrListEditor editor = new MadrListEditor("docs/adr/20240502-use-postgres.md");

    @Test
    void theStatusBulletSaysSupersededByAndNothingElseChanges() {
        assertThat(editor.superseded("# Use Postgres\n\n* Status: accepted <!-- for now -->\n* Date: 2024-05-02\n\nText.\n", MYSQL))
                .isEqualTo("# Use Postgres\n\n* Status: superseded by [0005-use-mysql](0005-use-mysql.md)\n* Date: 2024-05-02\n\nText.\n");
    }

    @Test
    void aLinkGoesAfterTheLastLinkWithItsMarkerOrInANewLinksSection() {
        assertThat(editor.linked("# X\n\n- Status: accepted\n\n## Links\n\n* Refines [a](a.md)\n\n## Notes\n", "Relates to", MYSQL))
                .isEqualTo("# X\n\n- Status: accepted\n\n## Links\n\n* Refines [a](a.md)\n* Relates to [0005-use-mysql](0005-use-mysql.md)\n\n## Notes\n");
        assertThat(editor.linked("# X\n\n- Status: accepted\n\nText.\n\n", "Relates to", MYSQL))
                .isEqualTo("# X\n\n- Status: accepted\n\nText.\n\n## Links\n\n- Relates to [0005-use-mysql](0005-use-mysql.md)\n");
    }
}
